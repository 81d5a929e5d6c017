import type { Calendar } from '../calendar/calendar.ts';
import { type EpochDay, type IsoDate, isoFromEpochDay } from '../dates/iso-date.ts';
import type { DatedRule, DeadlineRule } from '../deadlines/deadline-rule.ts';
import {
  type CalendarYearUsed,
  type DueExplanation,
  type ExplanationStep,
  explain,
  type SpanUnit,
} from '../deadlines/due-explanation.ts';
import {
  inCalendar,
  outOfRange,
  settleOnWorkingDay,
  workingCountSteps,
  yearsUsed,
} from '../deadlines/due-steps.ts';
import { rawPeriodEnd } from '../deadlines/period-end.ts';
import { validateRule } from '../deadlines/rule-validation.ts';
import { validateUrgentOverride } from '../deadlines/urgent-override.ts';
import { ok, type Result } from '../errors.ts';
import { type CheckedEvent, type ClockInput, checkClockEvents } from './clock-event.ts';

/** Where a clock stands. */
export type ClockStatus = 'notStarted' | 'running' | 'suspended' | 'stopped';

/** The computed state of a clock. */
export interface ClockState {
  readonly status: ClockStatus;
  /** Echoed from the input, so the caller can show which rule version governs. */
  readonly ruleVersion: string;
  /** The rule actually applied: the urgent override when there is one. */
  readonly appliedRule: DeadlineRule;
  readonly urgent: boolean;
  readonly startedOn: IsoDate | null;
  /** The period end before the final move past rest days, after suspensions and extensions. */
  readonly rawEnd: IsoDate | null;
  /**
   * The due date; null before the start and for ongoing rules. While
   * suspended it ignores the open suspension: it moves later on resumption.
   */
  readonly due: IsoDate | null;
  readonly suspendedSince: IsoDate | null;
  readonly stoppedOn: IsoDate | null;
  /** For a stopped clock: answered on or before the due date, or after it. */
  readonly outcome: 'onTime' | 'late' | null;
  readonly calendarYears: readonly CalendarYearUsed[];
  readonly provisional: boolean;
  readonly explanation: DueExplanation;
}

function spanUnit(rule: DatedRule): SpanUnit {
  return rule.kind === 'workingDays' ? 'workingDays' : 'calendarDays';
}

/**
 * Adds `span` to an unsettled period end. Calendar-unit spans add calendar
 * days; working-day spans count working days onward from the due date in
 * force at that moment (the end settled on a working day).
 */
function addSpan(calendar: Calendar, end: EpochDay, span: number, unit: SpanUnit): EpochDay {
  if (span === 0) return end;
  if (unit === 'calendarDays') return end + span;
  return calendar.nthWorkingAfter(calendar.nextWorkingOnOrAfter(end), span);
}

/** A suspension from day `from` (inclusive) to `to` (exclusive) measured in the rule's unit. */
function suspendedSpan(calendar: Calendar, from: EpochDay, to: EpochDay, unit: SpanUnit): number {
  return unit === 'calendarDays' ? to - from : calendar.workingDaysInRange(from, to);
}

function notStarted(input: ClockInput, rule: DeadlineRule): ClockState {
  return {
    status: 'notStarted',
    ruleVersion: input.ruleVersion,
    appliedRule: rule,
    urgent: input.urgent !== undefined,
    startedOn: null,
    rawEnd: null,
    due: null,
    suspendedSince: null,
    stoppedOn: null,
    outcome: null,
    calendarYears: [],
    provisional: false,
    explanation: explain([]),
  };
}

/**
 * Computes a clock's state from its events. A suspension from the day it is
 * recorded to the day the clock resumes suspends the days in between,
 * suspension day included and resumption day excluded; the due date moves by
 * that span counted the way the rule counts: for calendar-day, month and
 * period-end rules by the calendar days suspended (resumed − suspended), for
 * working-day rules by the working days among them. Extensions apply in event
 * order; a working-day extension counts on from the due date then in force.
 * The final period end then moves past rest days when the rule says so.
 */
