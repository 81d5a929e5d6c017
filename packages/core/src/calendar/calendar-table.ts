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

/** What a table is built from; the caller has validated every part. */
export interface TableInput {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly notices: ReadonlyMap<number, { readonly notice: CalendarNotice; readonly source: YearSource }>;
  readonly localRestDays: readonly LocalDay[];
  readonly localWorkingDays: readonly LocalDay[];
}

function nameOf(day: LocalDay): DayName {
  return { zh: day.name, en: day.nameEn ?? day.name };
}

/** Builds the typed-array tables: weekends first, then each year's notice, then the tenant's local days. */
export function buildCalendarTable(input: TableInput): CalendarTable {
  const firstDay = epochDayOf(input.firstYear, 1, 1);
  const lastDay = epochDayOf(input.lastYear, 12, 31);
  const length = lastDay - firstDay + 1;
  const kinds = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const weekday = weekdayOf(firstDay + i);
    if (weekday === 0 || weekday === 6) kinds[i] = WEEKEND;
  }
  const names = new Map<number, DayName>();
  const sources = new Map<number, YearSource>();
  const mark = (day: LocalDay, kind: number): void => {
    const epochDay = epochDayFromIso(day.date);
    kinds[epochDay - firstDay] = kind;
    names.set(epochDay, nameOf(day));
  };
  for (const [year, { notice, source }] of input.notices) {
    sources.set(year, source);
    for (const day of notice.holidays) mark(day, HOLIDAY);
    for (const day of notice.workingDays) mark(day, MAKE_UP);
  }
  for (const day of input.localRestDays) mark(day, LOCAL_REST);
  for (const day of input.localWorkingDays) mark(day, LOCAL_WORKING);

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
    firstYear: input.firstYear,
    lastYear: input.lastYear,
    firstDay,
    lastDay,
    kinds,
    workPrefix,
    workList,
    names,
    sources,
  };
}
