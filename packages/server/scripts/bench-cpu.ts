/**
 * `node scripts/bench-cpu.ts [requests-per-endpoint]`: CPU cost per request of the hot reads on the
 * seeded bench database (`pnpm bench:seed` first). Serial requests through `app.inject` for the admins
 * of 20 tenants; per request it reports wall time, this process's CPU and the bench cluster's CPU
 * (every PostgreSQL process of the cluster, from /proc). CPU time, unlike throughput, hardly moves when
 * other work shares the machine, so it compares two versions of the code on a busy machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '../src/app.ts';
import { BENCH, openBenchCluster } from '../src/bench/bench-database.ts';
import { ManualClock } from '../src/clock.ts';
import { loadConfig } from '../src/config.ts';
import { migrate } from '../src/db/migrate.ts';
import { createOrm } from '../src/db/orm.ts';
import { loadInstalledPlugins } from '../src/modules/plugins/plugin-registry.ts';

const perEndpoint = Number(process.argv[2] ?? 150);
const TICK_MS = 10; // /proc/<pid>/stat counts CPU in clock ticks of 1/100 s

const db = await openBenchCluster();
await migrate(db.ownerUrl(BENCH.database), BENCH.passwords.app);
const postmaster = Number(
  readFileSync(path.join(BENCH.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
);

/** CPU milliseconds used so far by the cluster's postmaster and its children (backends, workers). */
function clusterCpuMs(): number {
  let total = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(name) === postmaster || Number(fields[1]) === postmaster) {
        total += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      }
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

const orm = await createOrm({ url: db.appUrl(BENCH.database), poolMax: 10 });
const app = await buildApp({
  orm,
  config: loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'bench-cpu-secret-of-at-least-32-characters!' }),
  clock: new ManualClock(`${BENCH.today}T02:00:00Z`),
  plugins: await loadInstalledPlugins(),
  logger: false,
});
try {
  const tenants: {
    code: string;
    token: string;
    matterId: string;
    listId: string;
    ruleKeys: string[];
    measure: { id: string; unitId: string };
  }[] = [];
  for (let i = 1; i <= 20; i++) {
    const code = `t${String(i * 7).padStart(4, '0')}`;
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: `${code}-admin`, password: 'liandong-bench' },
      remoteAddress: `127.0.${i}.1`,
    });
    const token = (login.json() as { accessToken: string }).accessToken;
    const headers = { authorization: `Bearer ${token}` };
    const list = await app.inject({ method: 'GET', url: `/api/t/${code}/matters?limit=20`, headers });
    const lists = await app.inject({ method: 'GET', url: `/api/t/${code}/task-lists`, headers });
    const current = (lists.json() as { taskLists: { id: string; year: number }[] }).taskLists.find(
      (candidate) => candidate.year === Number(BENCH.today.slice(0, 4)),
    );
    const first = (list.json() as { items: { id: string }[] }).items[0];
    if (!current || !first) throw new Error(`tenant ${code} has no current task list or no matter`);
    const rules = await app.inject({ method: 'GET', url: `/api/t/${code}/matter-rules`, headers });
    const ruleKeys = (rules.json() as { rules: { key: string; canCreate: boolean }[] }).rules
      .filter((rule) => rule.canCreate)
      .map((rule) => rule.key);
    const detail = await app.inject({
      method: 'GET',
      url: `/api/t/${code}/task-lists/${current.id}`,
      headers,
    });
    const measure = (
      detail.json() as { areas: { tasks: { measures: { id: string; leadUnitIds: string[] }[] }[] }[] }
    ).areas
      .flatMap((area) => area.tasks.flatMap((task) => task.measures))
      .find((candidate) => candidate.leadUnitIds.length > 0);
    if (!measure?.leadUnitIds[0]) throw new Error(`tenant ${code} has no measure with a lead unit`);
    tenants.push({
      code,
      token,
      matterId: first.id,
      listId: current.id,
      ruleKeys,
      measure: { id: measure.id, unitId: measure.leadUnitIds[0] },
    });
  }
  type Tenant = (typeof tenants)[number];
  const filters = ['', '&state=sent', '&sort=due', '&light=red'];
  type Planned = { method: 'GET' | 'POST'; url: string; payload?: object };
  const get = (url: string): Planned => ({ method: 'GET', url });
  const endpoints: Record<string, (tenant: Tenant, i: number) => Planned> = {
    home: (t) => get(`/api/t/${t.code}/`),
    mattersList: (t, i) => get(`/api/t/${t.code}/matters?limit=20${filters[i % filters.length]}`),
    matterDetail: (t) => get(`/api/t/${t.code}/matters/${t.matterId}`),
    taskList: (t) => get(`/api/t/${t.code}/task-lists/${t.listId}`),
    dashboard: (t) => get(`/api/t/${t.code}/task-lists/${t.listId}/completion`),
    // Writes leave their rows behind in the bench database, as `pnpm bench`'s writes do.
    createMatter: (t, i) => ({
      method: 'POST',
      url: `/api/t/${t.code}/matters`,
      payload: {
        ruleKey: t.ruleKeys[i % t.ruleKeys.length],
        title: `CPU 基准事项 ${i}`,
        decidedOn: BENCH.today,
        periodEnd: BENCH.today,
      },
    }),
    progressReport: (t) => ({
      method: 'POST',
      url: `/api/t/${t.code}/task-lists/${t.listId}/measures/${t.measure.id}/progress`,
      payload: { text: 'CPU 基准进展报告', unitId: t.measure.unitId },
    }),
  };
  const send = async (name: string, plan: (tenant: Tenant, i: number) => Planned, i: number) => {
    const tenant = tenants[i % tenants.length] as Tenant;
    const { method, url, payload } = plan(tenant, i);
    const response = await app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { authorization: `Bearer ${tenant.token}` },
    });
    if (response.statusCode >= 300) throw new Error(`${name}: ${response.statusCode} ${response.body}`);
  };
  const figures: Record<string, { wallMs: number; nodeCpuMs: number; pgCpuMs: number }> = {};
  const per = (total: number) => Math.round((total / perEndpoint) * 100) / 100;
  // `node scripts/bench-cpu.ts 150 mattersList,taskList` measures only those (e.g. under --cpu-prof).
  const only = process.argv[3]?.split(',');
  for (const [name, plan] of Object.entries(endpoints)) {
    if (only && !only.includes(name)) continue;
    for (let i = 0; i < tenants.length; i++) await send(name, plan, i); // warm caches and plans
    const cpu = process.cpuUsage();
    const pgBefore = clusterCpuMs();
    const started = performance.now();
    for (let i = 0; i < perEndpoint; i++) await send(name, plan, i);
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    figures[name] = {
      wallMs: per(wall),
      nodeCpuMs: per((used.user + used.system) / 1000),
      pgCpuMs: per(clusterCpuMs() - pgBefore),
    };
  }
  console.log(JSON.stringify(figures));
} finally {
  await app.close();
  await orm.close(true);
  await db.stop();
}
