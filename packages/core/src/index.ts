export type * from './cadence/cadence.ts';
export type * from './deadlines/deadline-rule.ts';
