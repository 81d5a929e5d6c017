import { epochDayFromIso, epochDayOf, weekdayOf } from '../dates/iso-date.ts';
import type { CalendarNotice, LocalDay } from './calendar-notice.ts';

/** Where a year's holidays came from. */
export type YearSource = 'official' | 'imported' | 'provisional';

/** What a day is, in the order a clerk would check it. */
export type DayKind =
  | 'workday'
  | 'weekend'
  | 'holiday'
  | 'makeUpWorkingDay'
  | 'localRestDay'
  | 'localWorkingDay';

/** A holiday's or special day's name in both languages. */
export interface DayName {
  readonly zh: string;
  readonly en: string;
}

/** Day kinds as bytes, indexed by {@link DayKind} order, so the tables stay typed arrays. */
export const DAY_KINDS: readonly DayKind[] = [
  'workday',
  'weekend',
  'holiday',
  'makeUpWorkingDay',
  'localRestDay',
  'localWorkingDay',
];
const WEEKEND = 1;
const HOLIDAY = 2;
const MAKE_UP = 3;
const LOCAL_REST = 4;
const LOCAL_WORKING = 5;

/** Whether a day-kind byte is a working day (make-up and local working days are). */
export function isWorkingKind(kind: number): boolean {
  return kind === 0 || kind === MAKE_UP || kind === LOCAL_WORKING;
}

/**
 * The precomputed tables behind a Calendar. Prefix counts of working days
 * over epoch-day integers make "N working days after" and "working days
 * between" O(1), which is what lets the engine compute millions of due dates
 * per second.
 */
export interface CalendarTable {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Epoch day of firstYear-01-01. */
  readonly firstDay: number;
  /** Epoch day of lastYear-12-31. */
  readonly lastDay: number;
  /** Day-kind byte per day from firstDay. */
  readonly kinds: Uint8Array;
  /** workPrefix[i] = working days in [firstDay, firstDay + i). Length kinds.length + 1. */
  readonly workPrefix: Int32Array;
  /** Epoch days of all working days, ascending. */
  readonly workList: Int32Array;
  readonly names: ReadonlyMap<number, DayName>;
  readonly sources: ReadonlyMap<number, YearSource>;
}

/** The notices a table is built from, per year; the caller has validated every part. */
export type TableNotices = ReadonlyMap<
  number,
  { readonly notice: CalendarNotice; readonly source: YearSource }
>;

/** Day kinds and names from weekends and notices only: shareable by every tenant without imports. */
export interface BaseTable {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly firstDay: number;
  readonly kinds: Uint8Array;
  readonly names: ReadonlyMap<number, DayName>;
  readonly sources: ReadonlyMap<number, YearSource>;
}

function nameOf(day: LocalDay): DayName {
  return { zh: day.name, en: day.nameEn ?? day.name };
}

/** Marks weekends, then each year's holidays and make-up working days. */
export function buildBaseTable(firstYear: number, lastYear: number, notices: TableNotices): BaseTable {
  const firstDay = epochDayOf(firstYear, 1, 1);
  const length = epochDayOf(lastYear, 12, 31) - firstDay + 1;
  const kinds = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const weekday = weekdayOf(firstDay + i);
    if (weekday === 0 || weekday === 6) kinds[i] = WEEKEND;
  }
  const names = new Map<number, DayName>();
  const sources = new Map<number, YearSource>();
  for (const [year, { notice, source }] of notices) {
    sources.set(year, source);
    for (const [days, kind] of [
      [notice.holidays, HOLIDAY],
      [notice.workingDays, MAKE_UP],
    ] as const) {
      for (const day of days) {
        const epochDay = epochDayFromIso(day.date);
        kinds[epochDay - firstDay] = kind;
        names.set(epochDay, nameOf(day));
      }
    }
  }
  return { firstYear, lastYear, firstDay, kinds, names, sources };
}

/**
 * Applies a tenant's local days to a copy of a base table and builds the
 * prefix counts. Copying keeps the shared base untouched, so a tenant
 * calendar costs one pass over the days instead of a rebuild of every year.
 */
export function buildCalendarTable(
  base: BaseTable,
  localRestDays: readonly LocalDay[],
  localWorkingDays: readonly LocalDay[],
): CalendarTable {
  const { firstDay } = base;
  const length = base.kinds.length;
  const local = localRestDays.length + localWorkingDays.length > 0;
  const kinds = local ? base.kinds.slice() : base.kinds;
  const names = local ? new Map(base.names) : base.names;
  for (const [days, kind] of [
    [localRestDays, LOCAL_REST],
    [localWorkingDays, LOCAL_WORKING],
  ] as const) {
    for (const day of days) {
      const epochDay = epochDayFromIso(day.date);
      kinds[epochDay - firstDay] = kind;
      (names as Map<number, DayName>).set(epochDay, nameOf(day));
    }
  }
  const workPrefix = new Int32Array(length + 1);
  let count = 0;
  for (let i = 0; i < length; i++) {
    workPrefix[i] = count;
    if (isWorkingKind(kinds[i] ?? 0)) count++;
  }
  workPrefix[length] = count;
  const workList = new Int32Array(count);
  for (let i = 0, k = 0; i < length; i++) {
    if (isWorkingKind(kinds[i] ?? 0)) workList[k++] = firstDay + i;
  }
  return {
    firstYear: base.firstYear,
    lastYear: base.lastYear,
    firstDay,
    lastDay: firstDay + length - 1,
    kinds,
    workPrefix,
    workList,
    names,
    sources: base.sources,
  };
}
