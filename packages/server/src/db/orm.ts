import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { DueWorkTenants } from '../modules/scheduler/due-work-finder.ts';
import { allEntities, tenantEntities } from './entities.ts';
import { migrations } from './migrations/index.ts';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The name of the global filter that scopes every tenant-owned query to the request's tenant. */
export const TENANT_FILTER = 'tenant';

export interface OrmOptions {
  readonly url: string;
  readonly poolMax?: number;
  readonly debug?: boolean;
  /** Where the ORM's own messages (the migrator's progress) go; silent by default. */
  readonly log?: (message: string) => void;
}

/** MikroORM settings shared by the API (app role) and the migrator (owner role). */
export function ormConfig(options: OrmOptions): Options {
  return defineConfig({
    clientUrl: options.url,
    entities: allEntities,
    routines: [DueWorkTenants],
    extensions: [Migrator],
    debug: options.debug ?? false,
    logger: options.log ?? (() => {}),
    allowGlobalContext: false,
    pool: { min: 0, max: options.poolMax ?? 10 },
    sessionContext: 'transaction',
    filters: {
      [TENANT_FILTER]: {
        // A tenant-owned query with no tenant set fails loudly instead of reading every tenant.
        cond: (args: { id: string }) => ({ tenant: args.id }),
        entity: tenantEntities.map((entity) => entity.meta.className),
        default: true,
        args: true,
      },
    },
    migrations: {
      path: MIGRATIONS_DIR,
      migrationsList: migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp, name) => `migration-${timestamp}${name ? `-${name}` : ''}`,
    },
  });
}

export function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

export type { MikroORM };
