import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { scopeOf, type TenantScope } from '../../http/tenant-scope.ts';
import { security, tenantParams } from '../admin/admin-support.ts';
import { Notification, type NotificationRow } from './notification.entity.ts';

const tags = ['notifications'];

const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  subject: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

function dto(row: NotificationRow) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    subject: row.subject,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** Notifications belong to a member; an operator visiting a tenant has none there. */
function memberIdOf(scope: TenantScope, accountId: string | undefined): readonly [string, string] {
  if (scope.role === 'platform_operator' || !accountId) throw new AppError('FORBIDDEN');
  // The member key is (tenant, id): the tenant is part of every foreign key.
  return [scope.tenant.id, accountId];
}

/** The caller's own in-app notifications: list, unread count, mark read. */
export const notificationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first',
        security,
        params: tenantParams,
        querystring: z.object({
          unreadOnly: z.enum(['true', 'false']).default('false'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({ notifications: z.array(notificationSchema), unread: z.number().int() }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const member = memberIdOf(scope, request.principal?.accountId);
      const { unreadOnly, limit } = request.query;
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const where = unreadOnly === 'true' ? { member, readAt: null } : { member };
        const rows = await em.find(Notification, where, {
          orderBy: { createdAt: 'desc', id: 'desc' },
          limit,
        });
        const unread = await em.count(Notification, { member, readAt: null });
        return { notifications: rows.map(dto), unread };
      });
    },
  );

  app.get(
    '/notifications/unread-count',
    {
      schema: {
        tags,
        summary: 'How many of my notifications are unread',
        security,
        params: tenantParams,
        response: { 200: z.object({ unread: z.number().int() }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const member = memberIdOf(scope, request.principal?.accountId);
      const unread = await inTenant(ctx.orm, scope.tenant.id, (em) =>
        em.count(Notification, { member, readAt: null }),
      );
      return { unread };
    },
  );

  app.post(
    '/notifications/:notificationId/read',
    {
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        security,
        params: tenantParams.extend({ notificationId: z.uuid() }),
        response: { 200: notificationSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const member = memberIdOf(scope, request.principal?.accountId);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        // Someone else's notification is as missing as one that does not exist.
        const row = await em.findOne(Notification, { id: request.params.notificationId, member });
        if (!row) throw new AppError('NOT_FOUND');
        row.readAt ??= ctx.clock.now();
        await em.flush();
        return dto(row);
      });
    },
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        security,
        params: tenantParams,
        response: { 200: z.object({ marked: z.number().int() }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const member = memberIdOf(scope, request.principal?.accountId);
      const marked = await inTenant(ctx.orm, scope.tenant.id, (em) =>
        em.nativeUpdate(Notification, { member, readAt: null }, { readAt: ctx.clock.now() }),
      );
      return { marked };
    },
  );
};
