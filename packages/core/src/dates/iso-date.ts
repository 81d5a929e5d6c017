import { fail, ok, type Result } from '../errors.ts';

/**
 * A calendar date in Asia/Shanghai as `YYYY-MM-DD`. Plain strings at the API
 * boundary keep JSON and the SDK simple; every function validates them.
 */
export type IsoDate = string;

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar. Deadlines are
 * calendar dates with no time zone, so integers avoid every Date/DST pitfall.
 */
export type EpochDay = number;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Epoch day of a civil date (Hinnant's days_from_civil; valid for any proleptic Gregorian date). */
export function epochDayOf(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A civil date split into fields. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Civil date of an epoch day (Hinnant's civil_from_days). */
export function civilOf(epochDay: EpochDay): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day };
}

/** Day of week of an epoch day: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(epochDay: EpochDay): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/**
 * Epoch day of an ISO date, or NaN when the text is not an existing
 * `YYYY-MM-DD` date. Hand-rolled because it sits on the benchmark's hot path.
 */
export function epochDayFromIso(text: string): EpochDay {
  if (typeof text !== 'string' || text.length !== 10 || text[4] !== '-' || text[7] !== '-') return Number.NaN;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN;
  return epochDayOf(year, month, day);
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

/** ISO `YYYY-MM-DD` text of an epoch day (years 1000–9999). */
export function isoFromEpochDay(epochDay: EpochDay): IsoDate {
  const { year, month, day } = civilOf(epochDay);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Validates an ISO date; the error is CORE_INVALID_DATE. */
export function parseIsoDate(text: string): Result<IsoDate> {
  return Number.isNaN(epochDayFromIso(text)) ? fail('CORE_INVALID_DATE', { value: String(text) }) : ok(text);
}

/** Whether `text` is an existing `YYYY-MM-DD` date. */
export function isIsoDate(text: unknown): text is IsoDate {
  return typeof text === 'string' && !Number.isNaN(epochDayFromIso(text));
}

/**
 * The date `months` months after the given civil date: the same day number,
 * or that month's last day when it has none (期间以月计算的到期月对应日).
 */
export function addMonths(epochDay: EpochDay, months: number): EpochDay {
  const { year, month, day } = civilOf(epochDay);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  return epochDayOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