export function computeClock(input: ClockInput, calendar: Calendar): Result<ClockState> {
  const valid = validateRule(input.rule);
  if (!valid.ok) return valid;
  const events = checkClockEvents(input.events, input.startsOn);
  if (!events.ok) return events;
  const appliedRule: DeadlineRule = input.urgent ?? input.rule;
  const [start, ...rest] = events.value;
  if (start === undefined || start.type !== 'started') return ok(notStarted(input, appliedRule));
  if (!inCalendar(calendar, start.day)) return outOfRange(calendar, start.day);
  const steps: ExplanationStep[] = [{ code: 'START', date: start.on, event: start.event }];
  if (input.urgent !== undefined) {
    const urgent = validateUrgentOverride(input.rule, input.urgent, start.on, calendar);
    if (!urgent.ok) return urgent;
    steps.push({ code: 'URGENT_OVERRIDE', urgent: input.urgent, normal: input.rule });
  }
  const stop = rest.find((event) => event.type === 'stopped');
  const base = {
    ruleVersion: input.ruleVersion,
    appliedRule,
    urgent: input.urgent !== undefined,
    startedOn: start.on,
    stoppedOn: stop?.on ?? null,
  };
  if (appliedRule.kind === 'ongoing') {
    return ok({
      ...base,
      status: stop === undefined ? 'running' : 'stopped',
      rawEnd: null,
      due: null,
      suspendedSince: null,
      outcome: null,
      calendarYears: [],
      provisional: false,
      explanation: explain([...steps, { code: 'ONGOING' }]),
    });
  }
  const rule = appliedRule.kind === 'thenOngoing' ? appliedRule.first : appliedRule;
  const unit = spanUnit(rule);
  let end = rawPeriodEnd(rule, start.day, calendar);
  if (!inCalendar(calendar, end)) return outOfRange(calendar, end);
  if (rule.kind === 'workingDays') steps.push(...workingCountSteps(calendar, start.day, end));
  steps.push({ code: 'PERIOD_END', date: isoFromEpochDay(end), rule });
  let openSuspension: CheckedEvent | undefined;
  const closeSuspension = (until: CheckedEvent): void => {
    if (openSuspension === undefined) return;
    const span = suspendedSpan(calendar, openSuspension.day, until.day, unit);
    end = addSpan(calendar, end, span, unit);
    steps.push({
      code: 'SUSPENDED',
      from: isoFromEpochDay(openSuspension.day),
      to: isoFromEpochDay(until.day),
      span,
      unit,
    });
    openSuspension = undefined;
  };
  for (const event of rest) {
    if (event.type === 'suspended') openSuspension = event;
    else if (event.type === 'resumed' || event.type === 'stopped') closeSuspension(event);
    else if (event.type === 'extended') {
      const [byUnit, span] =
        'workingDays' in event.by
          ? (['workingDays', event.by.workingDays] as const)
          : (['calendarDays', event.by.calendarDays] as const);
      end = addSpan(calendar, end, span, byUnit);
      steps.push(
        event.on === undefined
          ? { code: 'EXTENDED', span, unit: byUnit }
          : { code: 'EXTENDED', on: event.on, span, unit: byUnit },
      );
    }
  }
  if (!inCalendar(calendar, end)) return outOfRange(calendar, end);
  const moves = rule.kind === 'workingDays' || rule.extendPastRestDays !== false;
  const settled = settleOnWorkingDay(calendar, end, moves);
  if (!inCalendar(calendar, settled.due)) return outOfRange(calendar, end);
  steps.push(...settled.steps, { code: 'DUE', date: isoFromEpochDay(settled.due) });
  if (appliedRule.kind === 'thenOngoing') steps.push({ code: 'THEN_ONGOING' });
  const outcome = stop === undefined ? null : stop.day <= settled.due ? 'onTime' : 'late';
  if (stop !== undefined) steps.push({ code: 'STOPPED', date: stop.on, onTime: outcome === 'onTime' });
  const years = yearsUsed(calendar, start.day, settled.due);
  steps.push(...years.steps);
  return ok({
    ...base,
    status: stop !== undefined ? 'stopped' : openSuspension !== undefined ? 'suspended' : 'running',
    rawEnd: isoFromEpochDay(end),
    due: isoFromEpochDay(settled.due),
    suspendedSince: openSuspension?.on ?? null,
    outcome,
    calendarYears: years.years,
    provisional: years.provisional,
    explanation: explain(steps),
  });
}
