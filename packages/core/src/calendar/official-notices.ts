import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarNotice, NoticeDay } from './calendar-notice.ts';

/**
 * chinese-days stores each day as "English name,中文名,group". Its own
 * `isWorkday` silently treats an unlisted year as Monday–Friday, so core reads
 * only this raw per-day data and decides itself which years it covers.
 */
type RawDays = Readonly<Record<string, string>>;

function toNoticeDay(date: string, raw: string): NoticeDay {
  const [nameEn = '', name = nameEn] = raw.split(',');
  return { date, name, nameEn };
}

function groupByYear(
  days: RawDays,
  into: Map<number, { holidays: NoticeDay[]; workingDays: NoticeDay[] }>,
  key: 'holidays' | 'workingDays',
): void {
  for (const [date, raw] of Object.entries(days)) {
    const year = Number(date.slice(0, 4));
    let entry = into.get(year);
    if (entry === undefined) {
      entry = { holidays: [], workingDays: [] };
      into.set(year, entry);
    }
    entry[key].push(toNoticeDay(date, raw));
  }
}

function buildOfficialNotices(): readonly CalendarNotice[] {
  const byYear = new Map<number, { holidays: NoticeDay[]; workingDays: NoticeDay[] }>();
  groupByYear(chineseDays.holidays as RawDays, byYear, 'holidays');
  groupByYear(chineseDays.workdays as RawDays, byYear, 'workingDays');
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, days]) => ({ year, source: 'chinese-days@1.5.7', ...days }));
}

/**
 * The official notices shipped with the chinese-days package (1.5.7: 2004–2026),
 * one per year. A year is covered only if the package lists its holidays.
 */
export const OFFICIAL_NOTICES: readonly CalendarNotice[] = buildOfficialNotices();

/** The years the shipped official data covers, ascending. */
export const OFFICIAL_YEARS: readonly number[] = OFFICIAL_NOTICES.map((notice) => notice.year);
