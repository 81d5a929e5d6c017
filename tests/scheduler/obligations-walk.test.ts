import { ManualClock, runDueWork } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

// Midnight of 1 January 2026 in Shanghai.
const clock = new ManualClock('2025-12-31T16:00:00Z');
let server: TestServer;
let admin: ApiClient;
let marketPassword = '';

interface Instance {
  obligationKey: string;
  matterId: string | null;
  unitId: string;
  periodStart: string;
  opensOn: string;
  dueDate: string | null;
  createdAt: string;
}

const FIVE_SECTORS = [
  'marketRegulation',
  'ecoEnvironment',
  'naturalResources',
  'socialSecurity',
  'urbanRuralConstruction',
];

beforeAll(async () => {
  server = await startTestServer({ clock });
  admin = await signedIn(server, 'xuyi-admin');
});
afterAll(() => server.close());

function shanghaiDay(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

describe('periodic obligations through 2026 on a ManualClock', () => {
  it('opens Xuyi’s monthly reports for the five key sectors on the right days, each once', async () => {
    const { units } = (await admin.get('/api/t/xuyi/units')).body as { units: { id: string; key: string }[] };
    const sectorIds = new Map(units.filter((u) => FIVE_SECTORS.includes(u.key)).map((u) => [u.id, u.key]));
    expect(sectorIds.size).toBe(5);
    const market = units.find((u) => u.key === 'marketRegulation')!;
    const invited = await admin.post('/api/t/xuyi/members', {
      username: 'xuyi-market',
      displayName: '市场监管局联络员',
      unitId: market.id,
      role: 'liaison',
    });
    marketPassword = (invited.body as { initialPassword: string }).initialPassword;

    // Every day of the year at 09:00 Beijing time, the way the cron would.
    for (let day = 0; day < 365; day++) {
      clock.set(new Date(Date.UTC(2026, 0, 1 + day, 1, 0, 0)));
      const report = await runDueWork({ orm: server.orm, only: ['xuyi', 'suzhou'] }, clock.now());
      expect(report.errors).toEqual([]);
    }
    // A pass over every tenant catches the others up; a second one changes nothing.
    expect((await runDueWork({ orm: server.orm }, clock.now())).obligationsOpened).toBeGreaterThan(0);
    expect((await runDueWork({ orm: server.orm }, clock.now())).obligationsOpened).toBe(0);
    // The year has passed for the access token too.
    admin = await signedIn(server, 'xuyi-admin');

    const all: Instance[] = [];
    for (const year of [2025, 2026]) {
      const response = await admin.get(`/api/t/xuyi/obligations/instances?year=${year}`);
      all.push(...(response.body as { instances: Instance[] }).instances);
    }
    const monthly = all.filter((instance) => instance.obligationKey === 'monthlyCaseReport');
    // December 2025 (opened 1 January) to November 2026 (opened 1 December): 12 periods × 5 units.
    expect(monthly).toHaveLength(60);
    expect(new Set(monthly.map((instance) => instance.unitId))).toEqual(new Set(sectorIds.keys()));
    for (const instance of monthly) {
      // Created on the very day it opens: the day after its month ends.
      expect(shanghaiDay(instance.createdAt)).toBe(instance.opensOn);
      expect(instance.opensOn.slice(8)).toBe('01');
      expect(instance.dueDate! >= `${instance.opensOn.slice(0, 8)}05`).toBe(true);
    }
    const dueOf = (periodStart: string) => monthly.find((i) => i.periodStart === periodStart)?.dueDate;
    expect(dueOf('2025-12-01')).toBe('2026-01-05'); // a Monday
    expect(dueOf('2026-02-01')).toBe('2026-03-05'); // a Thursday
    expect(dueOf('2026-03-01')).toBe('2026-04-07'); // 5 April is inside the Qingming holiday
    expect(dueOf('2026-09-01')! > '2026-10-07').toBe(true); // the National Day holiday

    // Each report is a draft matter of the reporting unit, its clock due on the instance's due date.
    const march = monthly.find(
      (i) => i.periodStart === '2026-03-01' && sectorIds.get(i.unitId) === 'marketRegulation',
    )!;
    const matter = (await admin.get(`/api/t/xuyi/matters/${march.matterId}`)).body as {
      state: string;
      fromUnit: { key: string };
      dueOn: string;
      to: { unit: { key: string } }[];
      copyTo: { unit: { key: string } }[];
    };
    expect(matter).toMatchObject({
      state: 'draft',
      fromUnit: { key: 'marketRegulation' },
      dueOn: '2026-04-07',
    });
    expect(matter.to.map((party) => party.unit.key)).toEqual(['justiceBureau']);
    expect(matter.copyTo.map((party) => party.unit.key)).toEqual(['procuratorate']);
    // Reviews with no due rule stay on the schedule without a matter.
    expect(
      all.filter((i) => i.obligationKey === 'quarterlyCaseReview').every((i) => i.matterId === null),
    ).toBe(true);

    // The schedule the office can preview says the same.
    const planned = (await admin.get('/api/t/xuyi/obligations/schedule?year=2026')).body as {
      planned: { obligationKey: string; periodStart: string; dueDate: string | null }[];
    };
    const plannedMarch = planned.planned.find(
      (p) => p.obligationKey === 'monthlyCaseReport' && p.periodStart === '2026-03-01',
    );
    expect(plannedMarch?.dueDate).toBe('2026-04-07');

    // Quarterly reviews without a due rule open on the quarter's first day, one per unit; the led evaluation once.
    const reviews = all.filter((instance) => instance.obligationKey === 'quarterlyCaseReview');
    expect(reviews.map((instance) => instance.opensOn).sort()).toEqual([
      '2026-01-01',
      '2026-01-01',
      '2026-04-01',
      '2026-04-01',
      '2026-07-01',
      '2026-07-01',
      '2026-10-01',
      '2026-10-01',
    ]);
    const evaluations = all.filter(
      (instance) => instance.obligationKey === 'enterpriseEnforcementEvaluation',
    );
    expect(evaluations).toHaveLength(4);
  }, 240_000);

  it('tells the people of the responsible unit, once per instance', async () => {
    const liaison = await signedIn(server, 'xuyi-market', marketPassword);
    const me = (await liaison.get('/api/t/xuyi')).body as { me: { unitId: string } };
    const { notifications } = (await liaison.get('/api/t/xuyi/notifications?limit=200')).body as {
      notifications: {
        kind: string;
        subject: { unitId: string; obligationKey: string; obligationInstanceId: string };
      }[];
    };
    const opened = notifications.filter((n) => n.kind === 'obligation.opened');
    expect(opened.filter((n) => n.subject.obligationKey === 'monthlyCaseReport')).toHaveLength(12);
    // The reporting unit submits its report like any matter it drafted.
    const { matterId } = opened[0]!.subject as unknown as { matterId: string };
    const draft = (await liaison.get(`/api/t/xuyi/matters/${matterId}`)).body as {
      id: string;
      version: number;
    };
    const sent = await liaison.post(`/api/t/xuyi/matters/${matterId}/actions/submit`, {
      version: draft.version,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(opened.every((n) => n.subject.unitId === me.me.unitId)).toBe(true);
    expect(new Set(opened.map((n) => n.subject.obligationInstanceId)).size).toBe(opened.length);
    // Someone of another unit hears nothing of it.
    const other = await signedIn(server, 'xuyi-leader');
    const theirs = (await other.get('/api/t/xuyi/notifications')).body as { notifications: unknown[] };
    expect(theirs.notifications).toEqual([]);
  });

  it('keeps instances to their tenant', async () => {
    const suzhou = await signedIn(server, 'suzhou-admin');
    const { instances } = (await suzhou.get('/api/t/suzhou/obligations/instances?year=2026')).body as {
      instances: Instance[];
    };
    expect(instances.some((instance) => instance.obligationKey === 'monthlyCaseReport')).toBe(false);
    expect((await suzhou.get('/api/t/xuyi/obligations/instances?year=2026')).status).toBe(404);
    expect((await admin.get('/api/t/xuyi/obligations/instances?year=1999')).status).toBe(400);
  });
});
