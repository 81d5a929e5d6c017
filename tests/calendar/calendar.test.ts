import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Day {
  date: string;
  kind: string;
  working: boolean;
  name: string | null;
  provisional: boolean;
}

async function day(client: ApiClient, tenant: string, date: string): Promise<Day> {
  const response = await client.get(`/api/t/${tenant}/calendar/days?from=${date}&to=${date}`);
  expect(response.status).toBe(200);
  return (response.body as { days: Day[] }).days[0]!;
}

const notice2027 = {
  year: 2027,
  source: '国办发明电〔2026〕测试号',
  holidays: [
    { date: '2027-01-01', name: '元旦', nameEn: "New Year's Day" },
    { date: '2027-01-04', name: '元旦', nameEn: "New Year's Day" },
  ],
  workingDays: [{ date: '2027-02-07', name: '春节调休' }],
};

describe('the official notice an operator imports', () => {
  it('replaces the provisional year for every tenant', async () => {
    const xuyi = await signedIn(server, 'xuyi-staff');
    const fanshi = await signedIn(server, 'fanshi-staff');
    expect((await day(xuyi, 'xuyi', '2027-01-04')).working).toBe(true);
    expect((await day(xuyi, 'xuyi', '2027-01-04')).provisional).toBe(true);

    const operator = await signedIn(server, 'operator');
    const imported = await operator.request('PUT', '/api/platform/calendar/notices/2027', notice2027);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ year: 2027, holidays: 2, workingDays: 1 });

    for (const [client, tenant] of [
      [xuyi, 'xuyi'],
      [fanshi, 'fanshi'],
    ] as const) {
      expect(await day(client, tenant, '2027-01-04')).toMatchObject({ working: false, provisional: false });
      expect(await day(client, tenant, '2027-02-07')).toMatchObject({
        working: true,
        kind: 'makeUpWorkingDay',
      });
    }
    const listed = (await operator.get('/api/platform/calendar/notices')).body as {
      notices: { year: number }[];
    };
    expect(listed.notices.map((notice) => notice.year)).toEqual([2027]);
  });

  it('refuses an invalid notice with core’s reason, and a notice for another year', async () => {
    const operator = await signedIn(server, 'operator');
    const weekdayMakeUp = { ...notice2027, workingDays: [{ date: '2027-02-08', name: '调休' }] };
    const bad = await operator.request('PUT', '/api/platform/calendar/notices/2027', weekdayMakeUp);
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'CALENDAR_INVALID_NOTICE',
      message: expect.stringContaining('2027-02-08'),
    });
    const other = await operator.request('PUT', '/api/platform/calendar/notices/2028', notice2027);
    expect(other.status).toBe(400);
    expect((await operator.request('PUT', '/api/platform/calendar/notices/1999', notice2027)).status).toBe(
      400,
    );
  });

  it('is for operators only', async () => {
    for (const username of ['xuyi-admin', 'xuyi-staff']) {
      const client = await signedIn(server, username);
      expect((await client.request('PUT', '/api/platform/calendar/notices/2027', notice2027)).status).toBe(
        403,
      );
      expect((await client.get('/api/platform/calendar/notices')).status).toBe(403);
    }
  });
});

describe('a tenant’s local days', () => {
  it('adds a local day off for its own tenant only, and removes it again', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    const suzhou = await signedIn(server, 'suzhou-staff');
    const added = await admin.post('/api/t/xuyi/calendar/local-days', {
      date: '2026-12-16',
      kind: 'rest',
      name: '县庆',
    });
    expect(added.status).toBe(201);
    expect(await day(admin, 'xuyi', '2026-12-16')).toMatchObject({ working: false, name: '县庆' });
    expect((await day(suzhou, 'suzhou', '2026-12-16')).working).toBe(true);
    expect((await suzhou.get('/api/t/suzhou/calendar/local-days')).body).toEqual({ days: [] });

    const id = (added.body as { id: string }).id;
    expect((await admin.post(`/api/t/xuyi/calendar/local-days/${id}/remove`)).status).toBe(200);
    expect((await day(admin, 'xuyi', '2026-12-16')).working).toBe(true);
    const listed = (await admin.get('/api/t/xuyi/calendar/local-days')).body as {
      days: { removedAt: string }[];
    };
    expect(listed.days[0]?.removedAt).toBeTruthy();
  });

  it('refuses a taken date, an impossible date, a date outside the calendar and a bad kind', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    const first = await admin.post('/api/t/xuyi/calendar/local-days', {
      date: '2026-12-19',
      kind: 'working',
      name: '补班',
    });
    expect(first.status).toBe(201);
    const again = await admin.post('/api/t/xuyi/calendar/local-days', {
      date: '2026-12-19',
      kind: 'rest',
      name: '休',
    });
    expect((again.body as { error: { code: string } }).error.code).toBe('CALENDAR_DAY_TAKEN');
    for (const body of [
      { date: '2026-02-30', kind: 'rest', name: '无此日' },
      { date: '2100-01-05', kind: 'rest', name: '太远' },
      { date: '2026-12-21', kind: 'holiday', name: '种类错' },
      { date: '2026-12-21', kind: 'rest', name: '' },
    ]) {
      expect((await admin.post('/api/t/xuyi/calendar/local-days', body)).status, JSON.stringify(body)).toBe(
        400,
      );
    }
    expect((await admin.get('/api/t/xuyi/calendar/days?from=2026-01-01&to=2027-06-01')).status).toBe(400);
  });

  it('lets only the linkage office change local days', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    const { days } = (await admin.get('/api/t/xuyi/calendar/local-days')).body as { days: { id: string }[] };
    for (const username of ['xuyi-liaison', 'xuyi-staff', 'xuyi-leader']) {
      const client = await signedIn(server, username);
      const body = { date: '2026-12-23', kind: 'rest', name: '试' };
      expect((await client.post('/api/t/xuyi/calendar/local-days', body)).status).toBe(403);
      expect((await client.post(`/api/t/xuyi/calendar/local-days/${days[0]!.id}/remove`)).status).toBe(403);
    }
    const suzhouAdmin = await signedIn(server, 'suzhou-admin');
    expect((await suzhouAdmin.post(`/api/t/suzhou/calendar/local-days/${days[0]!.id}/remove`)).status).toBe(
      404,
    );
  });
});
