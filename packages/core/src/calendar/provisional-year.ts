import { Lunar } from 'lunar-typescript';
import { epochDayFromIso, epochDayOf, isoFromEpochDay, weekdayOf } from '../dates/iso-date.ts';
import type { CalendarNotice, NoticeDay } from './calendar-notice.ts';

interface HolidayBlock {
  readonly name: string;
  readonly nameEn: string;
  readonly days: readonly number[];
}

function consecutive(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

function solarEpochDay(solar: { getYear(): number; getMonth(): number; getDay(): number }): number {
  return epochDayOf(solar.getYear(), solar.getMonth(), solar.getDay());
}

/** The statutory holidays 全国年节及纪念日放假办法 (revised 2024, in force from 2025) fixes for `year`. */
function statutoryBlocks(year: number): HolidayBlock[] {
  const springFestival = solarEpochDay(Lunar.fromYmd(year, 1, 1).getSolar());
  const qingming = Lunar.fromYmd(year, 1, 1).getJieQiTable().清明;
  const blocks: HolidayBlock[] = [
    { name: '元旦', nameEn: "New Year's Day", days: [epochDayOf(year, 1, 1)] },
    // 除夕 is the day before 正月初一 whether the twelfth month has 29 or 30 days.
    { name: '春节', nameEn: 'Spring Festival', days: consecutive(springFestival - 1, 4) },
    { name: '劳动节', nameEn: 'Labour Day', days: consecutive(epochDayOf(year, 5, 1), 2) },
    {
      name: '端午',
      nameEn: 'Dragon Boat Festival',
      days: [solarEpochDay(Lunar.fromYmd(year, 5, 5).getSolar())],
    },
    {
      name: '中秋',
      nameEn: 'Mid-autumn Festival',
      days: [solarEpochDay(Lunar.fromYmd(year, 8, 15).getSolar())],
    },
    { name: '国庆节', nameEn: 'National Day', days: consecutive(epochDayOf(year, 10, 1), 3) },
  ];
  if (qingming !== undefined) {
    blocks.splice(2, 0, { name: '清明', nameEn: 'Tomb-sweeping Day', days: [solarEpochDay(qingming)] });
  }
  return blocks;
}

function isWeekend(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/**
 * A provisional notice for a year no official notice covers yet: the statutory
 * holidays computed from the lunar calendar, plus the 补假 article 6 of the
 * 办法 requires (a holiday on a Saturday or Sunday is made up on the next
 * weekday). No make-up working days: only the State Council's notice fixes
 * those, which is exactly why every date from such a year is marked provisional.
 */
export function provisionalNotice(year: number): CalendarNotice {
  const off = new Map<number, NoticeDay>();
  const blocks = statutoryBlocks(year);
  for (const block of blocks) {
    for (const day of block.days)
      off.set(day, { date: isoFromEpochDay(day), name: block.name, nameEn: block.nameEn });
  }
  for (const block of blocks) {
    let owed = block.days.filter(isWeekend).length;
    let day = Math.max(...block.days) + 1;
    while (owed > 0) {
      if (!isWeekend(day) && !off.has(day)) {
        off.set(day, { date: isoFromEpochDay(day), name: block.name, nameEn: block.nameEn });
        owed -= 1;
      }
      day += 1;
    }
  }
  const holidays = [...off.values()]
    .filter((day) => day.date.startsWith(`${year}-`))
    .sort((a, b) => epochDayFromIso(a.date) - epochDayFromIso(b.date));
  return { year, source: 'provisional: 全国年节及纪念日放假办法 (2024)', holidays, workingDays: [] };
}
