import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

const clock = new ManualClock('2026-05-11T02:00:00Z');
let server: TestServer;
let admin: ApiClient;

interface Event {
  action: string;
  actorLabel: string;
  entityType: string;
  entityId: string;
  occurredAt: string;
}

async function events(query: string): Promise<Event[]> {
  const answer = await admin.get(`/api/t/xuyi/audit?limit=200&${query}`);
  expect(answer.status, query).toBe(200);
  return (answer.body as { events: Event[] }).events;
}

beforeAll(async () => {
  server = await startTestServer({ clock });
  admin = await signedIn(server, 'xuyi-admin');
  // One local day on 05-11 and another on 05-12, each an audited change by the office.
  await admin.post('/api/t/xuyi/calendar/local-days', { date: '2026-06-01', kind: 'rest', name: '县庆一' });
  clock.set('2026-05-12T02:00:00Z');
  admin = await signedIn(server, 'xuyi-admin');
  await admin.post('/api/t/xuyi/calendar/local-days', { date: '2026-06-02', kind: 'rest', name: '县庆二' });
});
afterAll(async () => {
  await server?.close();
});

describe('the audit log’s filters', () => {
  it('filters by action, action prefix, actor, entity and Beijing days, across the whole log', async () => {
    const added = await events('action=calendar.localDayAdded');
    expect(added).toHaveLength(2);
    expect(added.every((event) => event.action === 'calendar.localDayAdded')).toBe(true);

    const calendar = await events('action=calendar.');
    expect(calendar.length).toBeGreaterThanOrEqual(2);
    expect(calendar.every((event) => event.action.startsWith('calendar.'))).toBe(true);

    const byActor = await events('actor=xuyi-ad');
    expect(byActor.length).toBeGreaterThanOrEqual(2);
    expect(byActor.every((event) => event.actorLabel === 'xuyi-admin')).toBe(true);
    // The text is matched literally: a wildcard character matches nothing here.
    expect(await events('actor=%25')).toEqual([]);

    const onTheTwelfth = await events('action=calendar.localDayAdded&from=2026-05-12&to=2026-05-12');
    expect(onTheTwelfth).toHaveLength(1);
    const [first] = await events('action=calendar.localDayAdded&to=2026-05-11');
    expect(first).toBeDefined();
    const one = await events(`entityType=calendar_local_day&entityId=${first?.entityId}`);
    expect(one.map((event) => event.entityId)).toEqual([first?.entityId]);
  });

  it('lists the actions that occur, for the filter', async () => {
    const answer = await admin.get('/api/t/xuyi/audit/actions');
    expect(answer.status).toBe(200);
    const { actions } = answer.body as { actions: string[] };
    expect(actions).toContain('calendar.localDayAdded');
    expect(actions).toEqual([...actions].sort());
  });

  it('refuses a malformed day, and is for the linkage office', async () => {
    const bad = await admin.get('/api/t/xuyi/audit?from=2026-13-01');
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { fields: { path: string }[] } }).error.fields[0]?.path).toContain('from');
    const staff = await signedIn(server, 'xuyi-staff');
    expect((await staff.get('/api/t/xuyi/audit/actions')).status).toBe(403);
    expect((await staff.get('/api/t/xuyi/audit?action=matter.')).status).toBe(403);
  });
});
