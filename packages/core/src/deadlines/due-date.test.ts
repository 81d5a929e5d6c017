import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/calendar.ts';
import { unwrap } from '../errors.ts';
import type { DeadlineRule } from './deadline-rule.ts';
import { computeDueDate, type DueDate } from './due-date.ts';

const cal = officialCalendar;
function due(rule: DeadlineRule, start: string): DueDate {
  const outcome = unwrap(computeDueDate(rule, start, cal));
  if (outcome.kind !== 'dated') throw new Error('expected a dated outcome');
  return outcome;
}
const days = (n: number): DeadlineRule => ({ kind: 'calendarDays', days: n });
const wd = (n: number): DeadlineRule => ({ kind: 'workingDays', days: n });
const months = (n: number): DeadlineRule => ({ kind: 'months', months: n });

describe('calendar-day periods', () => {
  it('moves a period ending inside 国庆 2026 to the first working day after it (Oct 8)', () => {
    const result = due(days(7), '2026-09-28');
    expect(result).toMatchObject({
      rawEnd: '2026-10-05',
      due: '2026-10-08',
      moved: true,
      provisional: false,
    });
    expect(result.explanation.steps).toContainEqual({
      code: 'MOVED_PAST_REST_DAY',
      from: '2026-10-05',
      to: '2026-10-08',
      reason: { kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } },
    });
    expect(result.explanation.zh).toContain(
      '2026-10-05为法定节假日（国庆节），顺延至其后第一个工作日2026-10-08',
    );
    expect(result.explanation.en).toContain('National Day');
    expect(due(days(7), '2026-09-24').due).toBe('2026-10-08');
  });

  it('does not move a period ending on a make-up working Sunday or Saturday', () => {
    expect(due(days(7), '2026-09-13')).toMatchObject({ due: '2026-09-20', moved: false });
    expect(due(days(5), '2025-01-21')).toMatchObject({ due: '2025-01-26', moved: false });
    expect(due(days(3), '2025-02-05')).toMatchObject({ due: '2025-02-08', moved: false });
  });

  it('crosses 春节 2025 and 元旦 2026 the way the notices say', () => {
    expect(due(days(10), '2025-01-20')).toMatchObject({ rawEnd: '2025-01-30', due: '2025-02-05' });
    // Jan 1–3 2026 are off and Sunday Jan 4 is a make-up working day.
    expect(due(days(7), '2025-12-25')).toMatchObject({ rawEnd: '2026-01-01', due: '2026-01-04' });
    expect(due(days(7), '2025-12-25').calendarYears).toEqual([
      { year: 2025, source: 'official' },
      { year: 2026, source: 'official' },
    ]);
  });

  it('moves a plain weekend end to Monday', () => {
    expect(due(days(3), '2026-11-11')).toMatchObject({
      rawEnd: '2026-11-14',
      due: '2026-11-16',
      moved: true,
    });
  });

  it('keeps a rest-day end when the rule turns extension off, and says so', () => {
    const result = due({ kind: 'calendarDays', days: 7, extendPastRestDays: false }, '2026-09-28');
    expect(result).toMatchObject({ due: '2026-10-05', moved: false });
    expect(result.explanation.steps.map((s) => s.code)).toContain('NOT_MOVED');
  });

  it('marks a due date in a year without a notice as provisional, yet right about 元旦', () => {
    const result = due(days(7), '2026-12-25');
    expect(result).toMatchObject({ rawEnd: '2027-01-01', due: '2027-01-04', provisional: true });
    expect(result.calendarYears).toEqual([
      { year: 2026, source: 'official' },
      { year: 2027, source: 'provisional' },
    ]);
    expect(result.explanation.steps).toContainEqual({ code: 'PROVISIONAL_YEARS', years: [2027] });
    expect(result.explanation.zh).toContain('期满日可能变动');
  });
});

describe('working-day periods', () => {
  it('skips 国庆 2026 and counts the make-up Saturday Oct 10', () => {
    expect(due(wd(3), '2026-09-28').due).toBe('2026-10-08');
    const five = due(wd(5), '2026-09-28');
    expect(five.due).toBe('2026-10-10');
    expect(five.explanation.steps).toContainEqual({ code: 'MAKE_UP_DAYS_COUNTED', dates: ['2026-10-10'] });
    expect(five.explanation.steps).toContainEqual({
      code: 'REST_DAYS_SKIPPED',
      count: 7,
      holidays: [{ zh: '国庆节', en: 'National Day' }],
    });
    expect(five.explanation.zh).toContain('按“5个工作日内”，期间届满日为2026-10-10');
  });

  it('counts the make-up Sunday before 春节 2025', () => {
    expect(due(wd(1), '2025-01-24').due).toBe('2025-01-26');
    expect(due(wd(2), '2025-01-24').due).toBe('2025-01-27');
    expect(due(wd(3), '2025-01-24').due).toBe('2025-02-05');
    expect(due(wd(1), '2025-02-07').due).toBe('2025-02-08');
  });

  it('starts counting after a start on a rest day', () => {
    expect(due(wd(1), '2026-10-03').due).toBe('2026-10-08');
  });
});

