import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { Matter } from './matter.entity.ts';

/** An `Idempotency-Key` of a create: a retry with the same key and body returns the same matter. */
export const MatterIdempotency = defineEntity({
  name: 'MatterIdempotency',
  tableName: 'matter_idempotency',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    key: p.string().length(200).primary(),
    /** SHA-256 of the request body: the same key with another body is refused. */
    requestHash: p.string().length(64),
    matterId: p.uuid(),
    createdAt: p.datetime(),
  },
  ...tenantRowSecurity('matter_idempotency'),
});

/** A comment on a matter; never edited or deleted. */
export const MatterComment = defineEntity({
  name: 'MatterComment',
  tableName: 'matter_comment',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    matter: () => p.manyToOne(Matter).joinColumns('tenant_id', 'matter_id'),
    authorId: p.uuid().nullable(),
    authorUnitId: p.uuid().nullable(),
    body: p.text(),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['tenant', 'matter', 'createdAt'] }],
  ...tenantRowSecurity('matter_comment'),
});

/** A file on a matter, stored in PostgreSQL; its name is ours, never a path the client sent. */
export const MatterAttachment = defineEntity({
  name: 'MatterAttachment',
  tableName: 'matter_attachment',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    matter: () => p.manyToOne(Matter).joinColumns('tenant_id', 'matter_id'),
    fileName: p.string().length(200),
    contentType: p.string().length(100),
    size: p.integer(),
    sha256: p.string().length(64),
    content: p.blob().lazy(),
    uploadedBy: p.uuid().nullable(),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['tenant', 'matter', 'createdAt'] }],
  ...tenantRowSecurity('matter_attachment'),
});

export type MatterCommentRow = InferEntity<typeof MatterComment>;
export type MatterAttachmentRow = InferEntity<typeof MatterAttachment>;
