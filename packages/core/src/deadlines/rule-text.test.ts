import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/calendar.ts';
import type { DeadlineRule } from './deadline-rule.ts';
import { describeRule, parseRuleText } from './rule-text.ts';
import { validateRule } from './rule-validation.ts';
import { validateUrgentOverride } from './urgent-override.ts';

describe('parseRuleText', () => {
  it('parses <N>d, <N>wd and <N>m', () => {
    expect(parseRuleText('7d')).toEqual({ ok: true, value: { kind: 'calendarDays', days: 7 } });
    expect(parseRuleText('3wd')).toEqual({ ok: true, value: { kind: 'workingDays', days: 3 } });
    expect(parseRuleText('2m')).toEqual({ ok: true, value: { kind: 'months', months: 2 } });
  });

  it('rejects anything else with CORE_UNKNOWN_RULE', () => {
    for (const text of ['', '7', 'd', '0d', '-3d', '7w', '7 days', '07d', '3.5d', '99999d']) {
      expect(parseRuleText(text)).toMatchObject({ ok: false, error: { code: 'CORE_UNKNOWN_RULE' } });
    }
  });
});

describe('describeRule', () => {
  const cases: [DeadlineRule, string, string][] = [
    [{ kind: 'calendarDays', days: 7 }, '7日内', 'within 7 days'],
    [{ kind: 'calendarDays', days: 1 }, '1日内', 'within 1 day'],
    [{ kind: 'workingDays', days: 3 }, '3个工作日内', 'within 3 working days'],
    [{ kind: 'months', months: 2 }, '2个月内', 'within 2 months'],
    [{ kind: 'dayOfNextMonth', day: 5 }, '次月5日前', 'by the 5th of the following month'],
    [
      { kind: 'dayAfterQuarter', day: 10 },
      '季度结束后次月10日前',
      'by the 10th of the month after the quarter',
    ],
    [{ kind: 'endOfMonth', month: 5 }, '5月底前', 'by the end of May'],
    [{ kind: 'dateOfYear', month: 1, day: 31 }, '1月31日前', 'by 31 January'],
    [{ kind: 'ongoing' }, '长期坚持', 'ongoing'],
    [
      { kind: 'thenOngoing', first: { kind: 'endOfMonth', month: 5 } },
      '5月底前，长期坚持',
      'by the end of May, then ongoing',
    ],
    [
      { kind: 'calendarDays', days: 30, extendPastRestDays: false },
      '30日内（遇休息日不顺延）',
      'within 30 days (not moved past rest days)',
    ],
  ];
  it.each(cases)('%j', (rule, zh, en) => {
    expect(describeRule(rule, 'zh')).toBe(zh);
    expect(describeRule(rule, 'en')).toBe(en);
  });
});

describe('validateRule', () => {
  it('accepts every contract kind and rejects malformed ones', () => {
    for (const [rule] of [[{ kind: 'dateOfYear', month: 2, day: 29 }], [{ kind: 'ongoing' }]] as const) {
      expect(validateRule(rule).ok).toBe(true);
    }
    for (const bad of [
      null,
      { kind: 'dateOfYear', month: 2, day: 30 },
      { kind: 'endOfMonth', month: 13 },
      { kind: 'thenOngoing', first: { kind: 'ongoing' } },
      { kind: 'calendarDays', days: 7, extendPastRestDays: 'yes' },
    ]) {
      expect(validateRule(bad)).toMatchObject({ ok: false, error: { code: 'CORE_INVALID_RULE' } });
    }
  });
});

describe('validateUrgentOverride', () => {
  const cal = officialCalendar;
  it('accepts a strictly shorter urgent period, comparing due dates from the same start', () => {
    expect(
      validateUrgentOverride(
        { kind: 'months', months: 1 },
        { kind: 'calendarDays', days: 10 },
        '2026-09-01',
        cal,
      ),
    ).toEqual({
      ok: true,
      value: { urgentDue: '2026-09-11', normalDue: '2026-10-08' },
    });
  });

  it('rejects an urgent period that ends on the same day or later', () => {
    // 7 days from 2026-09-28 moves to Oct 8, the same day 3 working days reach.
    expect(
      validateUrgentOverride(
        { kind: 'workingDays', days: 3 },
        { kind: 'calendarDays', days: 7 },
        '2026-09-28',
        cal,
      ),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'CORE_URGENT_NOT_SHORTER',
        params: { urgentDue: '2026-10-08', normalDue: '2026-10-08' },
      },
    });
    expect(
      validateUrgentOverride(
        { kind: 'calendarDays', days: 5 },
        { kind: 'calendarDays', days: 15 },
        '2026-03-02',
        cal,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'CORE_URGENT_NOT_SHORTER' },
    });
  });

  it('passes on date errors', () => {
    expect(
      validateUrgentOverride({ kind: 'calendarDays', days: 5 }, { kind: 'calendarDays', days: 1 }, 'x', cal),
    ).toMatchObject({
      ok: false,
      error: { code: 'CORE_INVALID_DATE' },
    });
  });
});
