import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';

/** One state change, append-only: the app role may insert and read, never update or delete. */
export const AuditEvent = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    occurredAt: p.datetime(),
    actorId: p.uuid().nullable(),
    actorLabel: p.string().length(100),
    action: p.string().length(60),
    entityType: p.string().length(60),
    entityId: p.string().length(100),
    before: p.json<unknown>().nullable(),
    after: p.json<unknown>().nullable(),
    requestId: p.string().length(100).nullable(),
  },
  indexes: [{ properties: ['tenant', 'occurredAt'] }, { properties: ['tenant', 'entityType', 'entityId'] }],
  ...tenantRowSecurity('audit_event'),
});

export type AuditEventRow = InferEntity<typeof AuditEvent>;
