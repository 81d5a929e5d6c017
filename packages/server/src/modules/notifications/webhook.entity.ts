import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';

/** Where a tenant's outside systems want events, and the secret each delivery is signed with. */
export const WebhookEndpoint = defineEntity({
  name: 'WebhookEndpoint',
  tableName: 'webhook_endpoint',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    url: p.string().length(500),
    secret: p.string().length(200),
    description: p.string().length(200).nullable(),
    status: p.string().length(20).$type<'active' | 'disabled'>(),
    createdAt: p.datetime(),
    version: p.integer().version(),
  },
  ...tenantRowSecurity('webhook_endpoint'),
});

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One event for one endpoint, with its delivery history. Unique per
 * (endpoint, dedupe key), so a repeated sweep queues nothing twice.
 */
export const WebhookDelivery = defineEntity({
  name: 'WebhookDelivery',
  tableName: 'webhook_delivery',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    endpoint: () => p.manyToOne(WebhookEndpoint).joinColumns('tenant_id', 'endpoint_id'),
    event: p.string().length(60),
    payload: p.json<Record<string, unknown>>(),
    dedupeKey: p.string().length(200),
    status: p.string().length(20).$type<DeliveryStatus>(),
    attempts: p.integer(),
    nextAttemptAt: p.datetime().nullable(),
    lastStatusCode: p.integer().nullable(),
    lastError: p.string().length(500).nullable(),
    deliveredAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ['tenant', 'endpoint', 'dedupeKey'] }],
  indexes: [{ properties: ['tenant', 'status', 'nextAttemptAt'] }],
  // The scheduler's finder also counts pending deliveries across tenants (migration 0007).
  ...tenantRowSecurity('webhook_delivery', { dueWorkFinder: true }),
});

export type WebhookEndpointRow = InferEntity<typeof WebhookEndpoint>;
export type WebhookDeliveryRow = InferEntity<typeof WebhookDelivery>;
