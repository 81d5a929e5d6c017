import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** One in-app message, and what caused it (the dedupe key), e.g. `alarm:<id>`. */
export interface NotificationInput {
  readonly tenantId: string;
  readonly memberIds: readonly string[];
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly subject: Record<string, unknown>;
  readonly dedupeKey: string;
  readonly at: Date;
}

/**
 * Notifies members in the caller's transaction, in one statement whatever their
 * number (a sweep notifies every member of the owing units). A member already
 * notified for this dedupe key is skipped (the unique key decides, not a prior
 * read), so a repeated or concurrent sweep adds nothing. Returns how many were written.
 */
export async function notifyMembers(em: EntityManager, input: NotificationInput): Promise<number> {
  const recipients = [...new Set(input.memberIds)].map((memberId) => ({ id: randomUUID(), memberId }));
  if (recipients.length === 0) return 0;
  // The members travel as one JSON array: the ORM would spread a JavaScript array into a list of parameters.
  const rows = await em.execute<{ id: string }[]>(
    `insert into notification (tenant_id, id, member_id, kind, title, body, subject, dedupe_key, created_at, read_at)
     select ?::uuid, (r->>'id')::uuid, (r->>'memberId')::uuid, ?::text, ?::text, ?::text, ?::jsonb, ?::text,
            ?::timestamptz, null
       from json_array_elements(?::json) as r
     on conflict (tenant_id, member_id, dedupe_key) do nothing
     returning id`,
    [
      input.tenantId,
      input.kind,
      input.title,
      input.body,
      JSON.stringify(input.subject),
      input.dedupeKey,
      input.at,
      JSON.stringify(recipients),
    ],
  );
  return rows.length;
}

/** An event for the tenant's outside systems. */
export interface WebhookEventInput {
  readonly tenantId: string;
  readonly event: string;
  readonly payload: Record<string, unknown>;
  readonly dedupeKey: string;
  readonly at: Date;
  /** Only this endpoint (a test ping), instead of every active one. */
  readonly endpointId?: string;
}

/**
 * Queues the event for every active endpoint of the tenant, in one statement
 * (sweeps queue one per alarm); the job runner delivers and retries. An event
 * already queued for an endpoint under this dedupe key is skipped.
 */
export async function queueWebhookEvent(em: EntityManager, input: WebhookEventInput): Promise<number> {
  // Ids from PostgreSQL: which endpoints are active is known only inside the statement.
  const rows = await em.execute<{ id: string }[]>(
    `insert into webhook_delivery (tenant_id, id, endpoint_id, event, payload, dedupe_key, status, attempts,
                                   next_attempt_at, last_status_code, last_error, delivered_at, created_at)
     select e.tenant_id, gen_random_uuid(), e.id, ?::text, ?::jsonb, ?::text, 'pending', 0,
            ?::timestamptz, null, null, null, ?::timestamptz
       from webhook_endpoint e
      where e.tenant_id = ? and e.status = 'active' ${input.endpointId ? 'and e.id = ?' : ''}
     on conflict (tenant_id, endpoint_id, dedupe_key) do nothing
     returning id`,
    [
      input.event,
      JSON.stringify(input.payload),
      input.dedupeKey,
      input.at,
      input.at,
      input.tenantId,
      ...(input.endpointId ? [input.endpointId] : []),
    ],
  );
  return rows.length;
}
