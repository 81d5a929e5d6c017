import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

interface MeetingDto {
  id: string;
  seriesKey: string;
  title: string;
  status: string;
  scheduledOn: string | null;
  preparesMeetingId: string | null;
  requestedByUnitId: string | null;
}

interface DetailDto extends MeetingDto {
  agendaItems: { id: string; unitId: string; title: string; status: string }[];
  attendance: { unitId: string; status: string }[];
  decisions: {
    id: string;
    no: string;
    text: string;
    unitIds: string[];
    deadline: { dueOn: string | null };
  }[];
  decisionListId: string | null;
  minutes: string | null;
}

let server: TestServer;
let admin: ApiClient;
let liaison: ApiClient;
let liaisonUnitId: string;
let units: { id: string; name: string }[];
const clock = new ManualClock('2026-01-05T01:00:00Z');
const code = (response: { body: unknown }) => (response.body as { error?: { code: string } }).error?.code;

beforeAll(async () => {
  server = await startTestServer({ clock });
  admin = await signedIn(server, 'suzhou-admin');
  liaison = await signedIn(server, 'suzhou-liaison');
  liaisonUnitId = ((await liaison.get('/api/t/suzhou')).body as { me: { unitId: string } }).me.unitId;
  units = ((await admin.get('/api/t/suzhou/units')).body as { units: typeof units }).units;
});
afterAll(() => server.close());

describe('preparation: a liaison meeting before each joint meeting', () => {
  it('schedules the annual joint meeting (年初) and its liaison meeting five working days before', async () => {
    const created = (
      (await admin.post('/api/t/suzhou/meetings/schedule', { year: 2026 })).body as { created: MeetingDto[] }
    ).created;
    const joint = created.find((meeting) => meeting.seriesKey === 'annualJointMeeting');
    const preparation = created.find((meeting) => meeting.seriesKey === 'liaisonMeeting');
    expect(created).toHaveLength(2);
    expect(joint?.scheduledOn).toBe('2026-01-30');
    expect(preparation?.preparesMeetingId).toBe(joint?.id);
    expect(preparation?.scheduledOn).toBe('2026-01-23');
  });

  it('prepares an ad-hoc topical meeting the office schedules, and moves the preparation with it', async () => {
    const topical = await admin.post('/api/t/suzhou/meetings', {
      seriesKey: 'topicalMeeting',
      title: '行政公益诉讼专题会议',
      scheduledOn: '2026-05-20',
    });
    expect(topical.status).toBe(201);
    const meeting = topical.body as MeetingDto;
    const all = (await admin.get('/api/t/suzhou/meetings')).body as { meetings: MeetingDto[] };
    const preparation = all.meetings.find((candidate) => candidate.preparesMeetingId === meeting.id);
    expect(preparation?.scheduledOn).toBe('2026-05-13');
    await admin.request('PATCH', `/api/t/suzhou/meetings/${meeting.id}`, { scheduledOn: '2026-06-10' });
    const moved = (await admin.get(`/api/t/suzhou/meetings/${preparation?.id}`)).body as MeetingDto;
    expect(moved.scheduledOn).toBe('2026-06-03');
    expect((await admin.post('/api/t/suzhou/meetings', { seriesKey: 'topicalMeeting' })).status).toBe(400);
  });
});

