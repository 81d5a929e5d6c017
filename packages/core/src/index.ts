export {
  type AfterDue,
  type EscalationDate,
  type EscalationStep,
  escalationDates,
  type ReminderDate,
  type ReminderOffset,
  reminderDates,
} from './alerts/reminder-schedule.ts';

export {
  DEFAULT_WARNING_THRESHOLDS,
  resolveThresholds,
  type TrafficLight,
  type TrafficLightInput,
  trafficLight,
  type WarningLevel,
  type WarningThresholds,
} from './alerts/traffic-light.ts';
export type * from './cadence/cadence.ts';
export {
  type CadenceDueOptions,
  type CadenceOccurrence,
  expandCadence,
} from './cadence/expand-cadence.ts';
export {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  type Calendar,
  type CalendarCoverage,
  type CalendarOptions,
  createCalendar,
  type DayInfo,
  officialCalendar,
} from './calendar/calendar.ts';
export {
  type CalendarNotice,
  type LocalDay,
  type NoticeDay,
  parseCalendarNotice,
  parseLocalDays,
} from './calendar/calendar-notice.ts';
export type { DayKind, DayName, YearSource } from './calendar/calendar-table.ts';
export { OFFICIAL_YEARS } from './calendar/official-notices.ts';
export { provisionalNotice } from './calendar/provisional-year.ts';
export { type ClockState, type ClockStatus, computeClock } from './clocks/clock.ts';
export type { CheckedEvent, ClockEvent, ClockInput, ExtensionSpan } from './clocks/clock-event.ts';
export {
  addMonths,
  type EpochDay,
  epochDayFromIso,
  type IsoDate,
  isIsoDate,
  isoFromEpochDay,
  parseIsoDate,
} from './dates/iso-date.ts';
export type * from './deadlines/deadline-rule.ts';
export { computeDueDate, type DueDate, type DueOutcome, type OngoingDue } from './deadlines/due-date.ts';
export type {
  CalendarYearUsed,
  DueExplanation,
  ExplanationStep,
  RestReason,
  SpanUnit,
} from './deadlines/due-explanation.ts';
export { dueEpochDay, rawPeriodEnd } from './deadlines/period-end.ts';
export { describeRule, type Locale, parseRuleText } from './deadlines/rule-text.ts';
export { validateRule } from './deadlines/rule-validation.ts';
export { type UrgentComparison, validateUrgentOverride } from './deadlines/urgent-override.ts';
export {
  CORE_ERRORS,
  type CoreError,
  type CoreErrorCode,
  CoreException,
  coreError,
  type Result,
  unwrap,
} from './errors.ts';
export * from './matters/matter-type.ts';
export { CLOCK_EFFECTS, type ClockEffect, STATED_START_EVENTS } from './workflows/clock-effects.ts';
export {
  DEFAULT_DEADLINES,
  type DeadlineOrigin,
  type DefaultDeadline,
  resolveClockDeadline,
} from './workflows/default-deadlines.ts';
export { ESCALATION_MATTER_TYPES, type EscalationAction } from './workflows/escalation-matter.ts';
export {
  ACTION_SIDE,
  allowedActions,
  applyTransition,
  INITIAL_MATTER_STATE,
  isTerminalState,
  MATTER_ACTIONS,
  MATTER_STATES,
  MATTER_WORKFLOWS,
  type MatterAction,
  type MatterSide,
  type MatterState,
  nextStates,
  type TransitionResult,
  type TransitionTable,
} from './workflows/matter-workflow.ts';
