import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from './tenant.entity.ts';
import { Unit } from './unit.entity.ts';

export const MEMBER_ROLES = ['tenant_admin', 'liaison', 'staff', 'leader'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/**
 * A person of a tenant: their unit and role. The id is their account's id; the
 * role is read from here on every request, so a change takes effect at once.
 */
export const Member = defineEntity({
  name: 'Member',
  tableName: 'member',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    unit: () => p.manyToOne(Unit).joinColumns('tenant_id', 'unit_id'),
    displayName: p.string().length(100),
    role: p.string().length(20).$type<MemberRole>(),
    status: p.string().length(20).$type<'active' | 'disabled'>(),
    createdAt: p.datetime(),
    version: p.integer().version(),
  },
  ...tenantRowSecurity('member'),
});

export type MemberRow = InferEntity<typeof Member>;
