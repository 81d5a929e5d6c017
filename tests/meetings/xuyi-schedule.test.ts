import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

interface MeetingDto {
  id: string;
  seriesKey: string;
  title: string;
  status: string;
  scheduledOn: string | null;
  periodLabel: string | null;
}

let server: TestServer;
let admin: ApiClient;
const clock = new ManualClock('2026-01-05T01:00:00Z');

beforeAll(async () => {
  server = await startTestServer({ clock });
  admin = await signedIn(server, 'xuyi-admin');
});
afterAll(() => server.close());

describe("Xuyi's 2026 schedule", () => {
  it('puts the quarterly law-enforcement joint meeting on the last working day of each quarter', async () => {
    const response = await admin.post('/api/t/xuyi/meetings/schedule', { year: 2026 });
    expect(response.status).toBe(200);
    const created = (response.body as { created: MeetingDto[] }).created;
    expect(created.map((meeting) => [meeting.seriesKey, meeting.scheduledOn, meeting.periodLabel])).toEqual([
      ['lawEnforcementJointMeeting', '2026-03-31', '2026年第1季度'],
      ['lawEnforcementJointMeeting', '2026-06-30', '2026年第2季度'],
      ['lawEnforcementJointMeeting', '2026-09-30', '2026年第3季度'],
      ['lawEnforcementJointMeeting', '2026-12-31', '2026年第4季度'],
    ]);
    expect(created[0]?.title).toBe('行政执法联席会议（2026年第1季度）');
    expect(created.every((meeting) => meeting.status === 'scheduled')).toBe(true);
  });

  it('is idempotent, and keeps a meeting the office moved', async () => {
    const listed = (await admin.get('/api/t/xuyi/meetings?year=2026')).body as { meetings: MeetingDto[] };
    const first = listed.meetings[0] as MeetingDto;
    const moved = await admin.request('PATCH', `/api/t/xuyi/meetings/${first.id}`, {
      scheduledOn: '2026-03-20',
      startTime: '09:30',
      location: '县司法局会议室',
    });
    expect(moved.status).toBe(200);
    const again = await admin.post('/api/t/xuyi/meetings/schedule', { year: 2026 });
    expect((again.body as { created: unknown[] }).created).toEqual([]);
    const after = (await admin.get('/api/t/xuyi/meetings?year=2026')).body as { meetings: MeetingDto[] };
    expect(after.meetings.map((meeting) => meeting.scheduledOn)).toEqual([
      '2026-03-20',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
  });

  it('lets only the office schedule, and validates the year', async () => {
    for (const username of ['xuyi-liaison', 'xuyi-staff', 'xuyi-leader', 'operator']) {
      const client = await signedIn(server, username);
      expect((await client.post('/api/t/xuyi/meetings/schedule', { year: 2026 })).status, username).toBe(403);
      expect((await client.get('/api/t/xuyi/meetings')).status, username).toBe(200);
    }
    expect((await admin.post('/api/t/xuyi/meetings/schedule', { year: 1990 })).status).toBe(400);
    expect((await admin.post('/api/t/xuyi/meetings/schedule', { year: '2026' })).status).toBe(400);
  });
});

describe('calendar feeds', () => {
  it('serves the tenant feed by token as RFC 5545, and stops when revoked', async () => {
    const created = await admin.post('/api/t/xuyi/calendar-feeds', {});
    expect(created.status).toBe(201);
    const feed = created.body as { id: string; token: string; url: string };
    expect(feed.url).toBe(`/api/calendar/${feed.token}.ics`);
    const anonymous = new ApiClient(server.url);
    const ics = await anonymous.get(feed.url);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const text = ics.body as string;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('DTSTART;VALUE=DATE:20260630');
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20260320T093000');
    expect(text).toContain('LOCATION:县司法局会议室');
    const uids = text.split('\r\n').filter((line) => line.startsWith('UID:'));
    expect(uids).toHaveLength(4);
    expect((await anonymous.get(feed.url)).body).toContain(uids[0]);

    const other = (await (await signedIn(server, 'suzhou-admin')).post('/api/t/suzhou/calendar-feeds', {}))
      .body as {
      token: string;
    };
    const swapped = `xuyi.${other.token.split('.')[1]}`;
    expect((await anonymous.get(`/api/calendar/${swapped}.ics`)).status).toBe(404);
    expect((await anonymous.get('/api/calendar/xuyi.short.ics')).status).toBe(404);
    expect((await anonymous.get(`/api/calendar/${feed.token}`)).status).toBe(404);

    const liaison = await signedIn(server, 'xuyi-liaison');
    expect((await liaison.post(`/api/t/xuyi/calendar-feeds/${feed.id}/revoke`)).status).toBe(403);
    expect((await admin.post(`/api/t/xuyi/calendar-feeds/${feed.id}/revoke`)).status).toBe(200);
    expect((await anonymous.get(feed.url)).status).toBe(404);
  });

  it("gives a member a feed of their own unit only, and hides other tenants' feeds", async () => {
    const liaison = await signedIn(server, 'xuyi-liaison');
    const me = (await liaison.get('/api/t/xuyi')).body as { me: { unitId: string } };
    const units = ((await admin.get('/api/t/xuyi/units')).body as { units: { id: string }[] }).units;
    const otherUnit = units.find((unit) => unit.id !== me.me.unitId)?.id;
    expect((await liaison.post('/api/t/xuyi/calendar-feeds', { unitId: otherUnit })).status).toBe(403);
    const own = await liaison.post('/api/t/xuyi/calendar-feeds', {});
    expect([own.status, (own.body as { unitId: string }).unitId]).toEqual([201, me.me.unitId]);
    expect((await (await signedIn(server, 'operator')).post('/api/t/xuyi/calendar-feeds', {})).status).toBe(
      403,
    );
    expect((await admin.post('/api/t/xuyi/calendar-feeds', { unitId: 'not-a-uuid' })).status).toBe(400);
    const feeds = (await liaison.get('/api/t/xuyi/calendar-feeds')).body as { feeds: { id: string }[] };
    expect(feeds.feeds.map((feed) => feed.id)).toEqual([(own.body as { id: string }).id]);
    const suzhou = await signedIn(server, 'suzhou-admin');
    const suzhouFeeds = (await suzhou.get('/api/t/suzhou/calendar-feeds')).body as {
      feeds: { id: string }[];
    };
    const suzhouFeed = suzhouFeeds.feeds[0]?.id;
    expect((await admin.post(`/api/t/xuyi/calendar-feeds/${suzhouFeed}/revoke`)).status).toBe(404);
  });
});
