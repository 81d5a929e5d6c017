import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { OBLIGATIONS_MARK_TRIGGER } from '../../db/due-work-triggers.ts';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from './tenant.entity.ts';

/*
 * The parts of a plugin manifest a tenant owns after onboarding. Each keeps the
 * declaration it came from as JSON, so the office can edit it without the plugin.
 */

/** A body: joint meeting, leading group, office or liaison office. */
export const Body = defineEntity({
  name: 'Body',
  tableName: 'body',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    key: p.string().length(64),
    kind: p.string().length(40),
    name: p.string().length(100),
    definition: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['tenant', 'key'] }],
  ...tenantRowSecurity('body'),
});

/** A meeting series with its cadence. */
export const MeetingSeries = defineEntity({
  name: 'MeetingSeries',
  tableName: 'meeting_series',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    key: p.string().length(64),
    kind: p.string().length(40),
    name: p.string().length(100),
    definition: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['tenant', 'key'] }],
  ...tenantRowSecurity('meeting_series'),
});

/** A key task-list template (重点工作任务清单), instantiated into a year's list later. */
export const TaskListTemplate = defineEntity({
  name: 'TaskListTemplate',
  tableName: 'task_list_template',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    key: p.string().length(64),
    title: p.string().length(200),
    year: p.integer().nullable(),
    definition: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['tenant', 'key'] }],
  ...tenantRowSecurity('task_list_template'),
});

/**
 * The manifest a tenant was onboarded with, or upgraded to. Matter rules,
 * obligations and catalogues are read from here, so an existing clock keeps
 * the rules of the version in force when it started.
 */
export const TenantPluginVersion = defineEntity({
  name: 'TenantPluginVersion',
  tableName: 'tenant_plugin_version',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    pluginId: p.string().length(40),
    pluginVersion: p.string().length(40),
    manifest: p.json<Record<string, unknown>>(),
    appliedAt: p.datetime(),
  },
  uniques: [{ properties: ['tenant', 'pluginId', 'pluginVersion'] }],
  triggers: [OBLIGATIONS_MARK_TRIGGER],
  ...tenantRowSecurity('tenant_plugin_version'),
});

export type BodyRow = InferEntity<typeof Body>;
export type MeetingSeriesRow = InferEntity<typeof MeetingSeries>;
export type TaskListTemplateRow = InferEntity<typeof TaskListTemplate>;
