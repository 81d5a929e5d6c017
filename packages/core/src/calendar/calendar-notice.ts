import { epochDayFromIso, type IsoDate, weekdayOf } from '../dates/iso-date.ts';
import { fail, ok, type Result } from '../errors.ts';

/** One day named in a holiday notice or a tenant's local list. */
export interface NoticeDay {
  readonly date: IsoDate;
  /** Chinese name, e.g. "国庆节". */
  readonly name: string;
  /** English name, e.g. "National Day"; the UI falls back to `name`. */
  readonly nameEn?: string;
}

/**
 * The import format for one year's official notice (国务院办公厅关于某年部分节假日安排的通知).
 * `holidays` lists every day off the notice announces (including weekends inside
 * a holiday block); `workingDays` lists the make-up working days (调休上班日).
 * Importing a notice replaces that year wholesale, whatever its previous source.
 */
export interface CalendarNotice {
  readonly year: number;
  /** Where it came from, e.g. "国办发明电〔2025〕7号"; kept for the audit trail. */
  readonly source?: string;
  readonly holidays: readonly NoticeDay[];
  readonly workingDays: readonly NoticeDay[];
}

/** A tenant's own day off (e.g. a local festival) or extra working day. */
export type LocalDay = NoticeDay;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseDays(raw: unknown, label: string, year: number | undefined): Result<NoticeDay[]> {
  if (!Array.isArray(raw)) return fail('CORE_INVALID_NOTICE', { value: `${label} must be an array` });
  const days: NoticeDay[] = [];
  for (const [index, entry] of raw.entries()) {
    const where = `${label}[${index}]`;
    if (!isRecord(entry)) return fail('CORE_INVALID_NOTICE', { value: `${where} must be an object` });
    const { date, name, nameEn } = entry;
    if (typeof date !== 'string' || Number.isNaN(epochDayFromIso(date))) {
      return fail('CORE_INVALID_NOTICE', { value: `${where}.date ${String(date)} is not a YYYY-MM-DD date` });
    }
    if (year !== undefined && Number(date.slice(0, 4)) !== year) {
      return fail('CORE_INVALID_NOTICE', { value: `${where}.date ${date} is not in ${year}` });
    }
    if (typeof name !== 'string' || name.trim() === '') {
      return fail('CORE_INVALID_NOTICE', { value: `${where}.name must be a non-empty string` });
    }
    if (nameEn !== undefined && typeof nameEn !== 'string') {
      return fail('CORE_INVALID_NOTICE', { value: `${where}.nameEn must be a string` });
    }
    days.push(nameEn === undefined ? { date, name } : { date, name, nameEn });
  }
  return ok(days);
}

function firstDuplicate(days: readonly NoticeDay[]): string | undefined {
  const seen = new Set<string>();
  for (const day of days) {
    if (seen.has(day.date)) return day.date;
    seen.add(day.date);
  }
  return undefined;
}

/**
 * Validates an imported notice (parsed JSON of unknown shape). Rejects dates
 * outside the year, duplicates, a day both off and working, and make-up
 * working days on weekdays (a weekday is a working day already, so such an
 * entry is a typo that would otherwise go unnoticed).
 */
export function parseCalendarNotice(raw: unknown): Result<CalendarNotice> {
  if (!isRecord(raw)) return fail('CORE_INVALID_NOTICE', { value: 'a notice must be an object' });
  const { year, source } = raw;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2999) {
    return fail('CORE_INVALID_NOTICE', { value: `year ${String(year)} must be an integer year` });
  }
  if (source !== undefined && typeof source !== 'string') {
    return fail('CORE_INVALID_NOTICE', { value: 'source must be a string' });
  }
  const holidays = parseDays(raw.holidays, 'holidays', year);
  if (!holidays.ok) return holidays;
  const workingDays = parseDays(raw.workingDays, 'workingDays', year);
  if (!workingDays.ok) return workingDays;
  const duplicate = firstDuplicate([...holidays.value, ...workingDays.value]);
  if (duplicate !== undefined) {
    return fail('CORE_INVALID_NOTICE', { value: `${duplicate} is listed twice` });
  }
  for (const day of workingDays.value) {
    const weekday = weekdayOf(epochDayFromIso(day.date));
    if (weekday !== 0 && weekday !== 6) {
      return fail('CORE_INVALID_NOTICE', {
        value: `make-up working day ${day.date} is not a Saturday or Sunday`,
      });
    }
  }
  const notice: CalendarNotice = { year, holidays: holidays.value, workingDays: workingDays.value };
  return ok(source === undefined ? notice : { ...notice, source });
}

/** Validates a tenant's list of local rest or working days (parsed JSON of unknown shape). */
export function parseLocalDays(raw: unknown): Result<LocalDay[]> {
  const days = parseDays(raw, 'localDays', undefined);
  if (!days.ok) return fail('CORE_INVALID_LOCAL_DAY', { value: days.error.params.value ?? '' });
  const duplicate = firstDuplicate(days.value);
  if (duplicate !== undefined)
    return fail('CORE_INVALID_LOCAL_DAY', { value: `${duplicate} is listed twice` });
  return days;
}
