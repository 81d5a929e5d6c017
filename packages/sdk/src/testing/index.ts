export type { FlatMeasure, FlatTask, FlatTaskList } from './manifest-views.ts';
export * from './plugin-test-kit.ts';
export type {
  ClockQuery,
  DueDateResult,
  EscalationAt,
  MeetingOccurrence,
  ObligationInstance,
} from './schedule-views.ts';
