import type { MatterState, MatterType } from '@liandong/core';
import type { MatterRuleDeclaration } from '@liandong/sdk';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { Unit } from '../tenancy/unit.entity.ts';

/**
 * A matter (事项): a transfer, suggestion, opinion, consultation, notification,
 * report or review moving between units. It keeps the matter rule it was
 * created under (`ruleSnapshot`, `ruleVersion` = `<pluginId>@<version>`), so a
 * later plugin upgrade never changes a running matter.
 *
 * `parentMatterId`/`rootMatterId` link the documents an escalation produces
 * (跟进监督函 → 检察建议 → 报告) into one timeline; a root's `rootMatterId` is
 * its own id. They are plain columns, not foreign keys: a nullable composite
 * relation sharing `tenant_id` is a known rough edge of the ORM, and RLS
 * keeps them inside the tenant anyway.
 */
export const Matter = defineEntity({
  name: 'Matter',
  tableName: 'matter',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    type: p.string().length(40).$type<MatterType>(),
    ruleKey: p.string().length(130),
    ruleVersion: p.string().length(90),
    ruleSnapshot: p.json<MatterRuleDeclaration>(),
    title: p.string().length(200),
    summary: p.text().nullable(),
    state: p.string().length(20).$type<MatterState>(),
    isUrgent: p.boolean(),
    fromUnit: () => p.manyToOne(Unit).joinColumns('tenant_id', 'from_unit_id'),
    /** Recipients outside the tenant's units (上级人民检察院, 县人大常委会), by name. */
    externalRecipients: p.array().default([]),
    parentMatterId: p.uuid().nullable(),
    rootMatterId: p.uuid(),
    /** The escalation step of the parent that produced this matter. */
    escalationStepKey: p.string().length(64).nullable(),
    /** The nearest due date among running clocks: what lists sort and filter by. */
    dueOn: p.date().nullable(),
    createdBy: p.uuid().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    version: p.integer().version(),
  },
  indexes: [
    { properties: ['tenant', 'createdAt', 'id'] },
    { properties: ['tenant', 'dueOn', 'id'] },
    { properties: ['tenant', 'fromUnit'] },
    { properties: ['tenant', 'state'] },
    { properties: ['tenant', 'type'] },
    { properties: ['tenant', 'rootMatterId'] },
  ],
  uniques: [{ properties: ['tenant', 'parentMatterId', 'escalationStepKey'] }],
  ...tenantRowSecurity('matter'),
});

/** A unit a matter is addressed to (`to`) or copied to (`copyTo`, 抄送), with its receipt (签收). */
export const MatterParty = defineEntity({
  name: 'MatterParty',
  tableName: 'matter_party',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    matter: () => p.manyToOne(Matter).joinColumns('tenant_id', 'matter_id'),
    unit: () => p.manyToOne(Unit).joinColumns('tenant_id', 'unit_id'),
    role: p.string().length(10).$type<'to' | 'copyTo'>(),
    receivedOn: p.date().nullable(),
    receivedAt: p.datetime().nullable(),
    receivedBy: p.uuid().nullable(),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ['tenant', 'matter', 'unit'] }],
  indexes: [{ properties: ['tenant', 'unit'] }],
  ...tenantRowSecurity('matter_party'),
});

export type MatterRow = InferEntity<typeof Matter>;
export type MatterPartyRow = InferEntity<typeof MatterParty>;
