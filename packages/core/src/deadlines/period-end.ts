import type { Calendar } from '../calendar/calendar.ts';
import { addMonths, civilOf, daysInMonth, type EpochDay, epochDayOf } from '../dates/iso-date.ts';
import type { DatedRule } from './deadline-rule.ts';

function dayOfMonth(year: number, month: number, day: number): EpochDay {
  const total = year * 12 + (month - 1);
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return epochDayOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The last day of the period before any move past rest days (期间届满日).
 * The start day is never counted. Working-day periods end on a working day
 * by construction, so their raw end already is the due date. NaN when the
 * calendar does not reach that far.
 */
export function rawPeriodEnd(rule: DatedRule, start: EpochDay, calendar: Calendar): EpochDay {
  switch (rule.kind) {
    case 'calendarDays':
      return start + rule.days;
    case 'workingDays':
      return calendar.nthWorkingAfter(start, rule.days);
    case 'months':
      return addMonths(start, rule.months);
    case 'dayOfNextMonth': {
      const { year, month } = civilOf(start);
      return dayOfMonth(year, month + 1, rule.day);
    }
    case 'dayAfterQuarter': {
      const { year, month } = civilOf(start);
      return dayOfMonth(year, Math.floor((month - 1) / 3) * 3 + 4, rule.day);
    }
    case 'endOfMonth': {
      const { year } = civilOf(start);
      return dayOfMonth(year, rule.month, 31);
    }
    case 'dateOfYear':
      return dayOfMonth(civilOf(start).year, rule.month, rule.day);
  }
}

/** Whether the rule moves a last day that falls on a rest day (default on; meaningless for working days). */
export function movesPastRestDays(rule: DatedRule): boolean {
  return rule.kind !== 'workingDays' && rule.extendPastRestDays !== false;
}

/**
 * The due date as an epoch day, with no explanation and no validation: the
 * engine's hot path (benchmarked at millions per second). NaN when the start
 * or the result lies outside the calendar. Callers wanting explanations and
 * typed errors use computeDueDate.
 */
export function dueEpochDay(rule: DatedRule, start: EpochDay, calendar: Calendar): EpochDay {
  if (start < calendar.firstDay || start > calendar.lastDay) return Number.NaN;
  const end = rawPeriodEnd(rule, start, calendar);
  if (movesPastRestDays(rule)) return calendar.nextWorkingOnOrAfter(end);
  return end <= calendar.lastDay ? end : Number.NaN;
}
