export type * from './cadence/cadence.ts';
export type * from './deadlines/deadline-rule.ts';
export * from './matters/matter-type.ts';
