import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type TestServer } from '../support/test-server.ts';
import { act, send, session, shanghaiMorning } from './matter-support.ts';

const clock = new ManualClock(shanghaiMorning('2026-04-01'));
let server: TestServer;
let office: ApiClient;
let township: ApiClient;
let county: ApiClient;
let countyPassword = '';

beforeAll(async () => {
  server = await startTestServer({ clock });
  office = await session(new ApiClient(server.url), 'fanshi-admin');
  township = await session(new ApiClient(server.url), 'fanshi-liaison');
  const units = (await send(office, 'GET', '/api/t/fanshi/units')).body.units as {
    id: string;
    key: string;
  }[];
  const countyAgencies = units.find((unit) => unit.key === 'countyAgencies');
  const invited = await send(office, 'POST', '/api/t/fanshi/members', {
    username: 'fanshi-county-liaison',
    displayName: '县直部门联络员',
    unitId: countyAgencies?.id,
    role: 'liaison',
  });
  expect(invited.status).toBe(201);
  countyPassword = invited.body.initialPassword;
  county = new ApiClient(server.url);
});
afterAll(async () => {
  await server?.close();
});

describe('a matter sent to several units', () => {
  it('lets each recipient sign for itself; the first receipt starts the clock, later ones keep it', async () => {
    const created = await send(office, 'POST', '/api/t/fanshi/matters', {
      ruleKey: 'procuratorateConsultation',
      fromUnitKey: 'procuratorate',
      title: '关于行政执法中证据固定问题的征询',
      send: true,
    });
    expect(created.status).toBe(201);
    expect(created.body.to.map((party: { unit: { key: string } }) => party.unit.key).sort()).toEqual([
      'countyAgencies',
      'townshipGovernment',
    ]);

    const first = await act(township, 'fanshi', created.body, 'receive');
    expect(first.status).toBe(200);
    expect(first.body.state).toBe('received');
    const byKey = (body: { to: { unit: { key: string }; receivedOn: string | null }[] }, key: string) =>
      body.to.find((party) => party.unit.key === key)?.receivedOn;
    expect(byKey(first.body, 'townshipGovernment')).toBe('2026-04-01');
    expect(byKey(first.body, 'countyAgencies')).toBeNull();
    expect(first.body.allowedActions).toContain('receive');
    const dueAfterFirst = first.body.clocks.map((entry: { dueOn: string | null }) => entry.dueOn);

    // The township has signed; signing again is refused, naming the state.
    const again = await act(township, 'fanshi', first.body, 'receive');
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'MATTER_ILLEGAL_TRANSITION',
      details: { state: 'received' },
    });

    clock.set(shanghaiMorning('2026-04-03'));
    await county.login('fanshi-county-liaison', countyPassword);
    await office.login('fanshi-admin');
    const late = await act(county, 'fanshi', first.body, 'receive');
    expect(late.status).toBe(200);
    expect(late.body.state).toBe('received');
    expect(byKey(late.body, 'countyAgencies')).toBe('2026-04-03');
    expect(byKey(late.body, 'townshipGovernment')).toBe('2026-04-01');
    expect(late.body.clocks.map((entry: { dueOn: string | null }) => entry.dueOn)).toEqual(dueAfterFirst);
    expect(late.body.allowedActions).not.toContain('receive');

    const timeline = await send(office, 'GET', `/api/t/fanshi/matters/${created.body.id}/timeline`);
    const receipts = timeline.body.entries.filter(
      (entry: { action: string }) => entry.action === 'matter.receive',
    );
    expect(receipts.map((entry: { actor: string }) => entry.actor)).toEqual([
      'fanshi-liaison',
      'fanshi-county-liaison',
    ]);
  });
});
