import type { Calendar } from '../calendar/calendar.ts';
import { type EpochDay, epochDayFromIso, type IsoDate, isoFromEpochDay } from '../dates/iso-date.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { ClockStartEvent, DatedRule, DeadlineRule } from './deadline-rule.ts';
import {
  type CalendarYearUsed,
  type DueExplanation,
  type ExplanationStep,
  explain,
} from './due-explanation.ts';
import { inCalendar, outOfRange, settleOnWorkingDay, workingCountSteps, yearsUsed } from './due-steps.ts';
import { movesPastRestDays, rawPeriodEnd } from './period-end.ts';
import { validateRule } from './rule-validation.ts';

/** A computed due date and everything a clerk needs to check it. */
export interface DueDate {
  readonly kind: 'dated';
  readonly start: IsoDate;
  /** The last day of the period before any move past rest days. */
  readonly rawEnd: IsoDate;
  readonly due: IsoDate;
  /** Whether `due` differs from `rawEnd` because `rawEnd` was a rest day. */
  readonly moved: boolean;
  /** The rule continues as 长期坚持 after this due date. */
  readonly thenOngoing: boolean;
  readonly calendarYears: readonly CalendarYearUsed[];
  /** True when any year used has no official or imported notice: the date may move. */
  readonly provisional: boolean;
  readonly explanation: DueExplanation;
}

/** What an ongoing (长期坚持) rule yields: no due date. */
export interface OngoingDue {
  readonly kind: 'ongoing';
  readonly start: IsoDate;
  readonly due: null;
  readonly provisional: false;
  readonly explanation: DueExplanation;
}

/** The outcome of {@link computeDueDate}. */
export type DueOutcome = DueDate | OngoingDue;

/** The dated part of a due-date computation, on epoch days, shared with clocks. */
export interface DatedComputation {
  readonly rawEnd: EpochDay;
  readonly due: EpochDay;
  readonly steps: ExplanationStep[];
}

/** Raw end, due date and the steps explaining them, or NaN days when beyond the calendar. */
export function computeDated(rule: DatedRule, start: EpochDay, calendar: Calendar): DatedComputation {
  const rawEnd = rawPeriodEnd(rule, start, calendar);
  const steps: ExplanationStep[] = [];
  if (!inCalendar(calendar, rawEnd)) return { rawEnd: Number.NaN, due: Number.NaN, steps };
  if (rule.kind === 'workingDays') steps.push(...workingCountSteps(calendar, start, rawEnd));
  steps.push({ code: 'PERIOD_END', date: isoFromEpochDay(rawEnd), rule });
  const settled = settleOnWorkingDay(calendar, rawEnd, movesPastRestDays(rule));
  steps.push(...settled.steps);
  return { rawEnd, due: settled.due, steps };
}

/**
 * Computes when a rule falls due from `start` (the start day itself is not
 * counted) and explains it. Returns CORE_INVALID_DATE, CORE_INVALID_RULE or
 * CORE_DATE_OUT_OF_RANGE instead of throwing.
 */
export function computeDueDate(
  rule: DeadlineRule,
  start: IsoDate,
  calendar: Calendar,
  options: { readonly event?: ClockStartEvent } = {},
): Result<DueOutcome> {
  const startDay = epochDayFromIso(start);
  if (Number.isNaN(startDay)) return fail('CORE_INVALID_DATE', { value: String(start) });
  if (!inCalendar(calendar, startDay)) return outOfRange(calendar, startDay);
  const valid = validateRule(rule);
  if (!valid.ok) return valid;
  const startStep: ExplanationStep =
    options.event === undefined
      ? { code: 'START', date: start }
      : { code: 'START', date: start, event: options.event };
  if (rule.kind === 'ongoing') {
    return ok({
      kind: 'ongoing',
      start,
      due: null,
      provisional: false,
      explanation: explain([{ code: 'ONGOING' }]),
    });
  }
  const dated = rule.kind === 'thenOngoing' ? rule.first : rule;
  const computed = computeDated(dated, startDay, calendar);
  if (!inCalendar(calendar, computed.due)) return outOfRange(calendar, computed.rawEnd);
  const years = yearsUsed(calendar, startDay, computed.due);
  const steps: ExplanationStep[] = [
    startStep,
    ...computed.steps,
    { code: 'DUE', date: isoFromEpochDay(computed.due) },
  ];
  if (rule.kind === 'thenOngoing') steps.push({ code: 'THEN_ONGOING' });
  steps.push(...years.steps);
  return ok({
    kind: 'dated',
    start,
    rawEnd: isoFromEpochDay(computed.rawEnd),
    due: isoFromEpochDay(computed.due),
    moved: computed.due !== computed.rawEnd,
    thenOngoing: rule.kind === 'thenOngoing',
    calendarYears: years.years,
    provisional: years.provisional,
    explanation: explain(steps),
  });
}
