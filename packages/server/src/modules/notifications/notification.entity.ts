import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Member } from '../tenancy/member.entity.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';

/**
 * An in-app notification to one member. The dedupe key names what caused it
 * (an alarm, an obligation period), and is unique per member, so a sweep run
 * twice — or by two servers at once — can never notify anyone twice.
 */
export const Notification = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    member: () => p.manyToOne(Member).joinColumns('tenant_id', 'member_id'),
    kind: p.string().length(40),
    title: p.string().length(200),
    body: p.text(),
    subject: p.json<Record<string, unknown>>(),
    dedupeKey: p.string().length(200),
    createdAt: p.datetime(),
    readAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['tenant', 'member', 'dedupeKey'] }],
  indexes: [{ properties: ['tenant', 'member', 'readAt'] }],
  ...tenantRowSecurity('notification'),
});

export type NotificationRow = InferEntity<typeof Notification>;
