import type { IsoDate } from '../dates/iso-date.ts';
import type { Result } from '../errors.ts';
import type { DayKind, DayName, YearSource } from './calendar-table.ts';

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
