import { inTenant, ManualClock, runDueWork } from '@liandong/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, LONG_SESSIONS, renew, send, session, shanghaiMorning } from '../matters/matter-support.ts';
import { ApiClient, startTestServer, type TestServer } from '../support/test-server.ts';

const clock = new ManualClock(shanghaiMorning('2026-03-02'));
let server: TestServer;
let office: ApiClient;
let township: ApiClient;
let app: pg.Client;

beforeAll(async () => {
  server = await startTestServer({ clock, env: LONG_SESSIONS });
  office = await session(new ApiClient(server.url), 'fanshi-admin');
  township = await session(new ApiClient(server.url), 'fanshi-liaison');
  app = new pg.Client({ connectionString: server.database.appUrl });
  await app.connect();
});
afterAll(async () => {
  await app.end();
  await server.close();
});

async function finder(): Promise<{ code: string; alarms: number; lights: number; obligations: boolean }[]> {
  const rows = await app.query('select due_work_tenants($1::timestamptz) as tenants', [clock.now()]);
  return rows.rows[0].tenants;
}

describe('the sweep visits only the tenants with work', () => {
  it('finds nothing to do on a second pass at the same instant', async () => {
    const first = await runDueWork({ orm: server.orm }, clock.now());
    expect(first.errors).toEqual([]);
    expect(first.tenants).toBeGreaterThan(0);
    expect(await finder()).toEqual([]);
    expect((await runDueWork({ orm: server.orm }, clock.now())).tenants).toBe(0);
  });

  it('looks at a tenant again when its units change', async () => {
    const units = (await office.get('/api/t/fanshi/units')).body as { units: { id: string }[] };
    const unit = units.units[0]!;
    const renamed = await office.request('PATCH', `/api/t/fanshi/units/${unit.id}`, { name: '改名后的单位' });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect((await finder()).map((tenant) => [tenant.code, tenant.obligations])).toEqual([['fanshi', true]]);
    expect((await runDueWork({ orm: server.orm }, clock.now())).tenants).toBe(1);
    expect(await finder()).toEqual([]);
  });

  it('arms a new clock, then skips it until its light or an alarm changes', async () => {
    const created = await send(office, 'POST', '/api/t/fanshi/matters', {
      ruleKey: 'nonProsecutionOpinion',
      title: '对钱某不起诉后给予行政处罚的检察意见',
      decidedOn: '2026-03-02',
      send: true,
    });
    expect(created.status).toBe(201);
    clock.set(shanghaiMorning('2026-03-03'));
    await renew(office, township);
    expect((await act(township, 'fanshi', created.body, 'receive')).status).toBe(200);
    // Due 6 May: armed 45 days before (22 March), so not looked at on 3 March.
    expect((await finder()).filter((tenant) => tenant.lights > 0)).toEqual([]);
    const tenantId = ((await office.get('/api/t/fanshi')).body as { tenant: { id: string } }).tenant.id;
    const checkOn = async () =>
      (
        await inTenant(server.orm, tenantId, (em) =>
          em.execute<{ check_on: string | null }[]>(
            `select to_char(light_check_on, 'YYYY-MM-DD') as check_on from matter_clock where matter_id = ? and status = 'running'`,
            [created.body.id],
          ),
        )
      ).map((row) => row.check_on);
    expect(await checkOn()).toEqual(['2026-03-22']);
    clock.set(shanghaiMorning('2026-03-23'));
    expect((await finder()).find((tenant) => tenant.code === 'fanshi')?.lights).toBe(1);
    expect((await runDueWork({ orm: server.orm, only: ['fanshi'] }, clock.now())).errors).toEqual([]);
    // Then the first yellow day: three working days before 6 May, the May Day holiday counted out.
    expect(await checkOn()).toEqual(['2026-04-28']);
  });

  it('answers the app role with ids and counts only, and the app role still reads no other tenant', async () => {
    await app.query('begin');
    try {
      expect((await app.query('select count(*)::int as n from matter_alarm')).rows[0].n).toBe(0);
      expect((await app.query('select count(*)::int as n from due_work_mark')).rows[0].n).toBe(0);
    } finally {
      await app.query('rollback');
    }
    const owner = await app.query(
      `select r.rolname, r.rolcanlogin, p.prosecdef from pg_proc p join pg_roles r on r.oid = p.proowner where p.proname = 'due_work_tenants'`,
    );
    expect(owner.rows).toEqual([{ rolname: 'liandong_due_work', rolcanlogin: false, prosecdef: true }]);
  });
});
