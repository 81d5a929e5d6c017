import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { WebhookEndpoint } from './webhook.entity.ts';

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

/** Queues the event for every active endpoint of the tenant; the job runner delivers and retries. */
export async function queueWebhookEvent(em: EntityManager, input: WebhookEventInput): Promise<number> {
  const endpoints = await em.find(
    WebhookEndpoint,
    input.endpointId ? { status: 'active', id: input.endpointId } : { status: 'active' },
  );
  let queued = 0;
  for (const endpoint of endpoints) {
    const rows = await em.execute<{ id: string }[]>(
      `insert into webhook_delivery (tenant_id, id, endpoint_id, event, payload, dedupe_key, status, attempts,
                                     next_attempt_at, last_status_code, last_error, delivered_at, created_at)
       values (?, ?, ?, ?, ?, ?, 'pending', 0, ?, null, null, null, ?)
       on conflict (tenant_id, endpoint_id, dedupe_key) do nothing
       returning id`,
      [
        input.tenantId,
        randomUUID(),
        endpoint.id,
        input.event,
        JSON.stringify(input.payload),
        input.dedupeKey,
        input.at,
        input.at,
      ],
    );
    queued += rows.length;
  }
  return queued;
}
