import { createHash } from 'node:crypto';
import { ACTION_SIDE } from '@liandong/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenantRead } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { scopeOf } from '../../http/tenant-scope.ts';
import { shanghaiToday } from '../../time/shanghai-date.ts';
import { recordAudit } from '../audit/audit.ts';
import { callerOf, canSee, loadVisibleMatter, requireSide, requireVersion } from './matter-access.ts';
import { applyMatterAction } from './matter-actions.ts';
import { matterAttachmentRoutes } from './matter-attachments.routes.ts';
import { matterClockRoutes } from './matter-clock.routes.ts';
import { matterCommentRoutes } from './matter-comments.routes.ts';
import { createMatter } from './matter-create.service.ts';
import { matterEscalationRoutes } from './matter-escalation.routes.ts';
import { MatterIdempotency } from './matter-extras.entity.ts';
import { matterListRoutes } from './matter-list.routes.ts';
import { readMatterSource } from './matter-read.ts';
import { matterRuleRoutes } from './matter-rules.routes.ts';
import { inMatterTransaction } from './matter-transaction.ts';
import { loadView, matterView } from './matter-view.ts';
import {
  actionParams,
  createMatterSchema,
  matterParams,
  matterViewSchema,
  security,
  tenantParams,
  transitionSchema,
} from './schemas.ts';
import { findMatterRule, tenantRules } from './tenant-rules.ts';

const idempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(200).optional(),
});

/** Matters (事项): create, read and move through their workflow (mounted under `/api/t/:tenant`). */
export const matterRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  await app.register(matterListRoutes, ctx);
  await app.register(matterRuleRoutes, ctx);
  await app.register(matterClockRoutes, ctx);
  await app.register(matterEscalationRoutes, ctx);
  await app.register(matterCommentRoutes, ctx);
  await app.register(matterAttachmentRoutes, ctx);
  app.post(
    '/matters',
    {
      schema: {
        tags: ['matters'],
        summary: 'Create a matter under a matter rule (linkage office, or a liaison/staff of a sending unit)',
        description:
          'Computes its clocks, due dates (with explanation), reminders and escalation dates from the tenant’s rules. ' +
          'Send an `Idempotency-Key` header so a retried request returns the same matter.',
        security,
        params: tenantParams,
        headers: idempotencyHeaders,
        body: createMatterSchema,
        response: { 201: matterViewSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const caller = callerOf(request, scope);
      const key = request.headers['idempotency-key'];
      const hash = createHash('sha256').update(JSON.stringify(request.body)).digest('hex');
      const now = ctx.clock.now();
      const moment = { today: shanghaiToday(ctx.clock), now, actor: caller.actor };
      const attempt = () =>
        inMatterTransaction(ctx, scope.tenant.id, null, async (em) => {
          if (key !== undefined) {
            const prior = await em.findOne(MatterIdempotency, { key });
            if (prior) {
              if (prior.requestHash !== hash) {
                throw new AppError('MATTER_IDEMPOTENCY_MISMATCH', { details: { matterId: prior.matterId } });
              }
              return {
                replayed: true,
                view: await loadView(em, scope.tenant.id, prior.matterId, moment.today),
              };
            }
          }
          const rules = await tenantRules(em, scope.tenant.id);
          const rule = findMatterRule(rules, request.body.ruleKey);
          if (!rule) {
            const message = `no matter rule “${request.body.ruleKey}” in ${rules.ruleVersion}`;
            throw new AppError('MATTER_RULE_UNKNOWN', {
              message,
              fields: [{ path: 'body.ruleKey', message }],
            });
          }
          const matter = await createMatter(em, caller, rule, rules.ruleVersion, request.body, moment);
          if (key !== undefined) {
            em.create(MatterIdempotency, {
              tenant: scope.tenant.id,
              key,
              requestHash: hash,
              matterId: matter.id,
              createdAt: now,
            });
          }
          await em.flush();
          return { replayed: false, view: await loadView(em, scope.tenant.id, matter.id, moment.today) };
        });
      let result: Awaited<ReturnType<typeof attempt>>;
      try {
        result = await attempt();
      } catch (error) {
        // A concurrent request with the same key committed first: answer with its matter.
        if (key === undefined || !(error instanceof UniqueConstraintViolationException)) throw error;
        result = await attempt();
      }
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(result.view);
    },
  );

  app.get(
    '/matters/:id',
    {
      schema: {
        tags: ['matters'],
        summary: 'One matter with its parties, clocks (due dates and explanations) and allowed actions',
        security,
        params: matterParams,
        response: { 200: matterViewSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      return inTenantRead(ctx.orm, scope.tenant.id, async (em) => {
        // One statement reads the matter, its parties and clocks; the access check runs on what it read.
        const source = await readMatterSource(em, scope.tenant.id, request.params.id);
        if (!source || !canSee(scope, source, source.parties)) throw new AppError('NOT_FOUND');
        return matterView(source, shanghaiToday(ctx.clock));
      });
    },
  );

  app.post(
    '/matters/:id/actions/:action',
    {
      schema: {
        tags: ['matters'],
        summary:
          'Take a workflow action (send, receive, reply, evaluate, submit, acknowledge, return, revise, withdraw, close)',
        description:
          'Sender actions: the sending unit’s liaison/staff or the linkage office; recipient actions: a receiving unit’s ' +
          'liaison/staff or the linkage office. An action the state does not allow is a 409 `MATTER_ILLEGAL_TRANSITION` ' +
          'naming the state and allowed actions; a stale `version` is a 409 `MATTER_VERSION_CONFLICT`.',
        security,
        params: actionParams,
        body: transitionSchema,
        response: { 200: matterViewSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const caller = callerOf(request, scope);
      const { id, action } = request.params;
      const today = shanghaiToday(ctx.clock);
      if (request.body.on !== undefined && request.body.on > today) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'body.on', message: 'the date may not be in the future' }],
        });
      }
      return inMatterTransaction(ctx, scope.tenant.id, id, async (em) => {
        const { matter, parties } = await loadVisibleMatter(em, scope, id);
        requireVersion(matter, request.body.version);
        requireSide(scope, matter, parties, ACTION_SIDE[action]);
        const now = ctx.clock.now();
        const change = await applyMatterAction(em, matter, parties, action, {
          today,
          now,
          actor: caller.actor,
          on: request.body.on,
          unitId: scope.role === 'tenant_admin' ? null : scope.unitId,
        });
        recordAudit(em, {
          tenantId: scope.tenant.id,
          actor: caller.actor,
          action: `matter.${action}`,
          entityType: 'matter',
          entityId: matter.id,
          before: { state: change.from, version: request.body.version },
          after: { state: change.to, ...(request.body.note ? { note: request.body.note } : {}) },
          requestId: caller.requestId,
          at: now,
        });
        await em.flush();
        return loadView(em, scope.tenant.id, matter.id, today);
      });
    },
  );
};
