import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { scopeOf } from '../../http/tenant-scope.ts';
import { shanghaiToday } from '../../time/shanghai-date.ts';
import { callerOf, loadVisibleMatter, requireVersion } from './matter-access.ts';
import { escalateMatter } from './matter-escalation.service.ts';
import { inMatterTransaction } from './matter-transaction.ts';
import { loadView } from './matter-view.ts';
import { escalateSchema, matterParams, matterViewSchema, security } from './schemas.ts';

/** Escalation by decision (督办, 经检察长决定): the linked document of one ladder step. */
export const matterEscalationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post(
    '/matters/:id/escalate',
    {
      schema: {
        tags: ['matters'],
        summary:
          'Take an escalation step: create its linked document (follow-up letter, suggestion, notice, report)',
        description:
          'The linkage office or a liaison of the sending unit, once an answer the recipient owes is overdue. ' +
          'Answers 201 with the new linked matter (a draft to send), on the same timeline as its parent.',
        security,
        params: matterParams,
        body: escalateSchema,
        response: {
          201: z.object({ parent: matterViewSchema, linked: matterViewSchema }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const caller = callerOf(request, scope);
      const { id } = request.params;
      const result = await inMatterTransaction(ctx, scope.tenant.id, id, async (em) => {
        const { matter } = await loadVisibleMatter(em, scope, id);
        const isSenderLiaison = scope.role === 'liaison' && scope.unitId === matter.fromUnit.id;
        if (scope.role !== 'tenant_admin' && !isSenderLiaison) {
          throw new AppError(scope.role === 'liaison' ? 'MATTER_NOT_YOUR_SIDE' : 'FORBIDDEN');
        }
        requireVersion(matter, request.body.version);
        const today = shanghaiToday(ctx.clock);
        const linked = await escalateMatter(em, {
          tenantId: scope.tenant.id,
          matterId: id,
          stepKey: request.body.stepKey,
          actor: caller.actor,
          today,
          now: ctx.clock.now(),
          requestId: caller.requestId,
        });
        await em.flush();
        return {
          parent: await loadView(em, scope.tenant.id, id, today),
          linked: await loadView(em, scope.tenant.id, linked.id, today),
        };
      });
      return reply.status(201).send(result);
    },
  );
};
