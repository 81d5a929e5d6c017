import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';

export const LOCAL_DAY_KINDS = ['rest', 'working'] as const;
export type LocalDayKind = (typeof LOCAL_DAY_KINDS)[number];

/**
 * A tenant's own day off or extra working day. Removing one sets removedAt
 * instead of deleting it, so a due date computed while it stood can be explained later.
 */
export const LocalDayRecord = defineEntity({
  name: 'LocalDayRecord',
  tableName: 'calendar_local_day',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    date: p.string().length(10),
    kind: p.string().length(10).$type<LocalDayKind>(),
    name: p.string().length(100),
    createdAt: p.datetime(),
    removedAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
  ...tenantRowSecurity('calendar_local_day'),
});

export type LocalDayRow = InferEntity<typeof LocalDayRecord>;
