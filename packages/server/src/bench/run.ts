import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { migrate } from '../db/migrate.ts';
import { loadInstalledPlugins } from '../modules/plugins/plugin-registry.ts';
import { BENCH, openBenchCluster } from './bench-database.ts';
import { type EndpointName, loadTenants, MIX_SESSION, READS, WRITES } from './load-plan.ts';
import { type LoadFigures, rssMb, runLoad } from './load-run.ts';
import { type BenchResults, errorText, writeResults } from './results.ts';
import type { SeedReport } from './seed.ts';
import { startProcess, startSettings, stopProcess } from './server-process.ts';
import { BENCH_PASSWORD } from './template-build.ts';
import { timeCadences, timeOnboarding, timeSweep } from './timed-jobs.ts';

export interface RunOptions {
  readonly seconds: number;
  readonly mixSeconds: number;
  readonly connections: number;
  readonly sampleTenants: number;
  readonly onboard: number;
  /** Sweep every tenant up to this many; a sample of this size above it. */
  readonly sweepAll: number;
  readonly note: string;
  readonly log: (line: string) => void;
}

const SERVER_PORT = 3911;
const REFERENCE_PORT = 3912;

let signIns = 0;

/**
 * Signs in one admin per sampled tenant. Sign-ins are limited per client address
 * (100 a minute) and per address and username, so each batch of 19 comes from another
 * loopback address (127.0.0.0/8).
 */
