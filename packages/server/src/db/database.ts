import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.ts';
import { appUrlFrom, bootstrapDatabase, OWNER_ROLE } from './database-roles.ts';
import { type EmbeddedCluster, startEmbeddedPostgres } from './embedded-postgres.ts';
import { migrate } from './migrate.ts';
import { createOrm } from './orm.ts';

/** The local cluster's owner password: it listens on 127.0.0.1 only and holds development data. */
const EMBEDDED_OWNER_PASSWORD = 'liandong-owner-dev';
const EMBEDDED_DATABASE = 'liandong';

/** The database as the server uses it: migrated, with the API's ORM connected as the app role. */
export interface Database {
  readonly orm: MikroORM;
  readonly ownerUrl: string;
  readonly appUrl: string;
  readonly isEmbedded: boolean;
  close(): Promise<void>;
}

/** Resolves the owner URL, starting an embedded cluster when DATABASE_URL is unset. */
export async function resolveOwnerUrl(
  config: Config,
  log: (message: string) => void,
): Promise<{ ownerUrl: string; cluster: EmbeddedCluster | undefined }> {
  if (config.databaseUrl) return { ownerUrl: config.databaseUrl, cluster: undefined };
  const dataDir = path.join(config.dataDir, 'postgres');
  log(`starting embedded PostgreSQL in ${dataDir} on 127.0.0.1:${config.embeddedPgPort}`);
  const cluster = await startEmbeddedPostgres({ dataDir, port: config.embeddedPgPort });
  await bootstrapDatabase(cluster.superuserUrl(), EMBEDDED_DATABASE, {
    owner: EMBEDDED_OWNER_PASSWORD,
    app: config.databaseAppPassword,
  });
  const url = new URL(cluster.superuserUrl(EMBEDDED_DATABASE));
  url.username = OWNER_ROLE;
  url.password = EMBEDDED_OWNER_PASSWORD;
  return { ownerUrl: url.toString(), cluster };
}

/** Opens the database: embedded or external, migrated to this build, API connected as the app role. */
export async function openDatabase(config: Config, log: (message: string) => void): Promise<Database> {
  const { ownerUrl, cluster } = await resolveOwnerUrl(config, log);
  try {
    const applied = await migrate(ownerUrl, config.databaseAppUrl ? undefined : config.databaseAppPassword);
    if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
    const appUrl = config.databaseAppUrl ?? appUrlFrom(ownerUrl, config.databaseAppPassword);
    const orm = await createOrm({ url: appUrl });
    return {
      orm,
      ownerUrl,
      appUrl,
      isEmbedded: cluster !== undefined,
      async close() {
        await orm.close(true);
        await cluster?.stop();
      },
    };
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
}
