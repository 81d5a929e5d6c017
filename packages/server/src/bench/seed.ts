import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { hashPassword } from '../modules/auth/passwords.ts';
import { loadInstalledPlugins, registryOf } from '../modules/plugins/plugin-registry.ts';
import { BENCH, type BenchDatabase, freshDatabase, openBenchCluster } from './bench-database.ts';
import { loadClones } from './clone-load.ts';
import { createIndexes, dropSecondaryIndexes } from './index-rebuild.ts';
import { BENCH_PASSWORD, type TemplateTenant } from './template-build.ts';
import { buildTemplatesInParallel } from './template-processes.ts';

export interface SeedOptions {
  readonly tenants: number;
  readonly years: number;
  readonly seed: string;
  readonly usersPerTenant: number;
  /** Rebuild the template tenants even when the cached ones match. */
  readonly freshTemplates?: boolean;
  /** How many template tenants are built at once (each in a process). */
  readonly parallel?: number;
  /** Only these plugins' templates (all installed ones when absent). */
  readonly pluginIds?: readonly string[];
  readonly log: (line: string) => void;
}

export interface SeedReport {
  readonly tenants: number;
  readonly years: readonly number[];
  readonly seed: string;
  readonly seconds: { templates: number; load: number; vacuum: number; total: number };
  readonly rows: number;
  readonly perTable: Record<string, number>;
  readonly databaseBytes: number;
}

/**
 * Fills the bench database: template tenants (one per plugin) through the real API
 * in a scratch database, then `tenants` clones of them with COPY, then VACUUM (ANALYZE).
 */
