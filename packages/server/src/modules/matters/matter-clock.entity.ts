import type { ClockEvent, ClockStartEvent, DeadlineRule, MatterSide, PeriodRule } from '@liandong/core';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { LIGHT_ARM_TRIGGER } from '../../db/due-work-triggers.ts';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { Matter } from './matter.entity.ts';

/** A recorded clock event with who recorded it and why (suspensions and extensions need a reason). */
export type StoredClockEvent = ClockEvent & {
  readonly recordedBy: string | null;
  readonly recordedAt: string;
};

/**
 * One legal clock of a matter (serve within 3 days; reply within 2 months).
 * The rule is a snapshot; events are appended; due date, outcome and the core
 * explanation are recomputed with core after every event and stored, so
 * readers and the scheduler never recompute dates.
 */
export const MatterClock = defineEntity({
  name: 'MatterClock',
  tableName: 'matter_clock',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    matter: () => p.manyToOne(Matter).joinColumns('tenant_id', 'matter_id'),
    key: p.string().length(64),
    name: p.string().length(100),
    owner: p.string().length(10).$type<MatterSide>(),
    startsOn: p.string().length(20).$type<ClockStartEvent>(),
    /** Null when neither the plugin nor the law states a period. */
    rule: p.json<DeadlineRule>().nullable(),
    ruleOrigin: p.json<Record<string, unknown>>(),
    ruleVersion: p.string().length(90),
    urgent: p.json<PeriodRule>().nullable(),
    events: p.json<StoredClockEvent[]>(),
    status: p.string().length(20).$type<'notStarted' | 'running' | 'suspended' | 'stopped' | 'cancelled'>(),
    startedOn: p.date().nullable(),
    dueOn: p.date().nullable(),
    stoppedOn: p.date().nullable(),
    outcome: p.string().length(10).$type<'onTime' | 'late'>().nullable(),
    /** Core's `DueExplanation` (or why there is no due date). */
    explanation: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
    version: p.integer().version(),
    /**
     * The next day the scheduler must look at this clock's traffic light (it
     * may turn yellow or red then); null when nothing is left to tell. Kept by
     * the database, not by the services: a trigger (migration 0007) arms it at
     * `due_on - 45` whenever a clock is inserted or its due date or status
     * changes, and the light sweep moves it to the exact next change. So the
     * sweep's "whose light changes today" is an index range, not a recomputation
     * of every running clock. Lazy: no reader of a clock needs it.
     */
    lightCheckOn: p.date().nullable().lazy(),
  },
  uniques: [{ properties: ['tenant', 'matter', 'key'] }],
  indexes: [{ properties: ['tenant', 'dueOn'] }, { properties: ['tenant', 'lightCheckOn'] }],
  triggers: [LIGHT_ARM_TRIGGER],
  ...tenantRowSecurity('matter_clock', { dueWorkFinder: true }),
});

/** What a deadline alarm is for. */
export type MatterAlarmKind = 'reminder' | 'due' | 'escalation';

/**
 * A stored date the scheduler sweeps — nothing else needs computing at sweep
 * time. Sweep: `status = 'pending' and fire_on <= today` (index
 * `(tenant_id, status, fire_on)`), act, then set `status = 'fired'` and
 * `fired_at`. Columns:
 * - `kind`: `reminder` (before the due date), `due` (on it), `escalation` (a
 *   ladder step after it; call `escalateMatter` with `step_key`);
 * - `step`: the 1-based reminder or ladder position (0 for `due`);
 * - `step_key`: the escalation step's key in the rule (null otherwise);
 * - `fire_on`: the Asia/Shanghai date to act on;
 * - `status`: `pending`, `fired`, or `cancelled` (superseded when a clock is
 *   suspended, extended, stopped or the matter withdrawn; rows are never deleted).
 */
export const MatterAlarm = defineEntity({
  name: 'MatterAlarm',
  tableName: 'matter_alarm',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    matter: () => p.manyToOne(Matter).joinColumns('tenant_id', 'matter_id'),
    clock: () => p.manyToOne(MatterClock).joinColumns('tenant_id', 'clock_id'),
    kind: p.string().length(20).$type<MatterAlarmKind>(),
    step: p.integer(),
    stepKey: p.string().length(64).nullable(),
    fireOn: p.date(),
    status: p.string().length(20).$type<'pending' | 'fired' | 'cancelled'>(),
    firedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  },
  indexes: [
    { properties: ['tenant', 'status', 'fireOn'] },
    { properties: ['tenant', 'fireOn', 'kind'] },
    { properties: ['tenant', 'matter'] },
  ],
  ...tenantRowSecurity('matter_alarm', { dueWorkFinder: true }),
});

export type MatterClockRow = InferEntity<typeof MatterClock>;
export type MatterAlarmRow = InferEntity<typeof MatterAlarm>;
