import { describe, expect, it } from 'vitest';
import { epochDayFromIso, isoFromEpochDay } from '../dates/iso-date.ts';
import { createCalendar, officialCalendar } from './calendar.ts';
import { parseCalendarNotice } from './calendar-notice.ts';
import { OFFICIAL_NOTICES, OFFICIAL_YEARS } from './official-notices.ts';
import { provisionalNotice } from './provisional-year.ts';

const cal = officialCalendar;
const restDays = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = epochDayFromIso(from); d <= epochDayFromIso(to); d++)
    if (!cal.isWorkingEpochDay(d)) out.push(isoFromEpochDay(d));
  return out;
};

describe('official calendar (chinese-days 1.5.7)', () => {
  it('covers exactly 2004–2026 officially and computes later years provisionally', () => {
    expect(OFFICIAL_YEARS).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    const coverage = cal.coverage();
    expect(coverage.officialYears).toEqual(OFFICIAL_YEARS);
    expect(coverage.provisionalYears[0]).toBe(2027);
    expect(coverage.importedYears).toEqual([]);
    expect(cal.yearSource(2027)).toBe('provisional');
  });

  it('knows 2025 春节 Jan 28–Feb 4 with make-up days Jan 26 (Sun) and Feb 8 (Sat)', () => {
    expect(restDays('2025-01-25', '2025-02-09')).toEqual([
      '2025-01-25',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
      '2025-02-09',
    ]);
    expect(cal.dayInfo('2025-01-26')).toMatchObject({
      ok: true,
      value: { kind: 'makeUpWorkingDay', working: true },
    });
    expect(cal.dayInfo('2025-02-08')).toMatchObject({
      ok: true,
      value: { kind: 'makeUpWorkingDay', working: true },
    });
  });

  it('knows 2026 国庆 Oct 1–7 with make-up days Sep 20 (Sun) and Oct 10 (Sat)', () => {
    expect(restDays('2026-09-19', '2026-10-11')).toEqual([
      '2026-09-19',
      '2026-09-25',
      '2026-09-26',
      '2026-09-27',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-11',
    ]);
    expect(cal.isWorkingDay('2026-10-08')).toBe(true);
    expect(cal.dayInfo('2026-10-01')).toMatchObject({
      ok: true,
      value: { kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } },
    });
  });

  it('knows 2026 元旦 Jan 1–3 with make-up Sunday Jan 4', () => {
    expect(restDays('2025-12-31', '2026-01-05')).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });

  it('reports bad input with stable codes', () => {
    expect(cal.dayInfo('2026-02-30')).toMatchObject({ ok: false, error: { code: 'CORE_INVALID_DATE' } });
    expect(cal.dayInfo('2100-01-01')).toMatchObject({ ok: false, error: { code: 'CORE_DATE_OUT_OF_RANGE' } });
    expect(() => cal.isWorkingDay('nope')).toThrow(/invalid date/);
  });

  it('answers the O(1) counting helpers consistently with a day-by-day walk', () => {
    const start = epochDayFromIso('2026-09-28');
    expect(isoFromEpochDay(cal.nthWorkingAfter(start, 3))).toBe('2026-10-08');
    expect(isoFromEpochDay(cal.nthWorkingBefore(epochDayFromIso('2026-10-08'), 1))).toBe('2026-09-30');
    expect(isoFromEpochDay(cal.nextWorkingOnOrAfter(epochDayFromIso('2026-10-01')))).toBe('2026-10-08');
    expect(cal.workingDaysInRange(epochDayFromIso('2026-10-01'), epochDayFromIso('2026-10-11'))).toBe(3);
  });
});

