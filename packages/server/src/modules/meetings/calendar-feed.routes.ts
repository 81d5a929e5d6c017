import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { recordAudit } from '../audit/audit.ts';
import { requestActor } from '../task-lists/request-actor.ts';
import { checkUnitIds, unitDirectory } from '../task-lists/task-list-units.ts';
import { hashFeedToken, newFeedToken } from './calendar-feed.service.ts';
import { CalendarFeed, type CalendarFeedRow } from './meeting.entity.ts';
import { security, tenantParams } from './schemas.ts';

const tags = ['calendar-feeds'];
const MEMBERS = ['tenant_admin', 'liaison', 'staff', 'leader'] as const;
const feedSchema = z.object({
  id: z.uuid(),
  unitId: z.string().nullable(),
  label: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

function toFeedDto(feed: CalendarFeedRow) {
  return {
    id: feed.id,
    unitId: feed.unitId ?? null,
    label: feed.label,
    createdAt: feed.createdAt.toISOString(),
    revokedAt: feed.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Subscribable calendars (iCalendar) of the tenant or of a unit. The token is
 * shown once; only its hash is stored, and revoking stops the feed at once.
 */
export const calendarFeedRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post(
    '/calendar-feeds',
    {
      schema: {
        tags,
        summary: 'Create a calendar feed: the whole tenant (office) or a unit (members: their own unit)',
        security,
        params: tenantParams,
        body: z.strictObject({
          unitId: z.uuid().optional(),
          label: z.string().trim().min(1).max(100).optional(),
        }),
        response: {
          201: feedSchema.extend({ token: z.string(), url: z.string() }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, MEMBERS);
      const isOffice = scope.role === 'tenant_admin';
      const unitId = isOffice ? (request.body.unitId ?? null) : scope.unitId;
      if (!isOffice && request.body.unitId && request.body.unitId !== scope.unitId)
        throw new AppError('FORBIDDEN');
      const token = newFeedToken(scope.tenant.code);
      const created = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const units = await unitDirectory(em);
        if (unitId) checkUnitIds(units, [unitId], 'body.unitId');
        const feed = em.create(CalendarFeed, {
          tenant: scope.tenant.id,
          id: randomUUID(),
          unitId,
          label: request.body.label ?? (unitId ? (units.byId(unitId)?.name ?? '') : scope.tenant.name),
          tokenHash: hashFeedToken(token),
          createdBy: request.principal?.accountId ?? null,
          createdAt: ctx.clock.now(),
          revokedAt: null,
        });
        recordAudit(em, {
          tenantId: scope.tenant.id,
          actor: requestActor(request),
          action: 'calendarFeed.created',
          entityType: 'calendar_feed',
          entityId: feed.id,
          after: toFeedDto(feed),
          requestId: request.id,
          at: ctx.clock.now(),
        });
        await em.flush();
        return toFeedDto(feed);
      });
      return reply.status(201).send({ ...created, token, url: `/api/calendar/${token}.ics` });
    },
  );

  app.get(
    '/calendar-feeds',
    {
      schema: {
        tags,
        summary: 'Calendar feeds: all of them for the office, your own for others',
        security,
        params: tenantParams,
        response: { 200: z.object({ feeds: z.array(feedSchema) }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, MEMBERS);
      const owner = scope.role === 'tenant_admin' ? {} : { createdBy: request.principal?.accountId ?? '' };
      const feeds = await inTenant(ctx.orm, scope.tenant.id, (em) =>
        em.find(CalendarFeed, owner, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      );
      return { feeds: feeds.map(toFeedDto) };
    },
  );

  app.post(
    '/calendar-feeds/:feedId/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a calendar feed (the office, or whoever created it)',
        security,
        params: tenantParams.extend({ feedId: z.uuid() }),
        response: { 200: feedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, MEMBERS);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const feed = await em.findOne(CalendarFeed, { id: request.params.feedId });
        if (!feed) throw new AppError('NOT_FOUND');
        if (scope.role !== 'tenant_admin' && feed.createdBy !== request.principal?.accountId) {
          throw new AppError('FORBIDDEN');
        }
        const before = toFeedDto(feed);
        feed.revokedAt ??= ctx.clock.now();
        recordAudit(em, {
          tenantId: scope.tenant.id,
          actor: requestActor(request),
          action: 'calendarFeed.revoked',
          entityType: 'calendar_feed',
          entityId: feed.id,
          before,
          after: toFeedDto(feed),
          requestId: request.id,
          at: ctx.clock.now(),
        });
        await em.flush();
        return toFeedDto(feed);
      });
    },
  );
};
