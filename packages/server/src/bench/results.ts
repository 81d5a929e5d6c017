import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadFigures } from './load-run.ts';
import type { SeedReport } from './seed.ts';
import type { SweepFigures } from './timed-jobs.ts';

export interface BenchResults {
  readonly at: string;
  readonly note: string;
  readonly dataset: SeedReport;
  readonly machine: { cpus: number; node: string };
  readonly load: { connections: number; seconds: number; mixSeconds: number; sampledTenants: number };
  readonly ceiling: LoadFigures;
  readonly floor: LoadFigures;
  readonly endpoints: readonly LoadFigures[];
  readonly mix: LoadFigures;
  readonly memory: { rssMbAtStart: number | null; rssMbAtEnd: number | null };
  readonly sweep: SweepFigures;
  readonly cadences: { seconds: number; tenants: number; meetings: number };
  readonly onboarding: { count: number; totalSeconds: number; perTenantMs: number[]; failures: number };
}

export const RESULTS_DIR = path.resolve(import.meta.dirname, '../../../../bench/results');

const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
/** "0", or the count with its statuses: "29 (409 ×29)". */
export function errorText(figures: LoadFigures): string {
  const statuses = Object.entries(figures.errorStatuses);
  if (figures.errors === 0 || statuses.length === 0) return String(figures.errors);
  return `${figures.errors} (${statuses.map(([status, n]) => `${status} ×${n}`).join(', ')})`;
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** The short Markdown summary: one table per kind of figure, each endpoint against the two references. */
export function summary(results: BenchResults): string {
  const { dataset, floor, ceiling, mix } = results;
  const row = (f: LoadFigures) =>
    `| ${f.name} | ${f.requestsPerSecond} | ${f.p50} | ${f.p95} | ${f.p99} | ${errorText(f)} | ${ratio(f.requestsPerSecond, ceiling.requestsPerSecond)} | ${ratio(f.p50, floor.p50)} | ${ratio(f.requestsPerSecond, floor.requestsPerSecond)} | ${f.serverRssMbMax ?? '–'} |`;
  const onboardMs = sorted(results.onboarding.perTenantMs);
  const median = onboardMs[Math.floor(onboardMs.length / 2)] ?? 0;
  return [
    `# Benchmark ${results.at}`,
    '',
    `Data set: ${dataset.tenants} tenants × ${dataset.years.length} years (${dataset.years.join(', ')}), seed "${dataset.seed}", ${dataset.rows.toLocaleString('en')} rows, ${Math.round(dataset.databaseBytes / 1048576)} MiB; seeded in ${dataset.seconds.total}s (templates ${dataset.seconds.templates}s, COPY ${dataset.seconds.load}s, VACUUM (ANALYZE) ${dataset.seconds.vacuum}s).`,
    `Machine: ${results.machine.cpus} CPUs, Node ${results.machine.node}. Load: ${results.load.connections} connections, ${results.load.seconds}s per endpoint, ${results.load.mixSeconds}s mix, admins of ${results.load.sampledTenants} tenants. ${results.note}`,
    '',
    '| run | req/s | p50 ms | p95 ms | p99 ms | errors | × ceiling req/s | × floor p50 | × floor req/s | RSS max MiB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...[ceiling, floor, ...results.endpoints, mix].map(row),
    '',
    `Server memory: ${results.memory.rssMbAtStart} MiB after sign-in, ${results.memory.rssMbAtEnd} MiB at the end, ${mix.serverRssMbMax} MiB at most during the mix.`,
    `Sweep (runDueWork, visits limited to ${results.sweep.sampled ? `a sample of ${results.sweep.tenants}` : `all ${results.sweep.tenants}`} tenants): first (catch-up on generated data) ${results.sweep.catchUpSeconds}s; the same instant again (each 5-minute cron run with nothing new) ${results.sweep.dailySeconds}s; the finder alone over all ${dataset.tenants} tenants ${results.sweep.finderAllMs} ms; each of the next 7 days ${results.sweep.nextDaySeconds}s on average with ${results.sweep.nextDayVisited} of ${results.sweep.tenants} tenants visited (busiest: ${results.sweep.busiestDayVisited} in ${results.sweep.busiestDaySeconds}s)${results.sweep.sampled ? `, so ≈ ${((results.sweep.nextDaySeconds * dataset.tenants) / Math.max(1, results.sweep.tenants)).toFixed(1)}s a day for all ${dataset.tenants} at the same share` : ''}; ${results.sweep.alarmsFired} alarms fired, ${results.sweep.notifications} notifications, ${results.sweep.errors} errors.`,
    `A year of cadences (scheduleYear for every tenant): ${results.cadences.seconds}s for ${results.cadences.tenants} tenants, ${results.cadences.meetings} meetings.`,
    `Onboarding through the API: ${results.onboarding.count} tenants in ${results.onboarding.totalSeconds}s, median ${Math.round(median)} ms, max ${Math.round(onboardMs.at(-1) ?? 0)} ms per tenant, ${results.onboarding.failures} failures.`,
    '',
  ].join('\n');
}

export async function writeResults(results: BenchResults, log: (line: string) => void): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const name = `bench-${results.dataset.tenants}x${results.dataset.years.length}-${results.at.slice(0, 16).replace(/[:T]/g, '')}`;
  await writeFile(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  const text = summary(results);
  await writeFile(path.join(RESULTS_DIR, `${name}.md`), text);
  log(`results: bench/results/${name}.json and .md`);
  log(`\n${text}`);
}
