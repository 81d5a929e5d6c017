import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { Unit } from '../tenancy/unit.entity.ts';

export const TASK_LIST_KINDS = ['annual', 'decisions'] as const;
/** `annual`: a year's 重点工作任务清单; `decisions`: the year's meeting decisions (决议) tracked as measures. */
export type TaskListKind = (typeof TASK_LIST_KINDS)[number];

/** A year's key task list (重点工作任务清单), from a template, by hand or imported from a sheet. */
export const TaskList = defineEntity({
  name: 'TaskList',
  tableName: 'task_list',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    kind: p.string().length(20).$type<TaskListKind>(),
    year: p.integer(),
    title: p.string().length(200),
    theme: p.string().length(200).nullable(),
    templateKey: p.string().length(64).nullable(),
    createdAt: p.datetime(),
    version: p.integer().version(),
  },
  ...tenantRowSecurity('task_list'),
});

/** An area of a list (一、重大改革推进方面). */
export const TaskArea = defineEntity({
  name: 'TaskArea',
  tableName: 'task_area',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    taskList: () => p.manyToOne(TaskList).joinColumns('tenant_id', 'task_list_id'),
    no: p.string().length(10),
    title: p.string().length(200),
    sortOrder: p.integer(),
    version: p.integer().version(),
  },
  // Reading a list's tree walks list → areas → tasks → measures → progress in order.
  indexes: [{ properties: ['tenant', 'taskList', 'sortOrder'] }],
  ...tenantRowSecurity('task_area'),
});

/** A task (重点任务) of an area. */
export const Task = defineEntity({
  name: 'Task',
  tableName: 'task',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    area: () => p.manyToOne(TaskArea).joinColumns('tenant_id', 'area_id'),
    no: p.string().length(10),
    title: p.string().length(2000),
    sortOrder: p.integer(),
    version: p.integer().version(),
  },
  indexes: [{ properties: ['tenant', 'area', 'sortOrder'] }],
  ...tenantRowSecurity('task'),
});

export const MEASURE_STATUSES = ['open', 'done', 'withdrawn'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * A measure (具体措施 ①②…) with its deadline and responsible units. Unit ids
 * are arrays rather than a join table: the service checks each against the
 * tenant's units, and the completion figures read them in one pass.
 */
export const Measure = defineEntity({
  name: 'Measure',
  tableName: 'measure',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    task: () => p.manyToOne(Task).joinColumns('tenant_id', 'task_id'),
    no: p.string().length(10),
    text: p.text(),
    deadlineText: p.string().length(200).nullable(),
    deadlineRule: p.json<Record<string, unknown>>().nullable(),
    /** The day a relative rule counts from (the list's 1 January, a meeting's date). */
    dueStart: p.string().length(10).nullable(),
    dueOn: p.string().length(10).nullable(),
    isOngoing: p.boolean(),
    dueProvisional: p.boolean(),
    dueExplanation: p.json<{ zh: string; en: string }>().nullable(),
    leadUnitIds: p.array().default([]),
    unitIds: p.array().default([]),
    status: p.string().length(20).$type<MeasureStatus>(),
    doneOn: p.string().length(10).nullable(),
    /** The meeting whose decision (决议) this measure tracks. */
    meetingId: p.uuid().nullable(),
    sortOrder: p.integer(),
    version: p.integer().version(),
  },
  indexes: [{ properties: ['tenant', 'task', 'sortOrder'] }],
  ...tenantRowSecurity('measure'),
});

/** A progress report (进展情况) a responsible unit files for a measure. Append-only. */
export const MeasureProgress = defineEntity({
  name: 'MeasureProgress',
  tableName: 'measure_progress',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    measure: () => p.manyToOne(Measure).joinColumns('tenant_id', 'measure_id'),
    unit: () => p.manyToOne(Unit).joinColumns('tenant_id', 'unit_id'),
    text: p.text(),
    reportedBy: p.uuid().nullable(),
    reportedAt: p.datetime(),
  },
  indexes: [{ properties: ['tenant', 'measure', 'reportedAt', 'id'] }],
  ...tenantRowSecurity('measure_progress'),
});

/** An inspection (督导检查) of a measure by the linkage office, with its findings. Append-only. */
export const MeasureInspection = defineEntity({
  name: 'MeasureInspection',
  tableName: 'measure_inspection',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    measure: () => p.manyToOne(Measure).joinColumns('tenant_id', 'measure_id'),
    inspectedOn: p.string().length(10),
    inspectors: p.string().length(200).nullable(),
    findings: p.text(),
    recordedBy: p.uuid().nullable(),
    recordedAt: p.datetime(),
  },
  ...tenantRowSecurity('measure_inspection'),
});

export type TaskListRow = InferEntity<typeof TaskList>;
export type TaskAreaRow = InferEntity<typeof TaskArea>;
export type TaskRow = InferEntity<typeof Task>;
export type MeasureRow = InferEntity<typeof Measure>;
