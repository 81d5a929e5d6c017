import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  epochDayFromIso,
  epochDayOf,
  isoFromEpochDay,
  parseIsoDate,
  weekdayOf,
} from './iso-date.ts';

describe('iso dates', () => {
  it('rejects impossible and malformed dates', () => {
    for (const text of [
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-01',
      '20260101',
      '2026-01-0x',
    ]) {
      expect(Number.isNaN(epochDayFromIso(text))).toBe(true);
      expect(parseIsoDate(text)).toMatchObject({ ok: false, error: { code: 'CORE_INVALID_DATE' } });
    }
    expect(parseIsoDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('agrees with the Gregorian calendar at known points', () => {
    expect(epochDayFromIso('1970-01-01')).toBe(0);
    expect(epochDayFromIso('2026-10-01')).toBe(Date.UTC(2026, 9, 1) / 86_400_000);
    expect(weekdayOf(epochDayOf(2026, 10, 1))).toBe(4);
    expect(weekdayOf(epochDayOf(2025, 1, 26))).toBe(0);
  });

  it('round-trips every day between 2000 and 2100 and matches Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: epochDayOf(2000, 1, 1), max: epochDayOf(2100, 12, 31) }), (day) => {
        const iso = isoFromEpochDay(day);
        expect(epochDayFromIso(iso)).toBe(day);
        expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });

  it('adds months to the same day number or the month end, including leap years', () => {
    const plus = (iso: string, months: number): string =>
      isoFromEpochDay(addMonths(epochDayFromIso(iso), months));
    expect(plus('2026-01-31', 1)).toBe('2026-02-28');
    expect(plus('2024-01-31', 1)).toBe('2024-02-29');
    expect(plus('2024-02-29', 12)).toBe('2025-02-28');
    expect(plus('2026-03-31', 1)).toBe('2026-04-30');
    expect(plus('2026-11-15', 2)).toBe('2027-01-15');
    expect(plus('2026-08-31', 6)).toBe('2027-02-28');
  });
});