describe("a unit's request for a coordination meeting", () => {
  let requested: MeetingDto;

  it('is allowed where the series says so, and only with a reason', async () => {
    const response = await liaison.post('/api/t/suzhou/meetings', {
      seriesKey: 'coordinationMeeting',
      reason: '非诉执行案件协作问题需要协调',
    });
    expect(response.status).toBe(201);
    requested = response.body as MeetingDto;
    expect([requested.status, requested.scheduledOn, requested.requestedByUnitId]).toEqual([
      'requested',
      null,
      liaisonUnitId,
    ]);
    const joint = await liaison.post('/api/t/suzhou/meetings', {
      seriesKey: 'annualJointMeeting',
      reason: 'x',
    });
    expect([joint.status, code(joint)]).toEqual([409, 'MEETING_NOT_REQUESTABLE']);
    expect((await liaison.post('/api/t/suzhou/meetings', { seriesKey: 'coordinationMeeting' })).status).toBe(
      400,
    );
    const unknown = await liaison.post('/api/t/suzhou/meetings', { seriesKey: 'nope', reason: 'x' });
    expect([unknown.status, code(unknown)]).toEqual([400, 'MEETING_SERIES_UNKNOWN']);
    const leader = await signedIn(server, 'suzhou-leader');
    expect(
      (await leader.post('/api/t/suzhou/meetings', { seriesKey: 'coordinationMeeting', reason: 'x' })).status,
    ).toBe(403);
  });

  it('is approved by the office with a date, once', async () => {
    const path = `/api/t/suzhou/meetings/${requested.id}/approve`;
    expect((await liaison.post(path, { scheduledOn: '2026-02-10' })).status).toBe(403);
    expect((await admin.post(path, { scheduledOn: '10 Feb' })).status).toBe(400);
    const approved = await admin.post(path, {
      scheduledOn: '2026-02-10',
      startTime: '14:30',
      location: '市检察院',
    });
    expect([approved.status, (approved.body as MeetingDto).status]).toEqual([200, 'scheduled']);
    const again = await admin.post(path, { scheduledOn: '2026-02-11' });
    expect([again.status, code(again)]).toEqual([409, 'MEETING_STATE_CONFLICT']);
  });

  it('takes agenda items from units, attendance, minutes and decisions that become tracked measures', async () => {
    const base = `/api/t/suzhou/meetings/${requested.id}`;
    const proposed = await liaison.post(`${base}/agenda-items`, { title: '土地非诉执行协作意见' });
    expect(proposed.status).toBe(201);
    const otherUnit = units.find((unit) => unit.id !== liaisonUnitId)?.id;
    const forOther = await liaison.post(`${base}/agenda-items`, { title: 'x', unitId: otherUnit });
    expect([forOther.status, code(forOther)]).toEqual([403, 'MEETING_NOT_ATTENDING_UNIT']);
    expect(
      (await (await signedIn(server, 'suzhou-leader')).post(`${base}/agenda-items`, { title: 'x' })).status,
    ).toBe(403);
    expect((await liaison.post(`${base}/agenda-items`, { title: '' })).status).toBe(400);
    const itemId = (proposed.body as { id: string }).id;
    expect(
      (await liaison.post(`${base}/agenda-items/${itemId}/decision`, { status: 'accepted' })).status,
    ).toBe(403);
    expect((await admin.post(`${base}/agenda-items/${itemId}/decision`, { status: 'accepted' })).status).toBe(
      200,
    );

    const attendance = { entries: [{ unitId: liaisonUnitId, status: 'present', attendeeName: '张三' }] };
    expect((await liaison.request('PUT', `${base}/attendance`, attendance)).status).toBe(403);
    const xuyiUnit = (
      (await (await signedIn(server, 'xuyi-admin')).get('/api/t/xuyi/units')).body as {
        units: { id: string }[];
      }
    ).units[0]?.id;
    const foreign = await admin.request('PUT', `${base}/attendance`, {
      entries: [{ unitId: xuyiUnit, status: 'present' }],
    });
    expect([foreign.status, code(foreign)]).toEqual([400, 'TASK_UNIT_UNKNOWN']);
    expect((await admin.request('PUT', `${base}/attendance`, attendance)).status).toBe(200);

    expect((await admin.request('PUT', `${base}/minutes`, { text: '会议议定：一、…；二、…' })).status).toBe(
      200,
    );
    clock.set('2026-02-11T01:00:00Z');
    // Access tokens expire with the clock: sign in again on the day after the meeting.
    admin = await signedIn(server, 'suzhou-admin');
    liaison = await signedIn(server, 'suzhou-liaison');
    const late = await liaison.post(`${base}/agenda-items`, { title: '会后再提' });
    expect([late.status, code(late)]).toEqual([409, 'MEETING_STATE_CONFLICT']);

    const decision = await admin.post(`${base}/decisions`, {
      text: '市检察院会同市自然资源局出台非诉执行协作意见',
      leadUnitIds: [units.find((unit) => unit.name === '市检察院')?.id],
      unitIds: [units.find((unit) => unit.name === '市自然资源局')?.id],
      deadline: { text: '6月底前' },
    });
    expect(decision.status).toBe(201);
    expect((decision.body as { deadline: { dueOn: string } }).deadline.dueOn).toBe('2026-06-30');
    expect((await liaison.post(`${base}/decisions`, { text: 'x', unitIds: [liaisonUnitId] })).status).toBe(
      403,
    );
    expect((await admin.post(`${base}/decisions`, { text: 'x', unitIds: [] })).status).toBe(400);

    const detail = (await liaison.get(base)).body as DetailDto;
    expect(detail.status).toBe('held');
    expect(detail.agendaItems.map((item) => [item.title, item.status])).toEqual([
      ['土地非诉执行协作意见', 'accepted'],
    ]);
    expect(detail.attendance).toEqual([{ unitId: liaisonUnitId, status: 'present', attendeeName: '张三' }]);
    expect(detail.decisions.map((measure) => [measure.no, measure.text])).toEqual([
      ['①', '市检察院会同市自然资源局出台非诉执行协作意见'],
    ]);

    const lists = (await admin.get('/api/t/suzhou/task-lists?year=2026')).body as {
      taskLists: { id: string; kind: string }[];
    };
    expect(lists.taskLists.map((list) => list.kind)).toEqual(['decisions']);
    const figures = (await admin.get(`/api/t/suzhou/task-lists/${detail.decisionListId}/completion`))
      .body as {
      totals: { total: number; done: number };
    };
    expect(figures.totals).toMatchObject({ total: 1, done: 0 });
    const readOnly = await admin.post(`/api/t/suzhou/task-lists/${detail.decisionListId}/areas`, {
      no: '二',
      title: 'x',
    });
    expect([readOnly.status, code(readOnly)]).toEqual([409, 'TASK_LIST_READ_ONLY']);

    const feed = (await admin.post('/api/t/suzhou/calendar-feeds', {})).body as { url: string };
    const ics = (await new ApiClient(server.url).get(feed.url)).body as string;
    expect(ics).toContain(`UID:measure-${detail.decisions[0]?.id}@liandong`);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260630');
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20260210T143000');

    const yearFigures = (await liaison.get('/api/t/suzhou/task-lists/completion?year=2026')).body as {
      lists: { kind: string; totals: { total: number } }[];
    };
    expect(yearFigures.lists.map((list) => [list.kind, list.totals.total])).toEqual([['decisions', 1]]);
    expect((await liaison.get('/api/t/suzhou/task-lists/completion')).status).toBe(400);

    // A unit's feed: the meeting it asked for, and no decision it does not own.
    const unitFeed = (await liaison.post('/api/t/suzhou/calendar-feeds', {})).body as { url: string };
    const unitIcs = (await new ApiClient(server.url).get(unitFeed.url)).body as string;
    expect(unitIcs).toContain(`UID:meeting-${requested.id}@liandong`);
    const owners = detail.decisions[0]?.unitIds ?? [];
    expect(unitIcs.includes(`UID:measure-${detail.decisions[0]?.id}@liandong`)).toBe(
      owners.includes(liaisonUnitId),
    );
  });
});

