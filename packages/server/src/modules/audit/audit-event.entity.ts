import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';

/** The all-zero hash the first event of a tenant links to. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The text each event's hash covers, in the same order `audit-chain.ts`
 * recomputes it: the previous hash, then every column of the event.
 */
const HASHED_TEXT = `concat_ws('|', new.prev_hash, new.seq::text, new.tenant_id::text, new.id::text,
  to_char(new.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  coalesce(new.actor_id::text, ''), new.actor_label, new.action, new.entity_type, new.entity_id,
  coalesce(new.before::text, ''), coalesce(new.after::text, ''), coalesce(new.request_id, ''))`;

/**
 * Chains each tenant's events: numbers them and hashes each with the one
 * before, under a per-tenant lock, so an edited or deleted row breaks the
 * chain from that point on. In the database, so no writer can skip it.
 */
const CHAIN_BODY = `
  declare last record;
  begin
    perform pg_advisory_xact_lock(hashtextextended('audit:' || new.tenant_id::text, 0));
    select a.seq, a.hash into last from audit_event a where a.tenant_id = new.tenant_id order by a.seq desc limit 1;
    new.seq := coalesce(last.seq, 0) + 1;
    new.prev_hash := coalesce(last.hash, '${'0'.repeat(64)}');
    new.hash := encode(sha256(convert_to(${HASHED_TEXT}, 'UTF8')), 'hex');
    return new;
  end;`;

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
    /** Position in the tenant's chain, set by the database. */
    seq: p.bigint('number').nullable(),
    prevHash: p.string().length(64).nullable(),
    hash: p.string().length(64).nullable(),
  },
  indexes: [{ properties: ['tenant', 'occurredAt'] }, { properties: ['tenant', 'entityType', 'entityId'] }],
  uniques: [{ properties: ['tenant', 'seq'] }],
  triggers: [{ name: 'chain', timing: 'before', events: ['insert'], forEach: 'row', body: CHAIN_BODY }],
  ...tenantRowSecurity('audit_event'),
});

export type AuditEventRow = InferEntity<typeof AuditEvent>;
