import { epochDayFromIso, epochDayOf } from '../dates/iso-date.ts';
import { CoreException, fail, ok, type Result } from '../errors.ts';
import {
  type CalendarNotice,
  type LocalDay,
  parseCalendarNotice,
  parseLocalDays,
} from './calendar-notice.ts';
import { type BaseTable, buildBaseTable, buildCalendarTable, type YearSource } from './calendar-table.ts';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, type Calendar } from './calendar-types.ts';
import { OFFICIAL_NOTICES } from './official-notices.ts';
import { provisionalNotice } from './provisional-year.ts';
import { TableCalendar } from './table-calendar.ts';

export {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  type Calendar,
  type CalendarCoverage,
  type DayInfo,
} from './calendar-types.ts';

/** Options for {@link createCalendar}; all parts are validated. */
export interface CalendarOptions {
  /** Imported official notices; each replaces its year (official or provisional). */
  readonly notices?: readonly CalendarNotice[];
  /** The tenant's own days off. */
  readonly localRestDays?: readonly LocalDay[];
  /** The tenant's own extra working days. */
  readonly localWorkingDays?: readonly LocalDay[];
}

const provisionalCache = new Map<number, CalendarNotice>();
// Most tenants import nothing: they share one base table built on first use.
let sharedBase: BaseTable | undefined;

function provisionalFor(year: number): CalendarNotice {
  let notice = provisionalCache.get(year);
  if (notice === undefined) {
    notice = provisionalNotice(year);
    provisionalCache.set(year, notice);
  }
  return notice;
}

function inRange(days: readonly LocalDay[], label: string): Result<true> {
  const from = epochDayOf(CALENDAR_FIRST_YEAR, 1, 1);
  const to = epochDayOf(CALENDAR_LAST_YEAR, 12, 31);
  for (const day of days) {
    const epochDay = epochDayFromIso(day.date);
    if (epochDay < from || epochDay > to) {
      return fail('CORE_INVALID_LOCAL_DAY', {
        value: `${label} ${day.date} is outside ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`,
      });
    }
  }
  return ok(true);
}

/**
 * Builds a calendar from the shipped official data, imported notices and the
 * tenant's local days. Years without an official or imported notice are
 * computed from the statutory rules and marked provisional.
 */
export function createCalendar(options: CalendarOptions = {}): Result<Calendar> {
  const notices = new Map<number, { notice: CalendarNotice; source: YearSource }>();
  for (let year = CALENDAR_FIRST_YEAR; year <= CALENDAR_LAST_YEAR; year++) {
    notices.set(year, { notice: provisionalFor(year), source: 'provisional' });
  }
  for (const notice of OFFICIAL_NOTICES) {
    if (notices.has(notice.year)) notices.set(notice.year, { notice, source: 'official' });
  }
  for (const raw of options.notices ?? []) {
    const parsed = parseCalendarNotice(raw);
    if (!parsed.ok) return parsed;
    if (parsed.value.year < CALENDAR_FIRST_YEAR || parsed.value.year > CALENDAR_LAST_YEAR) {
      return fail('CORE_INVALID_NOTICE', {
        value: `year ${parsed.value.year} is outside ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`,
      });
    }
    notices.set(parsed.value.year, { notice: parsed.value, source: 'imported' });
  }
  const rest = parseLocalDays(options.localRestDays ?? []);
  if (!rest.ok) return rest;
  const working = parseLocalDays(options.localWorkingDays ?? []);
  if (!working.ok) return working;
  for (const [days, label] of [
    [rest.value, 'localRestDays'],
    [working.value, 'localWorkingDays'],
  ] as const) {
    const checked = inRange(days, label);
    if (!checked.ok) return checked;
  }
  const restDates = new Set(rest.value.map((day) => day.date));
  const clash = working.value.find((day) => restDates.has(day.date));
  if (clash !== undefined) {
    return fail('CORE_INVALID_LOCAL_DAY', {
      value: `${clash.date} is both a local rest day and a local working day`,
    });
  }
  const imported = (options.notices ?? []).length > 0;
  const base =
    imported || sharedBase === undefined
      ? buildBaseTable(CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, notices)
      : sharedBase;
  if (!imported) sharedBase = base;
  const table = buildCalendarTable(base, rest.value, working.value);
  return ok(new TableCalendar(table));
}

let official: Calendar | undefined;

function built(): Calendar {
  if (official === undefined) {
    const result = createCalendar();
    if (!result.ok) throw new CoreException(result.error);
    official = result.value;
  }
  return official;
}

/**
 * The calendar with the shipped official data only (no imports, no local
 * days). Built on first use, so importing core (every plugin does, through
 * the SDK) does not pay for computing the provisional years.
 */
export const officialCalendar: Calendar = {
  firstDay: epochDayOf(CALENDAR_FIRST_YEAR, 1, 1),
  lastDay: epochDayOf(CALENDAR_LAST_YEAR, 12, 31),
  isWorkingDay: (date) => built().isWorkingDay(date),
  dayInfo: (date) => built().dayInfo(date),
  coverage: () => built().coverage(),
  yearSource: (year) => built().yearSource(year),
  isWorkingEpochDay: (day) => built().isWorkingEpochDay(day),
  kindOf: (day) => built().kindOf(day),
  nameOf: (day) => built().nameOf(day),
  nextWorkingOnOrAfter: (day) => built().nextWorkingOnOrAfter(day),
  nthWorkingAfter: (day, n) => built().nthWorkingAfter(day, n),
  nthWorkingBefore: (day, n) => built().nthWorkingBefore(day, n),
  workingDaysInRange: (from, to) => built().workingDaysInRange(from, to),
  yearsBetween: (from, to) => built().yearsBetween(from, to),
};
