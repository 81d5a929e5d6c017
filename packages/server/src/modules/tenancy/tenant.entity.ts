import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const TENANT_STATUSES = ['active', 'suspended'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** A jurisdiction (辖区): platform-level, so it is not itself tenant-owned. */
export const Tenant = defineEntity({
  name: 'Tenant',
  tableName: 'tenant',
  properties: {
    id: p.uuid().primary(),
    code: p.string().length(40).unique(),
    name: p.string().length(100),
    divisionCode: p.string().length(6),
    level: p.string().length(20),
    provinceCode: p.string().length(2).index(),
    provinceName: p.string().length(50),
    parentCode: p.string().length(40).nullable(),
    pluginId: p.string().length(40),
    pluginVersion: p.string().length(40),
    status: p.string().length(20).$type<TenantStatus>(),
    createdAt: p.datetime(),
  },
});

export type TenantRow = InferEntity<typeof Tenant>;