describe('month periods', () => {
  it('ends on the same day number, or the month end, then moves past rest days', () => {
    expect(due(months(1), '2026-01-31')).toMatchObject({ rawEnd: '2026-02-28', due: '2026-02-28' }); // make-up Saturday
    expect(due(months(1), '2024-01-31')).toMatchObject({ rawEnd: '2024-02-29', due: '2024-02-29' });
    expect(due(months(2), '2023-12-31')).toMatchObject({ rawEnd: '2024-02-29', due: '2024-02-29' });
    expect(due(months(12), '2024-02-29')).toMatchObject({ rawEnd: '2025-02-28', due: '2025-02-28' });
    expect(due(months(2), '2026-08-01')).toMatchObject({ rawEnd: '2026-10-01', due: '2026-10-08' });
    expect(due(months(1), '2025-12-31')).toMatchObject({ rawEnd: '2026-01-31', due: '2026-02-02' });
  });
});

describe('period-anchored rules', () => {
  it('by day D of the next month', () => {
    expect(due({ kind: 'dayOfNextMonth', day: 5 }, '2026-09-30')).toMatchObject({
      rawEnd: '2026-10-05',
      due: '2026-10-08',
    });
    expect(due({ kind: 'dayOfNextMonth', day: 5 }, '2026-12-31')).toMatchObject({
      rawEnd: '2027-01-05',
      provisional: true,
    });
    expect(due({ kind: 'dayOfNextMonth', day: 31 }, '2026-01-31').rawEnd).toBe('2026-02-28');
  });

  it('by day D after the quarter', () => {
    expect(due({ kind: 'dayAfterQuarter', day: 10 }, '2026-09-30')).toMatchObject({
      rawEnd: '2026-10-10',
      due: '2026-10-10',
    });
    expect(due({ kind: 'dayAfterQuarter', day: 15 }, '2026-02-01').rawEnd).toBe('2026-04-15');
    expect(due({ kind: 'dayAfterQuarter', day: 15 }, '2025-12-31').rawEnd).toBe('2026-01-15');
  });

  it('by the end of month M and by a date of the year', () => {
    expect(due({ kind: 'endOfMonth', month: 5 }, '2026-01-01')).toMatchObject({
      rawEnd: '2026-05-31',
      due: '2026-06-01',
    });
    expect(due({ kind: 'endOfMonth', month: 2 }, '2024-01-01').rawEnd).toBe('2024-02-29');
    expect(due({ kind: 'dateOfYear', month: 1, day: 31 }, '2026-01-01')).toMatchObject({ due: '2026-02-02' });
    expect(due({ kind: 'dateOfYear', month: 2, day: 29 }, '2026-01-01').rawEnd).toBe('2026-02-28');
  });

  it('by X then ongoing, and ongoing alone', () => {
    const result = due({ kind: 'thenOngoing', first: { kind: 'endOfMonth', month: 5 } }, '2026-01-01');
    expect(result).toMatchObject({ due: '2026-06-01', thenOngoing: true });
    expect(result.explanation.zh).toContain('此后长期坚持');
    expect(result.explanation.en).toContain('After that, the work continues (ongoing).');
    expect(unwrap(computeDueDate({ kind: 'ongoing' }, '2026-01-01', cal))).toMatchObject({
      kind: 'ongoing',
      due: null,
    });
  });
});

describe('errors', () => {
  it('returns typed errors for bad dates, rules and ranges', () => {
    expect(computeDueDate(days(7), '2026-02-30', cal)).toMatchObject({
      ok: false,
      error: { code: 'CORE_INVALID_DATE' },
    });
    expect(computeDueDate(days(0), '2026-02-03', cal)).toMatchObject({
      ok: false,
      error: { code: 'CORE_INVALID_RULE' },
    });
    expect(computeDueDate(days(1.5), '2026-02-03', cal)).toMatchObject({
      ok: false,
      error: { code: 'CORE_INVALID_RULE' },
    });
    const bogus = { kind: 'fortnights', n: 2 } as unknown as DeadlineRule;
    expect(computeDueDate(bogus, '2026-02-03', cal)).toMatchObject({
      ok: false,
      error: { code: 'CORE_INVALID_RULE' },
    });
    expect(computeDueDate(days(30), '2099-12-15', cal)).toMatchObject({
      ok: false,
      error: { code: 'CORE_DATE_OUT_OF_RANGE' },
    });
    expect(computeDueDate(days(3), '2003-05-01', cal)).toMatchObject({
      ok: false,
      error: { code: 'CORE_DATE_OUT_OF_RANGE' },
    });
  });
});
