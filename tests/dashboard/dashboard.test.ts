import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, LONG_SESSIONS, renew, send, session, shanghaiMorning } from '../matters/matter-support.ts';
import { ApiClient, startTestServer, type TestServer } from '../support/test-server.ts';

const clock = new ManualClock(shanghaiMorning('2026-03-02'));
let server: TestServer;
let office: ApiClient;
let township: ApiClient;
let operator: ApiClient;

interface Dashboard {
  tenant: { code: string };
  matters: { open: number; overdue: { matterId: string; dueOn: string }[]; dueSoon: { matterId: string }[] };
  onTimeReplies: { unitId: string; onTime: number; late: number; overdueOpen: number; rate: number | null }[];
  taskLists: unknown[];
  upcomingMeetings: unknown[];
}

beforeAll(async () => {
  server = await startTestServer({ clock, env: LONG_SESSIONS });
  office = await session(new ApiClient(server.url), 'fanshi-admin');
  township = await session(new ApiClient(server.url), 'fanshi-liaison');
  operator = await session(new ApiClient(server.url), 'operator');
});
afterAll(() => server.close());

async function travel(date: string): Promise<void> {
  clock.set(shanghaiMorning(date));
  await renew(office, township, operator);
}

describe('the tenant dashboard', () => {
  it('shows an unanswered opinion as overdue and counts the township’s replies', async () => {
    const created = await send(office, 'POST', '/api/t/fanshi/matters', {
      ruleKey: 'nonProsecutionOpinion',
      title: '对钱某不起诉后给予行政处罚的检察意见',
      decidedOn: '2026-03-02',
      send: true,
    });
    await travel('2026-03-03');
    const received = await act(township, 'fanshi', created.body, 'receive');
    const townshipUnit = received.body.to[0].unit.id as string;
    const consultation = await send(township, 'POST', '/api/t/fanshi/matters', {
      ruleKey: 'townshipConsultation',
      title: '书面咨询',
      send: true,
    });
    const got = await act(office, 'fanshi', consultation.body, 'receive');
    await act(office, 'fanshi', got.body, 'reply');

    await travel('2026-04-30');
    const soon = (await office.get('/api/t/fanshi/dashboard')).body as Dashboard;
    expect(soon.matters.dueSoon.map((item) => item.matterId)).toContain(created.body.id);
    expect(soon.matters.overdue).toEqual([]);

    await travel('2026-05-07');
    const late = (await office.get('/api/t/fanshi/dashboard')).body as Dashboard;
    expect(late.tenant.code).toBe('fanshi');
    expect(late.matters.overdue).toMatchObject([{ matterId: created.body.id, dueOn: '2026-05-06' }]);
    expect(late.matters.open).toBeGreaterThanOrEqual(1);
    expect(late.onTimeReplies.find((row) => row.unitId === townshipUnit)).toMatchObject({
      onTime: 0,
      overdueOpen: 1,
      rate: 0,
    });
  });

  it('is for the office, leaders and operators; other tenants get 404', async () => {
    for (const username of ['fanshi-liaison', 'fanshi-staff']) {
      const client = await session(new ApiClient(server.url), username);
      expect((await client.get('/api/t/fanshi/dashboard')).status, username).toBe(403);
    }
    const leader = await session(new ApiClient(server.url), 'fanshi-leader');
    expect((await leader.get('/api/t/fanshi/dashboard')).status).toBe(200);
    expect((await operator.get('/api/t/fanshi/dashboard')).status).toBe(200);
    const xuyi = await session(new ApiClient(server.url), 'xuyi-admin');
    expect((await xuyi.get('/api/t/fanshi/dashboard')).status).toBe(404);
    const own = (await xuyi.get('/api/t/xuyi/dashboard')).body as Dashboard;
    expect(own.matters.overdue).toEqual([]);
  });

  it('puts the tenants of a province side by side for operators', async () => {
    const all = (await operator.get('/api/platform/dashboard')).body as { tenants: Dashboard[] };
    expect(all.tenants.map((tenant) => tenant.tenant.code).sort()).toEqual(
      ['fanshi', 'jiangan', 'suzhou', 'xiangan', 'xuyi'].sort(),
    );
    const fanshi = all.tenants.find((tenant) => tenant.tenant.code === 'fanshi')!;
    expect(fanshi.matters.overdue).toHaveLength(1);
    const shanxi = (await operator.get('/api/platform/dashboard?province=14')).body as {
      tenants: Dashboard[];
    };
    expect(shanxi.tenants.map((tenant) => tenant.tenant.code)).toEqual(['fanshi']);
    expect((await operator.get('/api/platform/dashboard?province=shanxi')).status).toBe(400);
    expect((await office.get('/api/platform/dashboard')).status).toBe(403);
  });
});

describe('oversight by grant', () => {
  it('lets a granted tenant’s office read the target’s dashboard, until the grant is revoked', async () => {
    const suzhou = await session(new ApiClient(server.url), 'suzhou-admin');
    expect((await suzhou.get('/api/t/suzhou/oversight/fanshi/dashboard')).status).toBe(404);

    const granted = await operator.post('/api/platform/oversight-grants', {
      grantee: 'suzhou',
      target: 'fanshi',
    });
    expect(granted.status).toBe(201);
    const grant = granted.body as { id: string };
    expect((await suzhou.get('/api/t/suzhou/oversight')).body).toEqual({
      targets: [{ code: 'fanshi', name: expect.any(String) }],
    });
    const read = await suzhou.get('/api/t/suzhou/oversight/fanshi/dashboard');
    expect(read.status).toBe(200);
    expect((read.body as Dashboard).matters.overdue).toHaveLength(1);

    // Only the office and leaders; the grant runs one way; it opens nothing else of the target.
    const staff = await session(new ApiClient(server.url), 'suzhou-staff');
    expect((await staff.get('/api/t/suzhou/oversight/fanshi/dashboard')).status).toBe(403);
    expect((await office.get('/api/t/fanshi/oversight/suzhou/dashboard')).status).toBe(404);
    expect((await suzhou.get('/api/t/fanshi/dashboard')).status).toBe(404);
    expect((await suzhou.get('/api/t/suzhou/oversight/xuyi/dashboard')).status).toBe(404);

    expect((await operator.post(`/api/platform/oversight-grants/${grant.id}/revoke`)).status).toBe(200);
    expect((await suzhou.get('/api/t/suzhou/oversight/fanshi/dashboard')).status).toBe(404);
    const audit = (await office.get('/api/t/fanshi/audit?limit=5')).body as { events: { action: string }[] };
    expect(audit.events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['oversight.granted', 'oversight.revoked']),
    );
  });

  it('refuses bad grants and non-operators', async () => {
    expect(
      (await operator.post('/api/platform/oversight-grants', { grantee: 'xuyi', target: 'xuyi' })).status,
    ).toBe(400);
    expect(
      (await operator.post('/api/platform/oversight-grants', { grantee: 'xuyi', target: 'nowhere' })).status,
    ).toBe(400);
    expect((await operator.post('/api/platform/oversight-grants', { grantee: 'xuyi' })).status).toBe(400);
    expect(
      (await office.post('/api/platform/oversight-grants', { grantee: 'fanshi', target: 'xuyi' })).status,
    ).toBe(403);
    expect((await office.get('/api/platform/oversight-grants')).status).toBe(403);
    expect((await operator.get('/api/platform/oversight-grants')).status).toBe(200);
  });
});
