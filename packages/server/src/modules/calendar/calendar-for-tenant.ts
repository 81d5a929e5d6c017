import {
  type Calendar,
  type CalendarNotice,
  type CoreError,
  createCalendar,
  type LocalDay,
  officialCalendar,
} from '@liandong/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { inPlatform, inTenant } from '../../db/tenant-transaction.ts';
import { AppError, type ErrorCode } from '../../errors.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { CalendarNoticeRecord } from './calendar-notice.entity.ts';
import { LocalDayRecord } from './local-day.entity.ts';

interface Cached {
  readonly stamp: string;
  readonly calendar: Calendar;
}

// Keyed by tenant; each entry remembers the stamp of the rows it was built from.
const cache = new Map<string, Cached>();

/**
 * One cheap query that changes whenever an imported notice or one of the
 * tenant's local days changes (rows are only added or marked removed, so the
 * counts and the sum of versions move even when two changes share an instant). Checking it on every call keeps several server
 * instances right without telling each other: one imports, all see it.
 */
async function stampOf(em: EntityManager): Promise<string> {
  const rows = await em.execute<{ notices: string | null; locals: string | null }[]>(
    `select
       (select string_agg(year || ':' || version, ',' order by year) from calendar_notice) as notices,
       (select count(*) || ':' || count(removed_at) || ':' || coalesce(sum(version), 0) || ':' ||
               coalesce(max(greatest(created_at, coalesce(removed_at, created_at)))::text, '')
          from calendar_local_day) as locals`,
  );
  const row = rows[0];
  return `${row?.notices ?? ''}|${row?.locals ?? ''}`;
}

/** Turns a core calendar error into the API's coded error, keeping core's exact wording. */
export function calendarError(code: ErrorCode, error: CoreError, path: string): AppError {
  return new AppError(code, { message: error.en, fields: [{ path, message: error.en }] });
}

/** Builds a calendar from notices and local days; throws the coded API error when they do not fit. */
export function buildCalendar(
  notices: readonly CalendarNotice[],
  rest: readonly LocalDay[],
  working: readonly LocalDay[],
): Calendar {
  if (notices.length === 0 && rest.length === 0 && working.length === 0) return officialCalendar;
  const built = createCalendar({ notices, localRestDays: rest, localWorkingDays: working });
  if (!built.ok) throw calendarError('CALENDAR_INVALID_LOCAL_DAY', built.error, 'body');
  return built.value;
}

/**
 * The calendar a tenant's deadlines are counted on: the shipped official
 * years, every imported notice, and the tenant's own local days. `em` must be
 * bound to the tenant (inTenant), so row-level security shows its days only.
 * Cached per tenant and rebuilt when the stamp moves.
 */
export async function calendarForTenant(em: EntityManager, tenantId: string): Promise<Calendar> {
  const stamp = await stampOf(em);
  const cached = cache.get(tenantId);
  if (cached?.stamp === stamp) return cached.calendar;
  const notices = await em.find(CalendarNoticeRecord, {}, { orderBy: { year: 'asc' } });
  const days = await em.find(LocalDayRecord, { removedAt: null }, { orderBy: { date: 'asc' } });
  const asDay = (day: { date: string; name: string }): LocalDay => ({ date: day.date, name: day.name });
  const calendar =
    days.length === 0
      ? sharedNoticesCalendar(stamp.split('|')[0] ?? '', notices)
      : buildCalendar(
          notices.map((record) => record.notice),
          days.filter((day) => day.kind === 'rest').map(asDay),
          days.filter((day) => day.kind === 'working').map(asDay),
        );
  cache.set(tenantId, { stamp, calendar });
  return calendar;
}

// A calendar with imported notices is ~140 KB of day tables: tenants without local days
// (most of them) share one per set of notices instead of holding 3,000 copies.
let shared: Cached | undefined;

function sharedNoticesCalendar(
  noticesStamp: string,
  notices: readonly { notice: CalendarNotice }[],
): Calendar {
  if (shared?.stamp !== noticesStamp) {
    shared = {
      stamp: noticesStamp,
      calendar: buildCalendar(
        notices.map((record) => record.notice),
        [],
        [],
      ),
    };
  }
  return shared.calendar;
}

// Imported notices without any tenant's local days: the best answer for a tenant not loaded yet.
let noticesOnly: Calendar = officialCalendar;

/**
 * The calendar last built for a tenant in this process, for synchronous
 * callers (the lights of lists and views). It is as fresh as the last
 * `calendarForTenant` for that tenant here: start-up, notice imports and
 * local-day changes made through this process (their recount reads it), and
 * every matter write (writes check the stamp). A local day changed through another server instance
 * reaches this one's lights with the tenant's next write here; due dates are
 * never counted on it.
 */
export function lastKnownCalendar(tenantId: string): Calendar {
  return cache.get(tenantId)?.calendar ?? noticesOnly;
}

/** Rebuilds the calendar of tenants not loaded yet (imported notices, no local days). */
export async function refreshNoticesOnly(orm: MikroORM): Promise<void> {
  const notices = await inPlatform(orm, (em) =>
    em.find(CalendarNoticeRecord, {}, { orderBy: { year: 'asc' } }),
  );
  noticesOnly = buildCalendar(
    notices.map((record) => record.notice),
    [],
    [],
  );
}

/** Rebuilds every tenant's calendar in this process (at start). */
export async function warmCalendars(orm: MikroORM): Promise<void> {
  await refreshNoticesOnly(orm);
  const tenants = await inPlatform(orm, (em) => em.find(Tenant, { status: 'active' }));
  for (const tenant of tenants) {
    await inTenant(orm, tenant.id, (em) => calendarForTenant(em, tenant.id));
  }
}
