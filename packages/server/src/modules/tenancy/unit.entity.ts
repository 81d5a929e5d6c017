import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { OBLIGATIONS_MARK_TRIGGER } from '../../db/due-work-triggers.ts';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from './tenant.entity.ts';

export const UNIT_STATUSES = ['active', 'retired'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** A unit (成员单位 or another party the charter names). Retired, never deleted, once it has history. */
export const Unit = defineEntity({
  name: 'Unit',
  tableName: 'unit',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    key: p.string().length(64),
    name: p.string().length(100),
    aliases: p.array().default([]),
    kind: p.string().length(40),
    isMember: p.boolean(),
    sectors: p.array().default([]),
    roles: p.array().default([]),
    liaisonSlots: p.integer(),
    sortOrder: p.integer(),
    status: p.string().length(20).$type<UnitStatus>(),
    createdAt: p.datetime(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['tenant', 'key'] }],
  triggers: [OBLIGATIONS_MARK_TRIGGER],
  ...tenantRowSecurity('unit'),
});

export type UnitRow = InferEntity<typeof Unit>;
