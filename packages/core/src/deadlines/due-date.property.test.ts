import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/calendar.ts';
import { epochDayFromIso, epochDayOf, isoFromEpochDay, weekdayOf } from '../dates/iso-date.ts';
import { unwrap } from '../errors.ts';
import type { DatedRule } from './deadline-rule.ts';
import { computeDueDate } from './due-date.ts';
import { dueEpochDay } from './period-end.ts';

const cal = officialCalendar;
const holidays = chineseDays.holidays as Record<string, string>;
const workdays = chineseDays.workdays as Record<string, string>;

/** An oracle straight from the raw notice data, independent of core's tables. */
function officiallyWorking(day: number): boolean {
  const iso = isoFromEpochDay(day);
  if (iso in workdays) return true;
  if (iso in holidays) return false;
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
}

const startDay = fc.integer({ min: epochDayOf(2004, 1, 1), max: epochDayOf(2026, 10, 31) });
const anyStart = fc.integer({ min: epochDayOf(2004, 1, 1), max: epochDayOf(2090, 12, 31) });
const rule: fc.Arbitrary<DatedRule> = fc.oneof(
  fc.record({ kind: fc.constant('calendarDays' as const), days: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ kind: fc.constant('workingDays' as const), days: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('months' as const), months: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('dayOfNextMonth' as const), day: fc.integer({ min: 1, max: 31 }) }),
  fc.record({ kind: fc.constant('dayAfterQuarter' as const), day: fc.integer({ min: 1, max: 31 }) }),
);

describe('due-date invariants', () => {
  it('is never before the raw period end and, with extension on, never on a rest day', () => {
    fc.assert(
      fc.property(rule, anyStart, (r, start) => {
        const outcome = unwrap(computeDueDate(r, isoFromEpochDay(start), cal));
        if (outcome.kind !== 'dated') throw new Error('dated rule gave no date');
        expect(outcome.due >= outcome.rawEnd).toBe(true);
        expect(outcome.due > outcome.start).toBe(true);
        expect(cal.isWorkingDay(outcome.due)).toBe(true);
        expect(epochDayFromIso(outcome.due)).toBe(dueEpochDay(r, start, cal));
      }),
      { numRuns: 500 },
    );
  });

  it('with extension off, ends exactly on the raw period end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), anyStart, (n, start) => {
        const outcome = unwrap(
          computeDueDate(
            { kind: 'calendarDays', days: n, extendPastRestDays: false },
            isoFromEpochDay(start),
            cal,
          ),
        );
        expect(outcome.due).toBe(isoFromEpochDay(start + n));
      }),
    );
  });

  it('returns NaN rather than a day beyond the calendar', () => {
    const late = epochDayOf(2099, 12, 20);
    expect(dueEpochDay({ kind: 'calendarDays', days: 30 }, late, cal)).toBeNaN();
    expect(dueEpochDay({ kind: 'calendarDays', days: 30, extendPastRestDays: false }, late, cal)).toBeNaN();
    expect(dueEpochDay({ kind: 'workingDays', days: 30 }, late, cal)).toBeNaN();
    expect(dueEpochDay({ kind: 'calendarDays', days: 3 }, epochDayOf(2003, 12, 31), cal)).toBeNaN();
  });

  it('is monotonic in the start date', () => {
    fc.assert(
      fc.property(rule, anyStart, fc.integer({ min: 0, max: 40 }), (r, start, gap) => {
        expect(dueEpochDay(r, start + gap, cal)).toBeGreaterThanOrEqual(dueEpochDay(r, start, cal));
      }),
      { numRuns: 1000 },
    );
  });

  it('counts working days exactly as a day-by-day walk over the official data does', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 1, max: 40 }), (start, n) => {
        let day = start;
        for (let counted = 0; counted < n; ) {
          day++;
          if (officiallyWorking(day)) counted++;
        }
        expect(isoFromEpochDay(dueEpochDay({ kind: 'workingDays', days: n }, start, cal))).toBe(
          isoFromEpochDay(day),
        );
        expect(cal.workingDaysInRange(start + 1, day + 1)).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the official data on every day it covers', () => {
    for (let day = epochDayOf(2004, 1, 1); day <= epochDayOf(2026, 12, 31); day++) {
      if (cal.isWorkingEpochDay(day) !== officiallyWorking(day)) throw new Error(isoFromEpochDay(day));
    }
    expect(cal.isWorkingEpochDay(epochDayOf(2026, 10, 10))).toBe(true);
  });
});
