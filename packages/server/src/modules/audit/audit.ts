import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from './audit-event.entity.ts';

/** Who did something: an account, or the system itself (scheduler, seed). */
export interface Actor {
  readonly id: string | null;
  readonly label: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system' };

export interface AuditEntry {
  readonly tenantId: string;
  readonly actor: Actor;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly requestId?: string | undefined;
  readonly at: Date;
}

/** Records a state change in the same transaction as the change, so neither exists without the other. */
export function recordAudit(em: EntityManager, entry: AuditEntry): void {
  em.create(AuditEvent, {
    tenant: entry.tenantId,
    id: randomUUID(),
    occurredAt: entry.at,
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: entry.requestId ?? null,
  });
}
