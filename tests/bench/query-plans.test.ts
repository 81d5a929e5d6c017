import { rm } from 'node:fs/promises';
import path from 'node:path';
import {
  appUrlFrom,
  buildApp,
  createOrm,
  type EmbeddedCluster,
  loadConfig,
  loadInstalledPlugins,
  ManualClock,
  type MikroORM,
  startEmbeddedPostgres,
} from '@liandong/server';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_TODAY, type BenchDir, benchDir, seed } from './bench-support.ts';

/**
 * On bench data, every query the benchmark's endpoints send can use an index (EXPLAIN
 * with sequential scans priced out still finds a plan without one), and the number of
 * queries of a request does not grow with the number of rows it shows (no N+1).
 */
interface Sent {
  readonly text: string;
  readonly values: readonly unknown[];
}

let bench: BenchDir;
let cluster: EmbeddedCluster;
let orm: MikroORM;
let app: FastifyInstance;
let appUrl: string;
let token: string;
let tenantId: string;
let recording: Sent[] | null = null;
const originalQuery = pg.Client.prototype.query;

async function request(method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) {
  recording = [];
  const response = await app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  });
  const sent = recording;
  recording = null;
  expect(response.statusCode, `${method} ${url}: ${response.body.slice(0, 300)}`).toBeLessThan(300);
  return { body: response.json(), sent };
}

beforeAll(async () => {
  bench = await benchDir();
  const seeded = await seed(bench, ['--tenants', '4', '--years', '1', '--plugins', 'xuyi', '--users', '20']);
  if (seeded.code !== 0) throw new Error(seeded.output);
  cluster = await startEmbeddedPostgres({ dataDir: path.join(bench.dir, 'pg'), port: bench.port });
  appUrl = appUrlFrom(
    `postgres://liandong_owner:bench-owner-password@127.0.0.1:${bench.port}/liandong_bench`,
    'bench-app-password',
  );
  orm = await createOrm({ url: appUrl, poolMax: 2 });
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'query-plans-secret-of-32-characters!' });
  const clock = new ManualClock(`${BENCH_TODAY}T02:00:00Z`);
  app = await buildApp({ orm, config, clock, plugins: await loadInstalledPlugins(), logger: false });
  // Every statement the ORM sends while a request is recorded.
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
    if (recording) {
      const text = typeof first === 'string' ? first : first.text;
      const values = typeof first === 'string' ? (Array.isArray(second) ? second : []) : (first.values ?? []);
      recording.push({ text, values });
    }
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 't0001-admin', password: 'liandong-bench' },
  });
  token = login.json().accessToken;
  const me = await app.inject({
    method: 'GET',
    url: '/api/t/t0001/',
    headers: { authorization: `Bearer ${token}` },
  });
  tenantId = me.json().tenant.id;
}, 600_000);

afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await app?.close();
  await orm?.close(true);
  await cluster?.stop();
  await rm(bench.dir, { recursive: true, force: true });
});

/** The requests of the benchmark's workload for tenant t0001, with the statements each sent. */
async function workload(): Promise<Map<string, Sent[]>> {
  const byEndpoint = new Map<string, Sent[]>();
  const base = '/api/t/t0001';
  byEndpoint.set('home', (await request('GET', `${base}/`)).sent);
  const list = await request('GET', `${base}/matters?state=sent&limit=20`);
  byEndpoint.set('mattersList', list.sent);
  byEndpoint.set(
    'mattersList red',
    (await request('GET', `${base}/matters?light=red&sort=due&limit=20`)).sent,
  );
  const matter = list.body.items[0];
  byEndpoint.set('matterDetail', (await request('GET', `${base}/matters/${matter.id}`)).sent);
  const lists = await request('GET', `${base}/task-lists`);
  const listId = lists.body.taskLists.find((l: { year: number }) => l.year === 2026).id;
  const detail = await request('GET', `${base}/task-lists/${listId}`);
  byEndpoint.set('taskList', detail.sent);
  byEndpoint.set('dashboard', (await request('GET', `${base}/task-lists/${listId}/completion`)).sent);
  const created = await request('POST', `${base}/matters`, {
    ruleKey: matter.ruleKey,
    title: 'query plan check',
    decidedOn: BENCH_TODAY,
    periodEnd: BENCH_TODAY,
  });
  byEndpoint.set('createMatter', created.sent);
  byEndpoint.set(
    'transition',
    (await request('POST', `${base}/matters/${created.body.id}/actions/send`, { version: 1 })).sent,
  );
  const measure = detail.body.areas[0].tasks[0].measures[0];
  byEndpoint.set(
    'progressReport',
    (
      await request('POST', `${base}/task-lists/${listId}/measures/${measure.id}/progress`, {
        text: 'query plan check',
        unitId: measure.leadUnitIds[0] ?? measure.unitIds[0],
      })
    ).sent,
  );
  return byEndpoint;
}