describe('turning down and cancelling', () => {
  it('rejects a request (office only, with a reason) and cancels a scheduled meeting', async () => {
    const liaisonNow = await signedIn(server, 'suzhou-liaison');
    const adminNow = await signedIn(server, 'suzhou-admin');
    const request = (
      await liaisonNow.post('/api/t/suzhou/meetings', { seriesKey: 'briefingMeeting', reason: '通报' })
    ).body as MeetingDto;
    const path = `/api/t/suzhou/meetings/${request.id}`;
    expect((await liaisonNow.post(`${path}/reject`, { reason: '不需要' })).status).toBe(403);
    expect((await adminNow.post(`${path}/reject`, {})).status).toBe(400);
    const rejected = await adminNow.post(`${path}/reject`, { reason: '可在联络员会议上通报' });
    expect([rejected.status, (rejected.body as MeetingDto).status]).toEqual([200, 'rejected']);
    expect((await adminNow.request('PATCH', path, { title: 'x' })).status).toBe(409);

    const scheduled = (
      await adminNow.post('/api/t/suzhou/meetings', { seriesKey: 'symposium', scheduledOn: '2026-09-15' })
    ).body as MeetingDto;
    const cancelPath = `/api/t/suzhou/meetings/${scheduled.id}`;
    expect((await liaisonNow.request('PATCH', cancelPath, { cancelled: true })).status).toBe(403);
    expect((await adminNow.request('PATCH', cancelPath, { cancelled: false })).status).toBe(400);
    const cancelled = await adminNow.request('PATCH', cancelPath, { cancelled: true });
    expect((cancelled.body as MeetingDto).status).toBe('cancelled');
    expect(
      (await adminNow.post(`${cancelPath}/decisions`, { text: 'x', unitIds: [liaisonUnitId] })).status,
    ).toBe(409);
  });
});

describe('tenant isolation', () => {
  it("answers another tenant's meeting ids with 404", async () => {
    const meetings = ((await admin.get('/api/t/suzhou/meetings')).body as { meetings: MeetingDto[] })
      .meetings;
    const id = meetings[0]?.id;
    const xuyi = await signedIn(server, 'xuyi-admin');
    expect((await xuyi.get(`/api/t/xuyi/meetings/${id}`)).status).toBe(404);
    expect((await xuyi.request('PATCH', `/api/t/xuyi/meetings/${id}`, { title: 'x' })).status).toBe(404);
    expect((await xuyi.post(`/api/t/xuyi/meetings/${id}/agenda-items`, { title: 'x' })).status).toBe(404);
    expect((await xuyi.request('PUT', `/api/t/xuyi/meetings/${id}/minutes`, { text: 'x' })).status).toBe(404);
    expect(
      (await xuyi.post(`/api/t/suzhou/meetings/${id}/approve`, { scheduledOn: '2026-03-01' })).status,
    ).toBe(404);
    const xuyiMeetings = ((await xuyi.get('/api/t/xuyi/meetings')).body as { meetings: unknown[] }).meetings;
    expect(xuyiMeetings).toEqual([]);
  });
});
