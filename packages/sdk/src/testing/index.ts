// Plugins depend on the SDK only: a test that needs a tenant's calendar builds it from here.
export { type Calendar, createCalendar } from '@liandong/core';
export type { FlatMeasure, FlatTask, FlatTaskList } from './manifest-views.ts';
export * from './plugin-test-kit.ts';
export type {
  ClockQuery,
  DueDateResult,
  EscalationAt,
  MeetingOccurrence,
  ObligationInstance,
} from './schedule-views.ts';
