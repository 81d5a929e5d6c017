import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GENESIS_HASH } from './audit-event.entity.ts';

/** Where a tenant's audit chain first breaks, and why. */
export interface BrokenLink {
  readonly seq: number;
  readonly eventId: string;
  readonly reason: 'gap' | 'link' | 'hash';
}

export interface ChainReport {
  readonly checked: number;
  readonly firstBroken: BrokenLink | null;
}

interface ChainRow {
  seq: string;
  id: string;
  tenant_id: string;
  occurred: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

const BATCH = 5000;

/**
 * Recomputes a tenant's audit chain independently of the database trigger
 * that wrote it: a missing event (gap), a relinked one, or an edited column
 * (hash) is reported at the first place it occurs. Run inside `inTenant`.
 */
export async function verifyAuditChain(em: EntityManager, tenantId: string): Promise<ChainReport> {
  let expectedSeq = 1;
  let previous = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await em.execute<ChainRow[]>(
      `select seq::text as seq, id::text as id, tenant_id::text as tenant_id,
              to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred,
              actor_id::text as actor_id, actor_label, action, entity_type, entity_id,
              before::text as before, after::text as after, request_id, prev_hash, hash
       from audit_event where tenant_id = ? and audit_event.seq >= ? order by audit_event.seq limit ${BATCH}`,
      [tenantId, expectedSeq],
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      const broken = (reason: BrokenLink['reason']): ChainReport => ({
        checked,
        firstBroken: { seq, eventId: row.id, reason },
      });
      if (seq !== expectedSeq) return broken('gap');
      if (row.prev_hash !== previous) return broken('link');
      if (hashOf(row) !== row.hash) return broken('hash');
      previous = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < BATCH) return { checked, firstBroken: null };
  }
}

function hashOf(row: ChainRow): string {
  const text = [
    row.prev_hash,
    row.seq,
    row.tenant_id,
    row.id,
    row.occurred,
    row.actor_id ?? '',
    row.actor_label,
    row.action,
    row.entity_type,
    row.entity_id,
    row.before ?? '',
    row.after ?? '',
    row.request_id ?? '',
  ].join('|');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