function seqScans(plan: unknown, found: string[] = []): string[] {
  if (Array.isArray(plan)) for (const item of plan) seqScans(item, found);
  else if (plan && typeof plan === 'object') {
    const node = plan as Record<string, unknown>;
    if (node['Node Type'] === 'Seq Scan') found.push(String(node['Relation Name']));
    for (const value of Object.values(node)) if (typeof value === 'object') seqScans(value, found);
  }
  return found;
}

describe('the benchmark endpoints on bench data', () => {
  it('send only statements that can use an index', async () => {
    const byEndpoint = await workload();
    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    const unindexed: string[] = [];
    let explained = 0;
    try {
      for (const [endpoint, sent] of byEndpoint) {
        // A simple-protocol message may carry several statements (authentication sends two at once).
        for (const { text, values } of sent.flatMap((one) =>
          one.values.length === 0 ? one.text.split(/;\n/).map((text) => ({ text, values: [] })) : [one],
        )) {
          if (!/^\s*(select|update|delete|with)\b/i.test(text)) continue;
          await client.query('begin');
          await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
          // Sequential scans priced out: one that remains has no index to use instead.
          await client.query('set local enable_seqscan = off');
          const { rows } = await client.query(`explain (format json) ${text}`, values as unknown[]);
          await client.query('rollback');
          explained += 1;
          const tables = seqScans(rows[0]?.['QUERY PLAN']);
          if (tables.length > 0) unindexed.push(`${endpoint}: ${tables.join(', ')} ← ${text.slice(0, 200)}`);
        }
      }
    } finally {
      await client.end();
    }
    expect(explained).toBeGreaterThan(10);
    expect(unindexed).toEqual([]);
  });

  it('send as many statements for a page of 20 matters as for a page of 5', async () => {
    const five = await request('GET', '/api/t/t0001/matters?limit=5');
    const twenty = await request('GET', '/api/t/t0001/matters?limit=20');
    expect(twenty.body.items.length).toBe(20);
    expect(twenty.sent.length).toBe(five.sent.length);
    const sentDue = await request('GET', '/api/t/t0001/matters?sort=due&limit=20');
    const sentDueFive = await request('GET', '/api/t/t0001/matters?sort=due&limit=5');
    expect(sentDue.sent.length).toBe(sentDueFive.sent.length);
  });

  it('send a bounded number of round trips per request, whatever the tenant holds', async () => {
    const counts = Object.fromEntries([...(await workload())].map(([name, sent]) => [name, sent.length]));
    console.log('round trips per request', JSON.stringify(counts));
    // Reads: one for authentication (account, session, tenant, member at once), then begin,
    // the tenant setting, one statement per view (two with the rules a light filter needs) and
    // commit. Writes add audit, clocks and alarms.
    const writes = new Set(['createMatter', 'transition', 'progressReport']);
    for (const [name, count] of Object.entries(counts))
      expect(count, `${name}: ${JSON.stringify(counts)}`).toBeLessThanOrEqual(writes.has(name) ? 15 : 6);
  });
});
