import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { actorOf, security, tenantParams } from '../admin/admin-support.ts';
import { recordAudit } from '../audit/audit.ts';
import { queueWebhookEvent } from './notify.service.ts';
import { WebhookDelivery, WebhookEndpoint, type WebhookEndpointRow } from './webhook.entity.ts';
import {
  refusedLiteralHost,
  type WebhookDestinationPolicy,
  webhookDestinationPolicy,
} from './webhook-destination.ts';

const tags = ['webhooks'];
const endpointParams = tenantParams.extend({ endpointId: z.uuid() });

const endpointSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string().nullable(),
  status: z.string(),
  createdAt: z.string(),
});

function dto(endpoint: WebhookEndpointRow) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description ?? null,
    status: endpoint.status,
    createdAt: endpoint.createdAt.toISOString(),
  };
}

function checkedUrl(raw: string, policy: WebhookDestinationPolicy): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('WEBHOOK_URL_INVALID', { fields: [{ path: 'body.url', message: 'not a URL' }] });
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    throw new AppError('WEBHOOK_URL_INVALID', {
      fields: [{ path: 'body.url', message: 'http(s), no credentials' }],
    });
  }
  const refused = refusedLiteralHost(url, policy);
  if (refused !== undefined) {
    throw new AppError('WEBHOOK_URL_INVALID', {
      message: `The webhook address ${refused} is ${policy.refusal}.`,
      fields: [{ path: 'body.url', message: `${refused}: ${policy.refusal}` }],
    });
  }
  return url.toString();
}

/** The linkage office's webhook endpoints for outside systems, and what was delivered to them. */
export const webhookRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const policy = webhookDestinationPolicy(ctx.config.webhookPrivateNetworks);
  app.get(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'Webhook endpoints (linkage office)',
        security,
        params: tenantParams,
        response: { 200: z.object({ endpoints: z.array(endpointSchema) }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin']);
      const rows = await inTenant(ctx.orm, scope.tenant.id, (em) =>
        em.find(WebhookEndpoint, {}, { orderBy: { createdAt: 'asc' } }),
      );
      return { endpoints: rows.map(dto) };
    },
  );

  app.post(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'Add an endpoint; its signing secret is shown once (linkage office)',
        security,
        params: tenantParams,
        body: z.strictObject({
          url: z.string().min(1).max(500),
          description: z.string().trim().max(200).optional(),
        }),
        response: {
          201: z.object({ endpoint: endpointSchema, secret: z.string() }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin']);
      const url = checkedUrl(request.body.url, policy);
      const secret = `whsec_${randomBytes(24).toString('base64url')}`;
      const now = ctx.clock.now();
      const tenantId = scope.tenant.id;
      const endpoint = await inTenant(ctx.orm, tenantId, async (em) => {
        const row = em.create(WebhookEndpoint, {
          tenant: tenantId,
          id: randomUUID(),
          url,
          secret,
          description: request.body.description ?? null,
          status: 'active',
          createdAt: now,
        });
        recordAudit(em, {
          tenantId,
          actor: actorOf(request),
          action: 'webhook.created',
          entityType: 'webhook_endpoint',
          entityId: row.id,
          after: dto(row),
          requestId: request.id,
          at: now,
        });
        await em.flush();
        return dto(row);
      });
      return reply.status(201).send({ endpoint, secret });
    },
  );

  for (const [verb, status] of [
    ['disable', 'disabled'],
    ['enable', 'active'],
  ] as const) {
    app.post(
      `/webhooks/:endpointId/${verb}`,
      {
        schema: {
          tags,
          summary: `${verb === 'disable' ? 'Stop' : 'Resume'} deliveries to an endpoint (linkage office)`,
          security,
          params: endpointParams,
          response: { 200: endpointSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const scope = scopeOf(request);
        requireRole(scope, ['tenant_admin']);
        const now = ctx.clock.now();
        return inTenant(ctx.orm, scope.tenant.id, async (em) => {
          const row = await em.findOne(WebhookEndpoint, { id: request.params.endpointId });
          if (!row) throw new AppError('NOT_FOUND');
          const before = dto(row);
          row.status = status;
          recordAudit(em, {
            tenantId: scope.tenant.id,
            actor: actorOf(request),
            action: `webhook.${status === 'active' ? 'enabled' : 'disabled'}`,
            entityType: 'webhook_endpoint',
            entityId: row.id,
            before,
            after: dto(row),
            requestId: request.id,
            at: now,
          });
          await em.flush();
          return dto(row);
        });
      },
    );
  }

  app.post(
    '/webhooks/:endpointId/ping',
    {
      schema: {
        tags,
        summary: 'Queue a test event to this endpoint (linkage office)',
        security,
        params: endpointParams,
        response: { 202: z.object({ queued: z.number().int() }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin']);
      const now = ctx.clock.now();
      const queued = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        if (!(await em.findOne(WebhookEndpoint, { id: request.params.endpointId })))
          throw new AppError('NOT_FOUND');
        return queueWebhookEvent(em, {
          tenantId: scope.tenant.id,
          event: 'ping',
          payload: { tenant: scope.tenant.code },
          dedupeKey: `ping:${randomUUID()}`,
          at: now,
          endpointId: request.params.endpointId,
        });
      });
      return reply.status(202).send({ queued });
    },
  );

  app.get(
    '/webhooks/:endpointId/deliveries',
    {
      schema: {
        tags,
        summary: 'Recent deliveries to an endpoint with their status (linkage office)',
        security,
        params: endpointParams,
        response: {
          200: z.object({
            deliveries: z.array(
              z.object({
                id: z.uuid(),
                event: z.string(),
                status: z.string(),
                attempts: z.number().int(),
                lastStatusCode: z.number().int().nullable(),
                lastError: z.string().nullable(),
                nextAttemptAt: z.string().nullable(),
                deliveredAt: z.string().nullable(),
                createdAt: z.string(),
              }),
            ),
          }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin']);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const endpoint = await em.findOne(WebhookEndpoint, { id: request.params.endpointId });
        if (!endpoint) throw new AppError('NOT_FOUND');
        const rows = await em.find(
          WebhookDelivery,
          { endpoint },
          { orderBy: { createdAt: 'desc' }, limit: 100 },
        );
        return {
          deliveries: rows.map((row) => ({
            id: row.id,
            event: row.event,
            status: row.status,
            attempts: row.attempts,
            lastStatusCode: row.lastStatusCode ?? null,
            lastError: row.lastError ?? null,
            nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
            deliveredAt: row.deliveredAt?.toISOString() ?? null,
            createdAt: row.createdAt.toISOString(),
          })),
        };
      });
    },
  );
};
