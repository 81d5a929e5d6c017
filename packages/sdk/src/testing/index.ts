export type { FlatMeasure, FlatTask, FlatTaskList } from './manifest-views.ts';
export * from './plugin-test-kit.ts';
