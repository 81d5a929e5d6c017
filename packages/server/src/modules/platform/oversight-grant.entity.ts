import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Tenant } from '../tenancy/tenant.entity.ts';

/**
 * Read access of one tenant's office to another tenant's dashboard (a city
 * over its counties). Platform-level: it relates two tenants, and only
 * operators create or revoke it. Revoked, never deleted, for the audit trail.
 */
export const OversightGrant = defineEntity({
  name: 'OversightGrant',
  tableName: 'oversight_grant',
  properties: {
    id: p.uuid().primary(),
    grantee: () => p.manyToOne(Tenant),
    target: () => p.manyToOne(Tenant),
    createdAt: p.datetime(),
    createdBy: p.uuid(),
    revokedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['grantee', 'target'] }],
});

export type OversightGrantRow = InferEntity<typeof OversightGrant>;