export async function seedBench(options: SeedOptions): Promise<SeedReport> {
  const began = performance.now();
  const lastYear = Number(BENCH.today.slice(0, 4));
  const years = Array.from({ length: options.years }, (_, i) => lastYear - options.years + 1 + i);
  const db = await openBenchCluster();
  try {
    const installed = await loadInstalledPlugins();
    const chosen = installed
      .list()
      .filter((plugin) => !options.pluginIds || options.pluginIds.includes(plugin.manifest.id));
    if (chosen.length === 0) throw new Error(`no installed plugin among ${options.pluginIds?.join(', ')}`);
    const plugins = registryOf(chosen);
    const key = JSON.stringify({
      generator: TEMPLATE_FORMAT,
      seed: options.seed,
      years,
      today: BENCH.today,
      plugins: plugins.list().map((plugin) => `${plugin.manifest.id}@${plugin.manifest.version}`),
    });
    options.log(`bench database: fresh ${BENCH.database}`);
    await freshDatabase(db, BENCH.database);
    let templates = options.freshTemplates ? undefined : await cachedTemplates(db, key);
    if (templates) {
      options.log(`template tenants: reusing ${BENCH.templateDatabase} (same seed, years, plugins)`);
    } else {
      await freshDatabase(db, BENCH.templateDatabase);
      templates = await buildTemplatesInParallel(
        {
          appUrl: db.appUrl(BENCH.templateDatabase),
          seed: options.seed,
          years,
          until: new Date(`${BENCH.today}T02:00:00Z`),
          log: options.log,
        },
        plugins,
        options.parallel ?? 2,
      );
      await rememberTemplates(db, key, templates);
    }
    const templatesDone = performance.now();

    const connectPair = async () => {
      const pair = {
        template: new pg.Client({ connectionString: db.superuserUrl(BENCH.templateDatabase) }),
        target: new pg.Client({ connectionString: db.superuserUrl(BENCH.database) }),
      };
      await Promise.all([pair.template.connect(), pair.target.connect()]);
      // Timestamps as the audit chain hashes them; triggers (the chain) and FK checks off for the load.
      await pair.template.query(`set timezone = 'UTC'`);
      await pair.target.query(`set session_replication_role = replica`);
      return pair;
    };
    const { template, target } = await connectPair();
    const morePairs = (options.parallel ?? 2) > 1 ? [await connectPair()] : [];
    let loaded: Awaited<ReturnType<typeof loadClones>>;
    let databaseBytes = 0;
    const loadStarted = performance.now();
    let vacuumStarted = loadStarted;
    try {
      const passwordHash = await hashPassword(BENCH_PASSWORD);
      const indexes = await dropSecondaryIndexes(target);
      options.log(
        `loading ${options.tenants} tenants × ${years.length} years with COPY (${indexes.length} indexes built after)`,
      );
      loaded = await loadClones({
        template,
        target,
        morePairs,
        templates,
        tenants: options.tenants,
        usersPerTenant: options.usersPerTenant,
        seed: options.seed,
        passwordHash,
        log: options.log,
      });
      await target.query(
        `insert into account (id, username, password_hash, display_name, tenant_id, is_operator, operator_provinces,
           all_provinces, failed_logins, locked_until, status, created_at)
         values ('00000000-0000-4000-8000-0000000000b1', 'bench-operator', $1, '基准运营', null, true, '{}', true, 0, null,
           'active', now())`,
        [passwordHash],
      );
      const indexesStarted = performance.now();
      await createIndexes([target, ...morePairs.map((pair) => pair.target)], indexes);
      options.log(`indexes built in ${((performance.now() - indexesStarted) / 1000).toFixed(1)}s`);
      await target.query(`set session_replication_role = origin`);
      vacuumStarted = performance.now();
      // As after any bulk restore: without it autovacuum works through the fresh rows during the
      // first runs (setting hint bits, the visibility map and statistics), and the bench measures that.
      options.log('vacuum (analyze)');
      await target.query('vacuum (analyze)');
      const size = await target.query<{ bytes: string }>(
        `select pg_database_size(current_database())::text as bytes`,
      );
      databaseBytes = Number(size.rows[0]?.bytes ?? 0);
    } finally {
      await Promise.all(
        [template, target, ...morePairs.flatMap((pair) => [pair.template, pair.target])].map((c) => c.end()),
      );
    }
    const done = performance.now();
    const report: SeedReport = {
      tenants: options.tenants,
      years,
      seed: options.seed,
      seconds: {
        templates: round((templatesDone - began) / 1000),
        load: round((vacuumStarted - loadStarted) / 1000),
        vacuum: round((done - vacuumStarted) / 1000),
        total: round((done - began) / 1000),
      },
      rows: loaded.rows,
      perTable: loaded.perTable,
      databaseBytes,
    };
    await mkdir(BENCH.dataDir, { recursive: true });
    await writeFile(path.join(BENCH.dataDir, 'dataset.json'), `${JSON.stringify(report, null, 2)}\n`);
    return report;
  } finally {
    await db.stop();
  }
}

/** Bump when the template tenants' content changes, so cached ones are rebuilt. */
const TEMPLATE_FORMAT = 4;

/** The template database remembers what built it (and its tenants) in its comment. */
async function cachedTemplates(db: BenchDatabase, key: string): Promise<TemplateTenant[] | undefined> {
  const client = new pg.Client({ connectionString: db.superuserUrl('postgres') });
  await client.connect();
  try {
    const { rows } = await client.query<{ comment: string | null }>(
      `select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1`,
      [BENCH.templateDatabase],
    );
    const stored = rows[0]?.comment
      ? (JSON.parse(rows[0].comment) as { key: string; templates: TemplateTenant[] })
      : null;
    return stored?.key === key ? stored.templates : undefined;
  } finally {
    await client.end();
  }
}

async function rememberTemplates(db: BenchDatabase, key: string, templates: readonly TemplateTenant[]) {
  const client = new pg.Client({ connectionString: db.superuserUrl('postgres') });
  await client.connect();
  try {
    const comment = client.escapeLiteral(JSON.stringify({ key, templates }));
    await client.query(`comment on database "${BENCH.templateDatabase}" is ${comment}`);
  } finally {
    await client.end();
  }
}

const round = (value: number) => Math.round(value * 10) / 10;
