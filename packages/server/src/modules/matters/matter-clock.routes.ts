import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import type { TenantScope } from '../../http/tenant-scope.ts';
import { scopeOf } from '../../http/tenant-scope.ts';
import { shanghaiToday } from '../../time/shanghai-date.ts';
import { recordAudit } from '../audit/audit.ts';
import type { MatterPartyRow, MatterRow } from './matter.entity.ts';
import { callerOf, loadVisibleMatter, requireVersion } from './matter-access.ts';
import { refreshMatterClocks } from './matter-actions.ts';
import { MatterClock, type StoredClockEvent } from './matter-clock.entity.ts';
import { inMatterTransaction } from './matter-transaction.ts';
import { loadView } from './matter-view.ts';
import {
  clockParams,
  extendSchema,
  matterViewSchema,
  resumeSchema,
  security,
  suspendSchema,
} from './schemas.ts';

/**
 * Who may suspend, resume or extend a clock: the linkage office, or a liaison
 * of the side that owns it (the sender's unit for a sender's duty, a
 * recipient unit for the answer) — staff and leaders may not move a deadline.
 */
function requireClockAuthority(
  scope: TenantScope,
  matter: MatterRow,
  parties: readonly MatterPartyRow[],
  owner: 'sender' | 'recipient',
): void {
  if (scope.role === 'tenant_admin') return;
  if (scope.role !== 'liaison' || scope.unitId === null) throw new AppError('FORBIDDEN');
  const owns =
    owner === 'sender'
      ? matter.fromUnit.id === scope.unitId
      : parties.some((party) => party.role === 'to' && party.unit.id === scope.unitId);
  if (!owns) throw new AppError('MATTER_NOT_YOUR_SIDE', { details: { side: owner } });
}

type ClockOp = 'suspend' | 'resume' | 'extend';

const ALLOWED_STATUS: Record<ClockOp, readonly string[]> = {
  suspend: ['running'],
  resume: ['suspended'],
  extend: ['running', 'suspended'],
};

/** Suspending, resuming and extending a clock (中止 / 恢复 / 延长), each with its reason recorded. */
export const matterClockRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const operate = async (
    request: FastifyRequest,
    params: { id: string; clockKey: string },
    op: ClockOp,
    body: {
      version: number;
      reason?: string | undefined;
      by?: { calendarDays: number } | { workingDays: number };
    },
  ) => {
    const scope = scopeOf(request);
    const caller = callerOf(request, scope);
    const { id, clockKey } = params;
    return inMatterTransaction(ctx, scope.tenant.id, id, async (em) => {
      const { matter, parties } = await loadVisibleMatter(em, scope, id);
      requireVersion(matter, body.version);
      const clocks = await em.find(MatterClock, { matter }, { orderBy: { createdAt: 'asc', key: 'asc' } });
      const clock = clocks.find((candidate) => candidate.key === clockKey);
      if (!clock) throw new AppError('NOT_FOUND');
      requireClockAuthority(scope, matter, parties, clock.owner);
      if (!ALLOWED_STATUS[op].includes(clock.status) || (op === 'extend' && !clock.rule)) {
        throw new AppError('MATTER_CLOCK_INVALID', {
          message: `The clock is ${clock.status}; it cannot be ${op === 'extend' ? 'extended' : `${op}d`}.`,
          details: { clock: clock.key, status: clock.status },
        });
      }
      const now = ctx.clock.now();
      const today = shanghaiToday(ctx.clock);
      const stamp = { recordedBy: caller.actor.id, recordedAt: now.toISOString() };
      const reason = body.reason ? { reason: body.reason } : {};
      const event: StoredClockEvent =
        op === 'suspend'
          ? { type: 'suspended', on: today, ...reason, ...stamp }
          : op === 'resume'
            ? { type: 'resumed', on: today, ...stamp }
            : { type: 'extended', on: today, by: body.by ?? { calendarDays: 1 }, ...reason, ...stamp };
      const beforeDue = clock.dueOn ?? null;
      clock.events = [...clock.events, event];
      matter.updatedAt = now;
      await refreshMatterClocks(em, matter, clocks, { today, now, actor: caller.actor });
      recordAudit(em, {
        tenantId: scope.tenant.id,
        actor: caller.actor,
        action: `matter.clock.${op}`,
        entityType: 'matter',
        entityId: matter.id,
        before: { clock: clock.key, dueOn: beforeDue, version: body.version },
        after: { clock: clock.key, dueOn: clock.dueOn ?? null, status: clock.status, ...reason },
        requestId: caller.requestId,
        at: now,
      });
      await em.flush();
      return loadView(em, scope.tenant.id, matter.id, today);
    });
  };

  const schema = (
    summary: string,
    body: typeof suspendSchema | typeof resumeSchema | typeof extendSchema,
  ) => ({
    tags: ['matters'],
    summary,
    description:
      'The linkage office or a liaison of the side that owns the clock. The due date is recomputed by core.',
    security,
    params: clockParams,
    body,
    response: { 200: matterViewSchema, ...errorResponses(400, 401, 403, 404, 409) },
  });

  app.post(
    '/matters/:id/clocks/:clockKey/suspend',
    { schema: schema('Suspend a clock (中止), with a reason', suspendSchema) },
    (request) =>
      operate(request, request.params, 'suspend', request.body as { version: number; reason: string }),
  );
  app.post(
    '/matters/:id/clocks/:clockKey/resume',
    { schema: schema('Resume a suspended clock (恢复)', resumeSchema) },
    (request) =>
      operate(request, request.params, 'resume', request.body as { version: number; reason?: string }),
  );
  app.post(
    '/matters/:id/clocks/:clockKey/extend',
    { schema: schema('Extend a clock (延长期限), with a reason', extendSchema) },
    (request) =>
      operate(
        request,
        request.params,
        'extend',
        request.body as {
          version: number;
          reason: string;
          by: { calendarDays: number } | { workingDays: number };
        },
      ),
  );
};
