import path from 'node:path';
import pg from 'pg';
import { appUrlFrom, bootstrapDatabase, OWNER_ROLE } from '../db/database-roles.ts';
import { type EmbeddedCluster, startEmbeddedPostgres } from '../db/embedded-postgres.ts';
import { migrate } from '../db/migrate.ts';

/** The bench's own cluster and databases: never the development `.data`. */
export const BENCH = {
  // Under the git-ignored `.data/`, beside (not inside) the development cluster.
  dataDir: process.env.LIANDONG_BENCH_DIR ?? path.resolve(import.meta.dirname, '../../../../.data/bench'),
  port: Number(process.env.LIANDONG_BENCH_PG_PORT ?? 54339),
  database: 'liandong_bench',
  templateDatabase: 'liandong_bench_template',
  passwords: { owner: 'bench-owner-password', app: 'bench-app-password' },
  /** The bench's "today" (Beijing 10:00): data run up to it and the sweep runs on it. */
  today: process.env.LIANDONG_BENCH_TODAY ?? '2026-11-24',
} as const;

/**
 * The bench cluster's settings, sized for the 24 GiB, 2-core machine it runs on
 * (docs/performance.md, "PostgreSQL settings"): the 4.9 GB of a 3,000 × 2 data set
 * fit in shared buffers plus the OS cache, so reads are served from memory as on a
 * production server, instead of PostgreSQL's 128 MB default churning its buffers.
 * Commits stay synchronous, as in production.
 * Applied when the bench starts the cluster (a restart picks up a change).
 */
export const BENCH_PG_SETTINGS: Readonly<Record<string, string>> = {
  // A quarter of memory, as usually advised; the machine is shared with other work.
  shared_buffers: '4GB',
  effective_cache_size: '12GB',
  work_mem: '16MB',
  maintenance_work_mem: '1GB',
  // Index builds after the COPY load and ANALYZE use both cores.
  max_parallel_maintenance_workers: '2',
  max_parallel_workers_per_gather: '1',
  // Data on local SSD: random reads cost about what sequential ones do.
  random_page_cost: '1.1',
  effective_io_concurrency: '200',
  wal_buffers: '64MB',
  max_wal_size: '8GB',
  checkpoint_timeout: '15min',
  max_connections: '100',
};

export interface BenchDatabase {
  readonly superuserUrl: (database: string) => string;
  readonly ownerUrl: (database: string) => string;
  readonly appUrl: (database: string) => string;
  stop(): Promise<void>;
}

/**
 * The embedded cluster in `LIANDONG_BENCH_DIR`, or — with `BENCH_SUPERUSER_URL` — an
 * external PostgreSQL reached as a superuser (COPY into tables with row-level security
 * needs a role that bypasses it).
 */
export async function openBenchCluster(): Promise<BenchDatabase> {
  const external = process.env.BENCH_SUPERUSER_URL;
  let cluster: EmbeddedCluster | undefined;
  let superuser: (database: string) => string;
  if (external) {
    superuser = (database) => {
      const url = new URL(external);
      url.pathname = `/${database}`;
      return url.toString();
    };
  } else {
    cluster = await startEmbeddedPostgres({
      dataDir: path.join(BENCH.dataDir, 'pg'),
      port: BENCH.port,
      settings: BENCH_PG_SETTINGS,
    });
    superuser = (database) => (cluster as EmbeddedCluster).superuserUrl(database);
  }
  const ownerUrl = (database: string) => {
    const url = new URL(superuser(database));
    url.username = OWNER_ROLE;
    url.password = BENCH.passwords.owner;
    return url.toString();
  };
  return {
    superuserUrl: superuser,
    ownerUrl,
    appUrl: (database) => appUrlFrom(ownerUrl(database), BENCH.passwords.app),
    stop: async () => {
      await cluster?.stop();
    },
  };
}

/** Drops and recreates a database, then migrates it: every seed starts from nothing. */
export async function freshDatabase(db: BenchDatabase, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: db.superuserUrl('postgres') });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await client.end();
  }
  await bootstrapDatabase(db.superuserUrl('postgres'), database, BENCH.passwords);
  await migrate(db.ownerUrl(database), BENCH.passwords.app);
}
