import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres } from '@liandong/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/spawn.ts';
import { type BenchDir, benchDir, seed as seedIn, BENCH_TODAY as TODAY } from './bench-support.ts';

/**
 * Smoke test of `pnpm bench:seed`: three tenants of one plugin, one year, in a cluster
 * of its own. It checks the promised shape of the data, that the audit chains verify,
 * and that the same seed gives the same data (every tenant's last audit hash covers
 * all its events, in order).
 */
let bench: BenchDir;

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(bench.dir, 'pg'), port: bench.port });
  const client = new pg.Client({ connectionString: cluster.superuserUrl('liandong_bench') });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
    await cluster.stop();
  }
}

const FINGERPRINT = `select t.code, (select hash from audit_event a where a.tenant_id = t.id order by seq desc limit 1) as last_hash,
  (select md5(string_agg(m.id::text || m.state || coalesce(m.due_on::text, ''), ',' order by m.id)) from matter m where m.tenant_id = t.id) as matters
  from tenant t order by t.code`;

const seed = (args: readonly string[]) => seedIn(bench, args);

beforeAll(async () => {
  bench = await benchDir();
}, 10_000);

afterAll(async () => {
  await rm(bench.dir, { recursive: true, force: true });
});

describe('bench:seed', () => {
  let first: { code: string; last_hash: string; matters: string }[];

  it('fills tenants with units, 150 users, 120 matters a year in many states, some overdue, a task list and meetings', async () => {
    const run = await seed(['--tenants', '3', '--years', '1', '--plugins', 'xuyi', '--seed', 'smoke']);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/tenants .* rows/);
    const [shape] = await query<Record<string, string>>(`select
      (select count(*) from tenant) as tenants,
      (select count(*) from account where tenant_id is not null) as accounts,
      (select count(*) from member) as members,
      (select count(*) from matter) as matters,
      (select count(distinct state) from matter) as states,
      (select count(*) from matter where due_on < '${TODAY}' and state in ('sent', 'received')) as overdue,
      (select count(*) from measure) as measures,
      (select count(*) from measure_progress) as reports,
      (select count(*) from meeting) as meetings,
      (select count(*) from matter_alarm) as alarms`);
    first = await query(FINGERPRINT);
    expect(Number(shape?.tenants)).toBe(3);
    expect(Number(shape?.accounts)).toBe(450);
    expect(Number(shape?.members)).toBe(450);
    expect(Number(shape?.matters)).toBe(360);
    expect(Number(shape?.states)).toBeGreaterThanOrEqual(5);
    expect(Number(shape?.overdue)).toBeGreaterThan(0);
    expect(Number(shape?.measures)).toBeGreaterThanOrEqual(3 * 60);
    expect(Number(shape?.reports)).toBeGreaterThanOrEqual(Number(shape?.measures));
    expect(Number(shape?.meetings)).toBeGreaterThanOrEqual(3 * 6);
    expect(Number(shape?.alarms)).toBeGreaterThan(0);
  }, 600_000);

  it('writes audit chains that `liandong audit verify` accepts', async () => {
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(bench.dir, 'pg'), port: bench.port });
    try {
      const env = {
        DATABASE_URL: `postgres://liandong_owner:bench-owner-password@127.0.0.1:${bench.port}/liandong_bench`,
        DATABASE_APP_PASSWORD: 'bench-app-password',
      };
      for (const code of ['t0001', 't0003']) {
        const verified = await runCli(['audit', 'verify', code], env);
        expect(verified.stdout + verified.stderr).toMatch(/^OK: \d+ events, chain intact/);
        expect(verified.code).toBe(0);
      }
    } finally {
      await cluster.stop();
    }
  }, 120_000);

  it('gives the same data for the same seed, rebuilding the templates', async () => {
    const again = await seed([
      '--tenants',
      '3',
      '--years',
      '1',
      '--plugins',
      'xuyi',
      '--seed',
      'smoke',
      '--fresh-templates',
    ]);
    expect(again.code, again.output).toBe(0);
    expect(await query(FINGERPRINT)).toEqual(first);
    expect(new Set(first.map((tenant) => tenant.last_hash)).size).toBe(3);
  }, 600_000);
});
