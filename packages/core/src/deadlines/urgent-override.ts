import type { Calendar } from '../calendar/calendar.ts';
import type { IsoDate } from '../dates/iso-date.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { DeadlineRule, PeriodRule } from './deadline-rule.ts';
import { computeDueDate } from './due-date.ts';

/** Both due dates an urgent override was judged on. */
export interface UrgentComparison {
  readonly urgentDue: IsoDate;
  /** Null when the normal rule is ongoing: any dated urgent period is then shorter. */
  readonly normalDue: IsoDate | null;
}

/**
 * Checks that an urgent period is strictly shorter than the rule's normal
 * period, by comparing the due dates both give from the same start: "5
 * working days" vs "7 days" cannot be compared any other way. Fails with
 * CORE_URGENT_NOT_SHORTER (or the date/rule error that prevented the check).
 */
export function validateUrgentOverride(
  rule: DeadlineRule,
  urgent: PeriodRule,
  start: IsoDate,
  calendar: Calendar,
): Result<UrgentComparison> {
  const urgentDue = computeDueDate(urgent, start, calendar);
  if (!urgentDue.ok) return urgentDue;
  const normalDue = computeDueDate(rule, start, calendar);
  if (!normalDue.ok) return normalDue;
  if (urgentDue.value.due === null)
    return fail('CORE_INVALID_RULE', { value: 'an urgent override must be dated' });
  if (normalDue.value.due !== null && urgentDue.value.due >= normalDue.value.due) {
    return fail('CORE_URGENT_NOT_SHORTER', {
      urgentDue: urgentDue.value.due,
      normalDue: normalDue.value.due,
    });
  }
  return ok({ urgentDue: urgentDue.value.due, normalDue: normalDue.value.due });
}
