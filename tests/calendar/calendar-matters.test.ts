import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, LONG_SESSIONS, send, session, shanghaiMorning } from '../matters/matter-support.ts';
import { ApiClient, startTestServer, type TestServer } from '../support/test-server.ts';

const clock = new ManualClock(shanghaiMorning('2026-03-10'));
let server: TestServer;
let office: ApiClient;
let township: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ clock, env: LONG_SESSIONS });
  office = await session(new ApiClient(server.url), 'fanshi-admin');
  township = await session(new ApiClient(server.url), 'fanshi-liaison');
});
afterAll(() => server.close());

async function consultationDue(): Promise<string> {
  const created = await send(township, 'POST', '/api/t/fanshi/matters', {
    ruleKey: 'townshipConsultation',
    title: '关于某案立案追诉标准的书面咨询',
    send: true,
  });
  expect(created.status).toBe(201);
  const received = await act(office, 'fanshi', created.body, 'receive');
  expect(received.status).toBe(200);
  return received.body.clocks[0].dueOn;
}

describe('matter deadlines count the tenant’s own calendar', () => {
  it('moves a 7-day reply past a local day off, and back once it is removed', async () => {
    expect(await consultationDue()).toBe('2026-03-17');
    const added = await office.post('/api/t/fanshi/calendar/local-days', {
      date: '2026-03-17',
      kind: 'rest',
      name: '县里停工检修日',
    });
    expect(added.status).toBe(201);
    // A period whose last day is a day off ends on the next working day.
    expect(await consultationDue()).toBe('2026-03-18');
    await office.post(`/api/t/fanshi/calendar/local-days/${(added.body as { id: string }).id}/remove`);
    expect(await consultationDue()).toBe('2026-03-17');
  });
});
