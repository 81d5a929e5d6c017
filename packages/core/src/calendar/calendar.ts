import { civilOf, epochDayFromIso, epochDayOf, type IsoDate, isoFromEpochDay } from '../dates/iso-date.ts';
import { CoreException, coreError, fail, ok, type Result } from '../errors.ts';
import {
  type CalendarNotice,
  type LocalDay,
  parseCalendarNotice,
  parseLocalDays,
} from './calendar-notice.ts';
import {
  type BaseTable,
  buildBaseTable,
  buildCalendarTable,
  type CalendarTable,
  DAY_KINDS,
  type DayKind,
  type DayName,
  isWorkingKind,
  type YearSource,
} from './calendar-table.ts';
import { OFFICIAL_NOTICES } from './official-notices.ts';
import { provisionalNotice } from './provisional-year.ts';

/** First year any calendar covers: chinese-days' official data starts here. */
export const CALENDAR_FIRST_YEAR = 2004;
/** Last year any calendar covers; years after the official data are provisional up to here. */
export const CALENDAR_LAST_YEAR = 2099;

/** Everything known about one day. */
export interface DayInfo {
  readonly date: IsoDate;
  readonly kind: DayKind;
  readonly working: boolean;
  /** Holiday, make-up or local day name, when the day has one. */
  readonly name?: DayName;
  readonly yearSource: YearSource;
  /** True when the day's year has no official or imported notice yet. */
  readonly provisional: boolean;
}

/** Which years a calendar knows and how. */
export interface CalendarCoverage {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Years from the shipped official data that no import replaced. */
  readonly officialYears: readonly number[];
  /** Years whose notice an operator imported. */
  readonly importedYears: readonly number[];
  /** Years computed from the statutory rules alone: every date in them may move. */
  readonly provisionalYears: readonly number[];
}

/**
 * The working-day calendar the engine counts with. The ISO methods are for
 * callers; the epoch-day methods are the engine's O(1) hot path (they return
 * NaN outside the covered range instead of failing, so callers check once).
 */
export interface Calendar {
  /** Throws CoreException (CORE_INVALID_DATE / CORE_DATE_OUT_OF_RANGE) for bad input. */
  isWorkingDay(date: IsoDate): boolean;
  dayInfo(date: IsoDate): Result<DayInfo>;
  coverage(): CalendarCoverage;
  yearSource(year: number): YearSource | undefined;
  readonly firstDay: number;
  readonly lastDay: number;
  isWorkingEpochDay(epochDay: number): boolean;
  kindOf(epochDay: number): DayKind;
  nameOf(epochDay: number): DayName | undefined;
  /** The first working day on or after `epochDay`. */
  nextWorkingOnOrAfter(epochDay: number): number;
  /** The n-th working day after `epochDay` (n ≥ 1; `epochDay` itself never counts). */
  nthWorkingAfter(epochDay: number, n: number): number;
  /** The n-th working day before `epochDay` (n ≥ 1; `epochDay` itself never counts). */
  nthWorkingBefore(epochDay: number, n: number): number;
  /** Working days d with from ≤ d < to. */
  workingDaysInRange(from: number, to: number): number;
  /** Years from the one holding `from` to the one holding `to`, with their sources. */
  yearsBetween(from: number, to: number): readonly { readonly year: number; readonly source: YearSource }[];
}

class TableCalendar implements Calendar {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly #table: CalendarTable;

  constructor(table: CalendarTable) {
    this.#table = table;
    this.firstDay = table.firstDay;
    this.lastDay = table.lastDay;
  }

