import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { WebhookDelivery, type WebhookDeliveryRow, WebhookEndpoint } from './webhook.entity.ts';
import { guardedWebhookPost, webhookDestinationPolicy } from './webhook-destination.ts';

/** Waits before each retry; after the last, the delivery is marked failed. */
export const RETRY_DELAYS_SECONDS = [60, 300, 1800, 7200, 43_200] as const;
const TIMEOUT_MS = 10_000;

/**
 * `sha256=<hex>` of HMAC-SHA256(secret, "<timestamp>.<body>"): the receiver
 * recomputes it to know the body came from us and is fresh (the timestamp is signed too).
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export type PostFunction = (url: string, init: RequestInit) => Promise<{ status: number }>;

// Without an operator's policy, public addresses only.
const defaultPost: PostFunction = guardedWebhookPost(webhookDestinationPolicy([]), TIMEOUT_MS);

async function attempt(
  delivery: WebhookDeliveryRow,
  secret: string,
  url: string,
  now: Date,
  post: PostFunction,
): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  const body = JSON.stringify({
    id: delivery.id,
    event: delivery.event,
    occurredAt: delivery.createdAt.toISOString(),
    data: delivery.payload,
  });
  const timestamp = String(Math.floor(now.getTime() / 1000));
  try {
    const response = await post(url, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        'x-liandong-event': delivery.event,
        'x-liandong-delivery': delivery.id,
        'x-liandong-timestamp': timestamp,
        'x-liandong-signature': signWebhook(secret, timestamp, body),
      },
      body,
    });
    return { ok: response.status >= 200 && response.status < 300, status: response.status, error: null };
  } catch (error) {
    return { ok: false, status: null, error: String((error as Error).message ?? error).slice(0, 500) };
  }
}

/**
 * Delivers the tenant's due webhook deliveries in the caller's (tenant-bound)
 * transaction. Rows are claimed with FOR UPDATE SKIP LOCKED, so two runners
 * never post the same delivery at once; the outcome commits with the claim.
 */
export async function deliverDueWebhooks(
  em: EntityManager,
  now: Date,
  post: PostFunction = defaultPost,
  limit = 50,
): Promise<{ delivered: number; failed: number }> {
  const claimed = await em.execute<{ id: string }[]>(
    `select id from webhook_delivery
      where status = 'pending' and next_attempt_at <= ?
      order by next_attempt_at
      limit ? for update skip locked`,
    [now, limit],
  );
  let delivered = 0;
  let failed = 0;
  for (const { id } of claimed) {
    const delivery = await em.findOneOrFail(WebhookDelivery, { id });
    const endpoint = await em.findOneOrFail(WebhookEndpoint, { id: delivery.endpoint.id });
    if (endpoint.status !== 'active') {
      delivery.status = 'failed';
      delivery.lastError = 'endpoint disabled';
      delivery.nextAttemptAt = null;
      failed += 1;
      continue;
    }
    const outcome = await attempt(delivery, endpoint.secret, endpoint.url, now, post);
    delivery.attempts += 1;
    delivery.lastStatusCode = outcome.status;
    delivery.lastError = outcome.error ?? (outcome.ok ? null : `HTTP ${outcome.status}`);
    if (outcome.ok) {
      delivery.status = 'delivered';
      delivery.deliveredAt = now;
      delivery.nextAttemptAt = null;
      delivered += 1;
    } else {
      const delay = RETRY_DELAYS_SECONDS[delivery.attempts - 1];
      delivery.status = delay === undefined ? 'failed' : 'pending';
      delivery.nextAttemptAt = delay === undefined ? null : new Date(now.getTime() + delay * 1000);
      if (delay === undefined) failed += 1;
    }
  }
  await em.flush();
  return { delivered, failed };
}
