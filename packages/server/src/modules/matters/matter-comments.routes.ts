import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { scopeOf } from '../../http/tenant-scope.ts';
import { recordAudit } from '../audit/audit.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { Matter } from './matter.entity.ts';
import { callerOf, loadVisibleMatter } from './matter-access.ts';
import { MatterComment, type MatterCommentRow } from './matter-extras.entity.ts';
import { inMatterTransaction } from './matter-transaction.ts';
import { matterParams, security } from './schemas.ts';

const commentSchema = z.object({
  id: z.uuid(),
  authorId: z.string().nullable(),
  authorUnitId: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});

const timelineEntrySchema = z.object({
  at: z.string(),
  matterId: z.string(),
  action: z.string(),
  actor: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

function commentView(comment: MatterCommentRow) {
  return {
    id: comment.id,
    authorId: comment.authorId ?? null,
    authorUnitId: comment.authorUnitId ?? null,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
  };
}

/** Comments on a matter and its full timeline (every audited change of it and its linked matters). */
export const matterCommentRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/matters/:id/comments',
    {
      schema: {
        tags: ['matters'],
        summary: 'Comments on a matter, oldest first',
        security,
        params: matterParams,
        response: { 200: z.object({ comments: z.array(commentSchema) }), ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      return inMatterTransaction(ctx, scope.tenant.id, null, async (em) => {
        const { matter } = await loadVisibleMatter(em, scope, request.params.id);
        const comments = await em.find(
          MatterComment,
          { matter },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        );
        return { comments: comments.map(commentView) };
      });
    },
  );

  app.post(
    '/matters/:id/comments',
    {
      schema: {
        tags: ['matters'],
        summary: 'Comment on a matter (anyone who sees it, except read-only leaders and operators)',
        security,
        params: matterParams,
        body: z.strictObject({ body: z.string().trim().min(1).max(5000) }),
        response: { 201: commentSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const caller = callerOf(request, scope);
      const comment = await inMatterTransaction(ctx, scope.tenant.id, null, async (em) => {
        const { matter } = await loadVisibleMatter(em, scope, request.params.id);
        if (scope.role === 'leader' || scope.role === 'platform_operator') throw new AppError('FORBIDDEN');
        const now = ctx.clock.now();
        const row = em.create(MatterComment, {
          tenant: scope.tenant.id,
          id: randomUUID(),
          matter,
          authorId: caller.actor.id,
          authorUnitId: scope.unitId,
          body: request.body.body,
          createdAt: now,
        });
        recordAudit(em, {
          tenantId: scope.tenant.id,
          actor: caller.actor,
          action: 'matter.commented',
          entityType: 'matter',
          entityId: matter.id,
          after: { commentId: row.id },
          requestId: caller.requestId,
          at: now,
        });
        return row;
      });
      return reply.status(201).send(commentView(comment));
    },
  );

  app.get(
    '/matters/:id/timeline',
    {
      schema: {
        tags: ['matters'],
        summary: 'The timeline of a matter and every matter linked to it by escalation, from the audit log',
        security,
        params: matterParams,
        response: { 200: z.object({ entries: z.array(timelineEntrySchema) }), ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      return inMatterTransaction(ctx, scope.tenant.id, null, async (em) => {
        const { matter } = await loadVisibleMatter(em, scope, request.params.id);
        const family = await em.find(Matter, { rootMatterId: matter.rootMatterId }, { fields: ['id'] });
        const events = await em.find(
          AuditEvent,
          { entityType: 'matter', entityId: { $in: family.map((member) => member.id) } },
          { orderBy: { occurredAt: 'asc', seq: 'asc' } },
        );
        // Changes made by one request share an instant: a creation still reads before what followed it,
        // and otherwise the audit chain's order (the order they were written) decides.
        const rank = (action: string) => (action === 'matter.created' ? 0 : 1);
        events.sort(
          (a, b) =>
            a.occurredAt.getTime() - b.occurredAt.getTime() ||
            rank(a.action) - rank(b.action) ||
            (a.seq ?? 0) - (b.seq ?? 0),
        );
        return {
          entries: events.map((event) => ({
            at: event.occurredAt.toISOString(),
            matterId: event.entityId,
            action: event.action,
            actor: event.actorLabel,
            before: event.before ?? null,
            after: event.after ?? null,
          })),
        };
      });
    },
  );
};
