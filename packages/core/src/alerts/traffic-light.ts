import type { Calendar } from '../calendar/calendar.ts';
import { epochDayFromIso, type IsoDate } from '../dates/iso-date.ts';
import { inCalendar, outOfRange } from '../deadlines/due-steps.ts';
import { fail, ok, type Result } from '../errors.ts';

/** A matter's warning level. */
export type WarningLevel = 'green' | 'blue' | 'yellow' | 'red' | 'doneOnTime' | 'doneLate';

/**
 * When lights change, in working days before the due date; set per plugin
 * and matter type. Yellow when at most `yellowWithinWorkingDays` working
 * days remain (the due date itself counts as 0), blue when at most
 * `blueWithinWorkingDays` remain.
 */
export interface WarningThresholds {
  readonly yellowWithinWorkingDays: number;
  readonly blueWithinWorkingDays: number;
}

/** Defaults: yellow within 3 working days, blue within 10 (two working weeks). */
export const DEFAULT_WARNING_THRESHOLDS: WarningThresholds = {
  yellowWithinWorkingDays: 3,
  blueWithinWorkingDays: 10,
};

/** What {@link trafficLight} is asked about. */
export interface TrafficLightInput {
  readonly due: IsoDate;
  readonly today: IsoDate;
  /** When the matter was answered; null or absent while open. */
  readonly doneOn?: IsoDate | null;
}

/** The level plus the counts behind it, for the UI's "3 working days left". */
export interface TrafficLight {
  readonly level: WarningLevel;
  /** Working days after today up to and including the due date; 0 when due today or overdue. */
  readonly workingDaysLeft: number;
  /** Working days after the due date up to and including today (or the day it was done). */
  readonly workingDaysOverdue: number;
  /** Due date minus today in calendar days (negative when overdue). */
  readonly calendarDaysLeft: number;
}

/** Validates thresholds, filling defaults; the error is CORE_INVALID_THRESHOLDS. */
export function resolveThresholds(partial: Partial<WarningThresholds> = {}): Result<WarningThresholds> {
  const thresholds = { ...DEFAULT_WARNING_THRESHOLDS, ...partial };
  const { yellowWithinWorkingDays: yellow, blueWithinWorkingDays: blue } = thresholds;
  if (!Number.isInteger(yellow) || !Number.isInteger(blue) || yellow < 0 || blue < yellow) {
    return fail('CORE_INVALID_THRESHOLDS', { value: JSON.stringify(partial) });
  }
  return ok(thresholds);
}

/** The warning level of a due date as of `today` (always passed in: core has no clock). */
export function trafficLight(
  input: TrafficLightInput,
  calendar: Calendar,
  thresholds: Partial<WarningThresholds> = {},
): Result<TrafficLight> {
  const resolved = resolveThresholds(thresholds);
  if (!resolved.ok) return resolved;
  const days: number[] = [];
  for (const text of [input.due, input.today, ...(input.doneOn == null ? [] : [input.doneOn])]) {
    const day = epochDayFromIso(text);
    if (Number.isNaN(day)) return fail('CORE_INVALID_DATE', { value: String(text) });
    if (!inCalendar(calendar, day)) return outOfRange(calendar, day);
    days.push(day);
  }
  const [due = 0, today = 0, doneOn] = days;
  const asOf = doneOn ?? today;
  const workingDaysLeft = asOf < due ? calendar.workingDaysInRange(asOf + 1, due + 1) : 0;
  const workingDaysOverdue = asOf > due ? calendar.workingDaysInRange(due + 1, asOf + 1) : 0;
  const counts = { workingDaysLeft, workingDaysOverdue, calendarDaysLeft: due - asOf };
  if (doneOn !== undefined) return ok({ level: doneOn <= due ? 'doneOnTime' : 'doneLate', ...counts });
  if (today > due) return ok({ level: 'red', ...counts });
  if (workingDaysLeft <= resolved.value.yellowWithinWorkingDays) return ok({ level: 'yellow', ...counts });
  if (workingDaysLeft <= resolved.value.blueWithinWorkingDays) return ok({ level: 'blue', ...counts });
  return ok({ level: 'green', ...counts });
}