function signIn(url: string, username: string): Promise<string> {
  const localAddress = `127.0.${Math.floor(signIns / 19 / 250)}.${2 + (Math.floor(signIns / 19) % 250)}`;
  signIns += 1;
  const body = JSON.stringify({ username, password: BENCH_PASSWORD });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/api/auth/login`,
      {
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () => {
          const answer = JSON.parse(text) as { accessToken?: string };
          if (answer.accessToken) resolve(answer.accessToken);
          else reject(new Error(`login ${username}: ${response.statusCode} ${text}`));
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function logErrorSamples(figures: LoadFigures, log: (line: string) => void): void {
  for (const [what, body] of Object.entries(figures.errorSamples)) log(`  first ${what}: ${body}`);
}

/**
 * `pnpm bench`: on the seeded database, times the sweep and a year of cadences, then
 * starts the server and the reference server as processes and drives them on
 * 127.0.0.1: the references, each endpoint alone, the 9:1 mix, and onboarding.
 */
export async function runBench(options: RunOptions): Promise<BenchResults> {
  const dataset = JSON.parse(await readFile(path.join(BENCH.dataDir, 'dataset.json'), 'utf8')) as SeedReport;
  const db = await openBenchCluster();
  const plugins = await loadInstalledPlugins();
  const appUrl = db.appUrl(BENCH.database);
  // Data seeded before a schema change gets it here (the server would at start, but the sweep runs first).
  await migrate(db.ownerUrl(BENCH.database), BENCH.passwords.app);
  const year = Number(BENCH.today.slice(0, 4));
  const children: Awaited<ReturnType<typeof startProcess>>[] = [];
  try {
    options.log(
      `data set: ${dataset.tenants} tenants × ${dataset.years.length} years (${dataset.rows} rows)`,
    );
    // Past a few hundred tenants the first (catch-up) sweep takes too long to wait for: sweep a sample.
    const sampleSize = Math.min(options.sweepAll, dataset.tenants);
    const sample =
      dataset.tenants > options.sweepAll
        ? Array.from(
            { length: sampleSize },
            (_, i) => `t${String(Math.floor((i * dataset.tenants) / sampleSize) + 1).padStart(4, '0')}`,
          )
        : undefined;
    options.log(
      `sweep: ${sample ? `${sampleSize} sampled` : 'all'} tenants, first (catch-up) then again (daily)`,
    );
    const sweep = await timeSweep(appUrl, BENCH.today, sample);
    options.log(
      `sweep: catch-up ${sweep.catchUpSeconds}s, again ${sweep.dailySeconds}s, finder ${sweep.finderAllMs} ms, next days ${sweep.nextDaySeconds}s (${sweep.nextDayVisited} visited) on average over ${sweep.tenants} tenants`,
    );
    const cadences = await timeCadences(appUrl, year + 1);
    options.log(
      `cadences: ${cadences.meetings} meetings of ${year + 1} for ${cadences.tenants} tenants in ${cadences.seconds}s`,
    );

    // As `pnpm start` runs it: its memory settings are part of what is measured.
    const started = startSettings();
    const server = await startProcess(
      'src/main.ts',
      {
        DATABASE_URL: db.ownerUrl(BENCH.database),
        DATABASE_APP_PASSWORD: BENCH.passwords.app,
        HOST: '127.0.0.1',
        PORT: String(SERVER_PORT),
        JWT_SECRET: 'bench-secret-of-at-least-32-characters!',
        ACCESS_TOKEN_TTL_SECONDS: '3600',
        LIANDONG_SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        ...started.env,
      },
      `http://127.0.0.1:${SERVER_PORT}/api/health`,
      options.log,
      started.nodeFlags,
    );
    children.push(server);
    const reference = await startProcess(
      'scripts/bench-reference-server.ts',
      { APP_URL: appUrl, PORT: String(REFERENCE_PORT), POOL_MAX: '10' },
      `http://127.0.0.1:${REFERENCE_PORT}/constant`,
      options.log,
    );
    children.push(reference);
    const url = `http://127.0.0.1:${SERVER_PORT}`;

    const client = new pg.Client({ connectionString: db.superuserUrl(BENCH.database) });
    await client.connect();
    const tenants = await loadTenants(client, plugins, options.sampleTenants, year).finally(() =>
      client.end(),
    );
    options.log(`signing in ${tenants.length} tenant admins`);
    for (const tenant of tenants) tenant.token = await signIn(url, tenant.username);
    const rssAtStart = rssMb(server.pid);

    const common = { tenants, today: BENCH.today, connections: options.connections, serverPid: server.pid };
    const run = async (
      name: string,
      sequence: Parameters<typeof runLoad>[0]['sequence'],
      base: string,
      extra = {},
    ) => {
      const figures = await runLoad({
        ...common,
        name,
        sequence,
        url: base,
        seconds: options.seconds,
        ...extra,
      });
      options.log(
        `${name.padEnd(16)} ${String(figures.requestsPerSecond).padStart(6)} req/s  p50 ${figures.p50}  p95 ${figures.p95}  p99 ${figures.p99} ms  errors ${errorText(figures)}`,
      );
      logErrorSamples(figures, options.log);
      return figures;
    };
    const referenceUrl = `http://127.0.0.1:${REFERENCE_PORT}`;
    const ceiling = await run('ceiling', [{ path: '/constant' }], referenceUrl, { serverPid: reference.pid });
    const floorPaths = tenants.map((tenant) => ({ path: `/floor/${tenant.code}/matters?state=sent` }));
    const floor = await run('floor (plain pg)', floorPaths, referenceUrl, { serverPid: reference.pid });
    const endpoints: LoadFigures[] = [];
    for (const name of [...READS, ...WRITES] as EndpointName[]) {
      const sequence: EndpointName[] = name === 'transition' ? ['createMatter', 'transition'] : [name];
      endpoints.push(
        await run(name, sequence, url, name === 'transition' ? { measured: ['transition'] } : {}),
      );
    }
    const mix = await runLoad({
      ...common,
      name: 'mix 9:1',
      sequence: MIX_SESSION,
      url,
      seconds: options.mixSeconds,
    });
    options.log(
      `mix 9:1          ${mix.requestsPerSecond} req/s  p50 ${mix.p50}  p95 ${mix.p95}  p99 ${mix.p99} ms  errors ${errorText(mix)}  rss max ${mix.serverRssMbMax} MiB`,
    );
    logErrorSamples(mix, options.log);

    const operator = await signIn(url, 'bench-operator');
    options.log(`onboarding ${options.onboard} tenants through the API`);
    const onboarding = await timeOnboarding(url, operator, plugins, options.onboard);
    const rssAtEnd = rssMb(server.pid);
    const results: BenchResults = {
      at: new Date().toISOString(),
      note: options.note,
      dataset,
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      load: {
        connections: options.connections,
        seconds: options.seconds,
        mixSeconds: options.mixSeconds,
        sampledTenants: tenants.length,
      },
      ceiling,
      floor,
      endpoints,
      mix,
      memory: { rssMbAtStart: rssAtStart, rssMbAtEnd: rssAtEnd },
      sweep,
      cadences,
      onboarding,
    };
    await writeResults(results, options.log);
    return results;
  } finally {
    for (const child of children.reverse()) await stopProcess(child);
    await db.stop();
  }
}
