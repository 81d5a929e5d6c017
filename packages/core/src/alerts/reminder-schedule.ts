import type { Calendar } from '../calendar/calendar.ts';
import { type EpochDay, epochDayFromIso, type IsoDate, isoFromEpochDay } from '../dates/iso-date.ts';
import { inCalendar, outOfRange } from '../deadlines/due-steps.ts';
import { fail, ok, type Result } from '../errors.ts';

/** When to remind before a due date. */
export type ReminderOffset =
  | { readonly workingDaysBefore: number }
  | { readonly calendarDaysBefore: number }
  | { readonly onDueDate: true };

/** A reminder with its date. */
export interface ReminderDate {
  readonly on: IsoDate;
  readonly offset: ReminderOffset;
}

/** How long after the due date an escalation step fires. */
export type AfterDue = { readonly workingDays: number } | { readonly calendarDays: number };

/** An escalation step: when it fires plus whatever the plugin attaches (opaque to core). */
export type EscalationStep<P extends object = Record<string, unknown>> = P & { readonly afterDue: AfterDue };

/** An escalation step with its date and 1-based position on the ladder. */
export type EscalationDate<P extends object = Record<string, unknown>> = EscalationStep<P> & {
  readonly on: IsoDate;
  readonly step: number;
};

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 3660
    ? value
    : undefined;
}

function dueDay(due: IsoDate, calendar: Calendar): Result<EpochDay> {
  const day = epochDayFromIso(due);
  if (Number.isNaN(day)) return fail('CORE_INVALID_DATE', { value: String(due) });
  return inCalendar(calendar, day) ? ok(day) : outOfRange(calendar, day);
}

/**
 * Dates to remind on, ascending, so the server only stores and sweeps them.
 * "N working days before" is the N-th working day before the due date (the due
 * date itself does not count, whether or not it is a working day).
 */
export function reminderDates(
  due: IsoDate,
  offsets: readonly ReminderOffset[],
  calendar: Calendar,
): Result<ReminderDate[]> {
  const dueOn = dueDay(due, calendar);
  if (!dueOn.ok) return dueOn;
  const out: { day: EpochDay; offset: ReminderOffset }[] = [];
  for (const offset of offsets) {
    let day: EpochDay = Number.NaN;
    if ('onDueDate' in offset && offset.onDueDate === true) day = dueOn.value;
    else if ('workingDaysBefore' in offset && count(offset.workingDaysBefore) !== undefined) {
      day = calendar.nthWorkingBefore(dueOn.value, offset.workingDaysBefore);
    } else if ('calendarDaysBefore' in offset && count(offset.calendarDaysBefore) !== undefined) {
      day = dueOn.value - offset.calendarDaysBefore;
    } else return fail('CORE_INVALID_OFFSET', { value: JSON.stringify(offset) });
    if (!inCalendar(calendar, day)) return outOfRange(calendar, day);
    out.push({ day, offset });
  }
  return ok(
    out.sort((a, b) => a.day - b.day).map(({ day, offset }) => ({ on: isoFromEpochDay(day), offset })),
  );
}

/**
 * Dates of an escalation ladder: step k fires N working days (the N-th
 * working day) or N calendar days after the due date. Steps keep their order
 * and payload; core does not interpret the payload.
 */
export function escalationDates<P extends object>(
  due: IsoDate,
  steps: readonly EscalationStep<P>[],
  calendar: Calendar,
): Result<EscalationDate<P>[]> {
  const dueOn = dueDay(due, calendar);
  if (!dueOn.ok) return dueOn;
  const out: EscalationDate<P>[] = [];
  for (const [index, step] of steps.entries()) {
    const after = step.afterDue as Partial<Record<'workingDays' | 'calendarDays', unknown>> | undefined;
    let day: EpochDay = Number.NaN;
    if (after !== undefined && count(after.workingDays) !== undefined && !('calendarDays' in after)) {
      day = calendar.nthWorkingAfter(dueOn.value, after.workingDays as number);
    } else if (after !== undefined && count(after.calendarDays) !== undefined && !('workingDays' in after)) {
      day = dueOn.value + (after.calendarDays as number);
    } else return fail('CORE_INVALID_OFFSET', { value: JSON.stringify(step.afterDue) });
    if (!inCalendar(calendar, day)) return outOfRange(calendar, day);
    out.push({ ...step, on: isoFromEpochDay(day), step: index + 1 });
  }
  return ok(out);
}
