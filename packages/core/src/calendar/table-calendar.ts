import { civilOf, epochDayFromIso, type IsoDate, isoFromEpochDay } from '../dates/iso-date.ts';
import { CoreException, fail, ok, type Result } from '../errors.ts';
import {
  type CalendarTable,
  DAY_KINDS,
  type DayKind,
  type DayName,
  isWorkingKind,
  type YearSource,
} from './calendar-table.ts';
import type { Calendar, CalendarCoverage, DayInfo } from './calendar-types.ts';

/** A Calendar answering from precomputed tables (see calendar-table.ts). */
export class TableCalendar implements Calendar {
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