  #checked(date: IsoDate): Result<number> {
    const day = epochDayFromIso(date);
    if (Number.isNaN(day)) return fail('CORE_INVALID_DATE', { value: String(date) });
    if (day < this.firstDay || day > this.lastDay) {
      return fail('CORE_DATE_OUT_OF_RANGE', {
        value: date,
        from: isoFromEpochDay(this.firstDay),
        to: isoFromEpochDay(this.lastDay),
      });
    }
    return ok(day);
  }

  isWorkingDay(date: IsoDate): boolean {
    const day = this.#checked(date);
    if (!day.ok) throw new CoreException(day.error);
    return this.isWorkingEpochDay(day.value);
  }

  dayInfo(date: IsoDate): Result<DayInfo> {
    const day = this.#checked(date);
    if (!day.ok) return day;
    const yearSource = this.#table.sources.get(civilOf(day.value).year) ?? 'provisional';
    const name = this.nameOf(day.value);
    const info: DayInfo = {
      date,
      kind: this.kindOf(day.value),
      working: this.isWorkingEpochDay(day.value),
      yearSource,
      provisional: yearSource === 'provisional',
    };
    return ok(name === undefined ? info : { ...info, name });
  }

  coverage(): CalendarCoverage {
    const bySource = (source: YearSource): number[] =>
      [...this.#table.sources.entries()]
        .filter(([, s]) => s === source)
        .map(([year]) => year)
        .sort((a, b) => a - b);
    return {
      firstYear: this.#table.firstYear,
      lastYear: this.#table.lastYear,
      officialYears: bySource('official'),
      importedYears: bySource('imported'),
      provisionalYears: bySource('provisional'),
    };
  }

  yearSource(year: number): YearSource | undefined {
    return this.#table.sources.get(year);
  }

  isWorkingEpochDay(epochDay: number): boolean {
    return isWorkingKind(this.#table.kinds[epochDay - this.firstDay] ?? -1);
  }

  kindOf(epochDay: number): DayKind {
    return DAY_KINDS[this.#table.kinds[epochDay - this.firstDay] ?? 0] ?? 'workday';
  }

  nameOf(epochDay: number): DayName | undefined {
    return this.#table.names.get(epochDay);
  }

  nextWorkingOnOrAfter(epochDay: number): number {
    if (epochDay < this.firstDay || epochDay > this.lastDay) return Number.NaN;
    return this.#table.workList[this.#table.workPrefix[epochDay - this.firstDay] ?? 0] ?? Number.NaN;
  }

  nthWorkingAfter(epochDay: number, n: number): number {
    if (epochDay < this.firstDay || epochDay > this.lastDay) return Number.NaN;
    const index = (this.#table.workPrefix[epochDay - this.firstDay + 1] ?? 0) + n - 1;
    return this.#table.workList[index] ?? Number.NaN;
  }

  nthWorkingBefore(epochDay: number, n: number): number {
    if (epochDay < this.firstDay || epochDay > this.lastDay) return Number.NaN;
    const index = (this.#table.workPrefix[epochDay - this.firstDay] ?? 0) - n;
    return index < 0 ? Number.NaN : (this.#table.workList[index] ?? Number.NaN);
  }

  workingDaysInRange(from: number, to: number): number {
    const prefix = this.#table.workPrefix;
    const clamp = (day: number): number =>
      Math.min(Math.max(day, this.firstDay), this.lastDay + 1) - this.firstDay;
    return Math.max(0, (prefix[clamp(to)] ?? 0) - (prefix[clamp(from)] ?? 0));
  }

  yearsBetween(from: number, to: number): readonly { readonly year: number; readonly source: YearSource }[] {
    const years: { year: number; source: YearSource }[] = [];
    const last = civilOf(Math.max(from, to)).year;
    for (let year = civilOf(Math.min(from, to)).year; year <= last; year++) {
      years.push({ year, source: this.#table.sources.get(year) ?? 'provisional' });
    }
    return years;
  }
}

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

function buildOfficialCalendar(): Calendar {
  const built = createCalendar();
  if (!built.ok) throw new CoreException(coreError(built.error.code, built.error.params));
  return built.value;
}

/** The calendar with the shipped official data only (no imports, no local days). */
export const officialCalendar: Calendar = buildOfficialCalendar();
