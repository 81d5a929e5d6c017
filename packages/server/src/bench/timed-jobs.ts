import { createOrm } from '../db/orm.ts';
import { inPlatform, inTenant } from '../db/tenant-transaction.ts';
import { calendarForTenant } from '../modules/calendar/calendar-for-tenant.ts';
import { scheduleYear } from '../modules/meetings/meeting-schedule.service.ts';
import type { PluginRegistry } from '../modules/plugins/plugin-registry.ts';
import { runDueWork } from '../modules/scheduler/due-work.ts';
import { tenantsWithWork } from '../modules/scheduler/due-work-finder.ts';
import { Tenant } from '../modules/tenancy/tenant.entity.ts';

export interface SweepFigures {
  /** The first sweep on generated data: it fires every past alarm and tells every light once. */
  readonly catchUpSeconds: number;
  /** The same instant's sweep again (the cron runs every five minutes): the finder query and nothing else. */
  readonly dailySeconds: number;
  readonly tenants: number;
  /** All tenants were swept, or a sample of them (the visits scale with the tenants that have work). */
  readonly sampled: boolean;
  readonly dailySecondsPerTenant: number;
  /** The cross-tenant finder alone over every tenant of the data set, in milliseconds. */
  readonly finderAllMs: number;
  /** The next seven days' sweeps (06:00) over the same tenants, averaged: what a day of new work costs. */
  readonly nextDaySeconds: number;
  /** How many of those tenants had work on such a day (and were visited), averaged. */
  readonly nextDayVisited: number;
  /** The most tenants visited on one of those days, and that day's seconds. */
  readonly busiestDayVisited: number;
  readonly busiestDaySeconds: number;
  readonly alarmsFired: number;
  readonly notifications: number;
  readonly errors: number;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

/**
 * The scheduler's work as pg-boss runs it (`runDueWork`) through the app role at 06:00
 * Beijing time on the bench's today: first a catch-up on the generated data, then the
 * same instant again (what each five-minute cron run costs when nothing new is due),
 * the finder alone over every tenant, and the runs of the next seven days. `only` limits the visits
 * to some tenants (a sample); the finder always looks at all of them.
 */
export async function timeSweep(
  appUrl: string,
  today: string,
  only?: readonly string[],
): Promise<SweepFigures> {
  const orm = await createOrm({ url: appUrl, poolMax: 4 });
  const post = async () => ({ status: 204 });
  const deps = { orm, post, ...(only ? { only } : {}) };
  try {
    let started = performance.now();
    const first = await runDueWork(deps, beijingSixAm(today, 0));
    const catchUpSeconds = seconds(started);
    started = performance.now();
    const report = await runDueWork(deps, beijingSixAm(today, 0));
    const dailySeconds = seconds(started);
    started = performance.now();
    await inPlatform(orm, (em) => tenantsWithWork(em, beijingSixAm(today, 0)));
    const finderAllMs = Math.round(performance.now() - started);
    const days: { seconds: number; visited: number; fired: number; notified: number; errors: number }[] = [];
    for (let offset = 1; offset <= 7; offset++) {
      started = performance.now();
      const day = await runDueWork(deps, beijingSixAm(today, offset));
      days.push({
        seconds: seconds(started),
        visited: day.tenants,
        fired: day.alarmsFired,
        notified: day.notifications,
        errors: day.errors.length,
      });
    }
    const sum = (pick: (day: (typeof days)[number]) => number) =>
      days.reduce((total, day) => total + pick(day), 0);
    const busiest = days.reduce((most, day) => (day.visited > most.visited ? day : most), days[0]!);
    const tenants = only?.length ?? first.tenants;
    return {
      catchUpSeconds,
      dailySeconds,
      tenants,
      sampled: only !== undefined,
      dailySecondsPerTenant: Math.round((dailySeconds / Math.max(1, tenants)) * 10000) / 10000,
      finderAllMs,
      nextDaySeconds: Math.round((sum((day) => day.seconds) / days.length) * 100) / 100,
      nextDayVisited: Math.round((sum((day) => day.visited) / days.length) * 10) / 10,
      busiestDayVisited: busiest.visited,
      busiestDaySeconds: busiest.seconds,
      alarmsFired: first.alarmsFired + report.alarmsFired + sum((day) => day.fired),
      notifications: first.notifications + report.notifications + sum((day) => day.notified),
      errors: first.errors.length + report.errors.length + sum((day) => day.errors),
    };
  } finally {
    await orm.close(true);
  }
}

/** 06:00 in Beijing on `day` plus `offsetDays`: 22:00 UTC the evening before. */
function beijingSixAm(day: string, offsetDays: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + offsetDays * 86_400_000 - 2 * 3600_000);
}

/** Expanding next year's meeting cadences for every tenant (what the office does once a year), timed. */
export async function timeCadences(
  appUrl: string,
  year: number,
): Promise<{ seconds: number; tenants: number; meetings: number }> {
  const orm = await createOrm({ url: appUrl, poolMax: 4 });
  try {
    const started = performance.now();
    const tenants = await inPlatform(orm, (em) =>
      em.find(Tenant, { status: 'active' }, { orderBy: { code: 'asc' } }),
    );
    let meetings = 0;
    for (const tenant of tenants) {
      const created = await inTenant(orm, tenant.id, async (em) =>
        scheduleYear(em, tenant.id, year, await calendarForTenant(em, tenant.id), new Date()),
      );
      meetings += created.length;
    }
    return { seconds: seconds(started), tenants: tenants.length, meetings };
  } finally {
    await orm.close(true);
  }
}

/** Onboarding through the API as an operator, one tenant after another; per-tenant times in ms. */
export async function timeOnboarding(
  baseUrl: string,
  operatorToken: string,
  plugins: PluginRegistry,
  count: number,
): Promise<{ count: number; totalSeconds: number; perTenantMs: number[]; failures: number }> {
  const perTenantMs: number[] = [];
  const ids = plugins.list().map((plugin) => plugin.manifest);
  const stamp = Date.now().toString(36);
  let failures = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const manifest = ids[i % ids.length];
    if (!manifest) break;
    const code = `onb-${stamp}-${i}`;
    const begin = performance.now();
    const response = await fetch(`${baseUrl}/api/platform/tenants`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operatorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        code,
        name: `新辖区${i}`,
        pluginId: manifest.id,
        ...(manifest.jurisdiction.divisionCode ? {} : { divisionCode: '341324' }),
        admin: { username: `${code}-admin`, password: 'onboarding-bench-password' },
      }),
    });
    await response.text();
    perTenantMs.push(performance.now() - begin);
    if (response.status >= 300) failures += 1;
  }
  return { count, totalSeconds: seconds(started), perTenantMs, failures };
}
