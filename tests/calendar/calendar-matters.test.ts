import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, LONG_SESSIONS, renew, send, session, shanghaiMorning } from '../matters/matter-support.ts';
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

async function receivedConsultation(): Promise<{ id: string; dueOn: string }> {
  const created = await send(township, 'POST', '/api/t/fanshi/matters', {
    ruleKey: 'townshipConsultation',
    title: '关于某案立案追诉标准的书面咨询',
    send: true,
  });
  expect(created.status).toBe(201);
  const received = await act(office, 'fanshi', created.body, 'receive');
  expect(received.status).toBe(200);
  return { id: received.body.id, dueOn: received.body.clocks[0].dueOn };
}

async function consultationDue(): Promise<string> {
  return (await receivedConsultation()).dueOn;
}

async function dueOf(id: string): Promise<string> {
  const answer = await send(office, 'GET', `/api/t/fanshi/matters/${id}`);
  return answer.body.clocks[0].dueOn;
}

async function recomputations(id: string) {
  const answer = await send(office, 'GET', `/api/t/fanshi/matters/${id}/timeline`);
  return answer.body.entries.filter((entry: { action: string }) => entry.action === 'matter.dueRecomputed');
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

  it('recounts the due dates of matters already running when a day off is added or removed', async () => {
    const running = await receivedConsultation();
    expect(running.dueOn).toBe('2026-03-17');
    const added = await office.post('/api/t/fanshi/calendar/local-days', {
      date: '2026-03-17',
      kind: 'rest',
      name: '县里停工检修日',
    });
    expect(added.body).toMatchObject({ recomputed: { moved: expect.any(Number) } });
    expect((added.body as { recomputed: { moved: number } }).recomputed.moved).toBeGreaterThanOrEqual(1);
    expect(await dueOf(running.id)).toBe('2026-03-18');
    const [entry] = await recomputations(running.id);
    expect(entry).toMatchObject({
      before: { clocks: [{ clock: 'writtenReply', dueOn: '2026-03-17' }] },
      after: { cause: 'calendar.localDayAdded', clocks: [{ clock: 'writtenReply', dueOn: '2026-03-18' }] },
    });
    await office.post(`/api/t/fanshi/calendar/local-days/${(added.body as { id: string }).id}/remove`);
    expect(await dueOf(running.id)).toBe('2026-03-17');
    expect(await recomputations(running.id)).toHaveLength(2);
  });

  it('recounts due dates counted on a provisional year when the official notice is imported', async () => {
    clock.set(shanghaiMorning('2026-12-28'));
    await renew(office, township);
    // 7 days from 12-28 end on 2027-01-04, a working day in the provisional 2027.
    const running = await receivedConsultation();
    expect(running.dueOn).toBe('2027-01-04');
    const before = await send(office, 'GET', `/api/t/fanshi/matters/${running.id}`);
    expect(before.body.clocks[0].explanation.en).toContain('The 2027 holiday schedule is not yet published');

    const operator = await session(new ApiClient(server.url), 'operator');
    const imported = await send(operator, 'PUT', '/api/platform/calendar/notices/2027', {
      year: 2027,
      source: '国办发明电〔2026〕测试号',
      holidays: [
        { date: '2027-01-01', name: '元旦', nameEn: "New Year's Day" },
        { date: '2027-01-04', name: '元旦', nameEn: "New Year's Day" },
      ],
      workingDays: [],
    });
    expect(imported.status).toBe(200);
    expect(imported.body.recomputed.tenants).toBeGreaterThanOrEqual(5);
    expect(imported.body.recomputed.moved).toBeGreaterThanOrEqual(1);
    expect(await dueOf(running.id)).toBe('2027-01-05');
    const [entry] = await recomputations(running.id);
    expect(entry).toMatchObject({
      actor: 'operator',
      after: {
        cause: 'calendar.noticeImported',
        year: 2027,
        clocks: [{ clock: 'writtenReply', dueOn: '2027-01-05' }],
      },
    });
    expect(await recomputations(running.id)).toHaveLength(1);
    // Each tenant's own log records the import that changed its days.
    const log = await send(office, 'GET', '/api/t/fanshi/audit?action=calendar.noticeImported');
    expect(log.body.events).toHaveLength(1);
    expect(log.body.events[0]).toMatchObject({
      actorLabel: 'operator',
      entityId: '2027',
      after: { year: 2027, holidays: 2, movedDueDates: 1 },
    });
  });
});
