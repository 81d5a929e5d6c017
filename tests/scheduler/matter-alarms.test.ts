import { inTenant, ManualClock, runDueWork } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, LONG_SESSIONS, renew, send, session, shanghaiMorning } from '../matters/matter-support.ts';
import { ApiClient, startTestServer, type TestServer } from '../support/test-server.ts';

const clock = new ManualClock(shanghaiMorning('2026-03-02'));
let server: TestServer;
let office: ApiClient; // fanshi-admin: the linkage office
let township: ApiClient; // fanshi-liaison: the township government's liaison

interface Note {
  kind: string;
  createdAt: string;
  subject: Record<string, unknown>;
}

beforeAll(async () => {
  server = await startTestServer({ clock, env: LONG_SESSIONS });
  office = await session(new ApiClient(server.url), 'fanshi-admin');
  township = await session(new ApiClient(server.url), 'fanshi-liaison');
});
afterAll(() => server.close());

async function travel(date: string): Promise<void> {
  clock.set(shanghaiMorning(date));
  await renew(office, township);
}

async function notes(client: ApiClient, matterId: string): Promise<Note[]> {
  const body = (await client.get('/api/t/fanshi/notifications?limit=200')).body as { notifications: Note[] };
  return body.notifications.filter((note) => note.subject.matterId === matterId);
}

function day(note: Note): string {
  return new Date(new Date(note.createdAt).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

async function openOpinion(title: string): Promise<{ id: string; dueOn: string }> {
  await travel('2026-03-02');
  const created = await send(office, 'POST', '/api/t/fanshi/matters', {
    ruleKey: 'nonProsecutionOpinion',
    title,
    decidedOn: '2026-03-02',
    send: true,
  });
  expect(created.status).toBe(201);
  await travel('2026-03-03');
  const received = await act(township, 'fanshi', created.body, 'receive');
  expect(received.status).toBe(200);
  return { id: created.body.id, dueOn: received.body.dueOn };
}

describe('Fanshi: an unanswered opinion on the scheduler', () => {
  it('warns the township when the light turns yellow, on the due day, and the office when it turns red', async () => {
    const opinion = await openOpinion('对王某不起诉后给予行政处罚的检察意见');
    expect(opinion.dueOn).toBe('2026-05-06');
    for (let date = Date.UTC(2026, 2, 3); date <= Date.UTC(2026, 4, 12); date += 86_400_000) {
      await travel(new Date(date).toISOString().slice(0, 10));
      expect((await runDueWork({ orm: server.orm, only: ['fanshi'] }, clock.now())).errors).toEqual([]);
    }
    const townships = await notes(township, opinion.id);
    const kinds = townships.map((note) => `${note.kind}@${day(note)}`).sort();
    // Three working days before 6 May, counting the May Day holiday out: 28 April.
    expect(kinds).toEqual([
      'matter.due@2026-05-06',
      'matter.dueSoon@2026-04-28',
      'matter.overdue@2026-05-07',
    ]);

    const offices = await notes(office, opinion.id);
    const red = offices.find((note) => note.kind === 'matter.overdue');
    expect(red && day(red)).toBe('2026-05-07');
    // The ladder's steps wait on the chief procurator's decision: named, not taken.
    expect(red).toBeDefined();
    expect((red!.subject.escalationSteps as { key: string }[]).map((step) => step.key)).toEqual([
      'notifyJustice',
      'upperProcuratorate',
      'reportCounty',
    ]);
    const linked = (await office.get(`/api/t/fanshi/matters/${opinion.id}`)).body as { state: string };
    expect(linked.state).toBe('received');
  }, 240_000);

  it('sends each reminder once when two runners sweep at the same moment', async () => {
    const opinion = await openOpinion('对赵某不起诉后给予行政处罚的检察意见');
    await travel('2026-05-06');
    const reports = await Promise.all([
      runDueWork({ orm: server.orm }, clock.now()),
      runDueWork({ orm: server.orm }, clock.now()),
      runDueWork({ orm: server.orm }, clock.now()),
    ]);
    expect(reports.flatMap((report) => report.errors)).toEqual([]);
    const due = (await notes(township, opinion.id)).filter((note) => note.kind === 'matter.due');
    expect(due).toHaveLength(1);
    const tenantId = ((await office.get('/api/t/fanshi')).body as { tenant: { id: string } }).tenant.id;
    const alarms = await inTenant(server.orm, tenantId, (em) =>
      em.execute<{ status: string; fired_at: Date | null }[]>(
        `select status, fired_at from matter_alarm where matter_id = ? and kind = 'due' and fire_on = '2026-05-06'`,
        [opinion.id],
      ),
    );
    expect(alarms.map((alarm) => alarm.status)).toEqual(['fired']);
    // And a later run sends nothing more.
    await runDueWork({ orm: server.orm }, clock.now());
    expect((await notes(township, opinion.id)).filter((note) => note.kind === 'matter.due')).toHaveLength(1);
  });

  it('lets nobody read another member’s notifications, nor another tenant’s', async () => {
    const mine = (await office.get('/api/t/fanshi/notifications')).body as {
      notifications: { id: string }[];
    };
    const id = mine.notifications[0]!.id;
    expect((await township.post(`/api/t/fanshi/notifications/${id}/read`)).status).toBe(404);
    const xuyi = await session(new ApiClient(server.url), 'xuyi-admin');
    expect((await xuyi.post(`/api/t/xuyi/notifications/${id}/read`)).status).toBe(404);
    expect((await xuyi.get('/api/t/fanshi/notifications')).status).toBe(404);
    const operator = await session(new ApiClient(server.url), 'operator');
    expect((await operator.get('/api/t/fanshi/notifications')).status).toBe(403);
  });

  it('marks read and counts unread', async () => {
    const before = (await office.get('/api/t/fanshi/notifications/unread-count')).body as { unread: number };
    expect(before.unread).toBeGreaterThan(0);
    const { notifications } = (await office.get('/api/t/fanshi/notifications?unreadOnly=true')).body as {
      notifications: { id: string }[];
    };
    const read = await office.post(`/api/t/fanshi/notifications/${notifications[0]!.id}/read`);
    expect((read.body as { readAt: string | null }).readAt).not.toBeNull();
    const after = (await office.get('/api/t/fanshi/notifications/unread-count')).body as { unread: number };
    expect(after.unread).toBe(before.unread - 1);
    expect((await office.post('/api/t/fanshi/notifications/read-all')).body).toEqual({
      marked: after.unread,
    });
    expect((await office.get('/api/t/fanshi/notifications/unread-count')).body).toEqual({ unread: 0 });
    expect((await office.get('/api/t/fanshi/notifications?limit=0')).status).toBe(400);
  });
});