describe('provisional years', () => {
  it('computes 2027 statutory holidays from the lunar calendar, with 补假 for weekend holidays', () => {
    const dates = provisionalNotice(2027).holidays.map((day) => `${day.date} ${day.name}`);
    expect(dates).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节',
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-02-09 春节',
      '2027-02-10 春节',
      '2027-04-05 清明',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-05-03 劳动节',
      '2027-05-04 劳动节',
      '2027-06-09 端午',
      '2027-09-15 中秋',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
      '2027-10-04 国庆节',
      '2027-10-05 国庆节',
    ]);
  });

  it('is a subset of the official rest days in the years the 2024 rules already governed', () => {
    for (const year of [2025, 2026]) {
      for (const day of provisionalNotice(year).holidays)
        expect(cal.isWorkingDay(day.date), day.date).toBe(false);
    }
  });

  it('marks provisional days', () => {
    expect(cal.dayInfo('2027-01-01')).toMatchObject({
      ok: true,
      value: { kind: 'holiday', provisional: true },
    });
    expect(cal.dayInfo('2027-01-02')).toMatchObject({
      ok: true,
      value: { kind: 'weekend', provisional: true },
    });
  });
});

describe('extending a calendar', () => {
  const notice2027 = {
    year: 2027,
    source: 'test notice',
    holidays: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-01-02', name: '元旦' },
      { date: '2027-01-03', name: '元旦' },
    ],
    workingDays: [{ date: '2027-01-09', name: '元旦', nameEn: "New Year's Day" }],
  };

  it('replaces a provisional year with an imported notice', () => {
    const built = createCalendar({ notices: [notice2027] });
    if (!built.ok) throw new Error(built.error.en);
    expect(built.value.coverage().importedYears).toEqual([2027]);
    expect(built.value.isWorkingDay('2027-01-09')).toBe(true);
    expect(built.value.isWorkingDay('2027-02-05')).toBe(true);
    expect(built.value.dayInfo('2027-01-04')).toMatchObject({
      ok: true,
      value: { provisional: false, yearSource: 'imported' },
    });
  });

  it('applies tenant local rest and working days on top of the notices', () => {
    const built = createCalendar({
      localRestDays: [{ date: '2026-11-05', name: '地方节日' }],
      localWorkingDays: [{ date: '2026-11-07', name: '加班' }],
    });
    if (!built.ok) throw new Error(built.error.en);
    expect(built.value.dayInfo('2026-11-05')).toMatchObject({
      ok: true,
      value: { kind: 'localRestDay', working: false },
    });
    expect(built.value.isWorkingDay('2026-11-07')).toBe(true);
    expect(officialCalendar.isWorkingDay('2026-11-05')).toBe(true);
    const fresh = createCalendar();
    if (!fresh.ok) throw new Error(fresh.error.en);
    expect(fresh.value.isWorkingDay('2026-11-05')).toBe(true);
    expect(fresh.value.isWorkingDay('2026-11-07')).toBe(false);
  });

  it('rejects malformed notices and local days with typed errors', () => {
    const bad = [
      { ...notice2027, holidays: [{ date: '2028-01-01', name: '元旦' }] },
      { ...notice2027, workingDays: [{ date: '2027-01-04', name: '周一' }] },
      { ...notice2027, workingDays: [{ date: '2027-01-01', name: '元旦' }] },
      { ...notice2027, year: '2027' },
      { ...notice2027, holidays: [{ date: '2027-02-30', name: 'x' }] },
    ];
    for (const notice of bad)
      expect(parseCalendarNotice(notice)).toMatchObject({
        ok: false,
        error: { code: 'CORE_INVALID_NOTICE' },
      });
    expect(
      createCalendar({
        localRestDays: [{ date: '2026-11-05', name: 'a' }],
        localWorkingDays: [{ date: '2026-11-05', name: 'b' }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'CORE_INVALID_LOCAL_DAY' } });
  });

  it('accepts every shipped official notice as valid import data', () => {
    for (const notice of OFFICIAL_NOTICES)
      expect(parseCalendarNotice(notice).ok, String(notice.year)).toBe(true);
  });
});
