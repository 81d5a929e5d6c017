import { epochDayFromIso, type IsoDate, isoFromEpochDay, resolveThresholds } from '@liandong/core';
import { type FilterQuery, raw } from '@mikro-orm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { likeEscaped } from '../../db/like-pattern.ts';
import { inTenantRead } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { scopeOf } from '../../http/tenant-scope.ts';
import { shanghaiToday } from '../../time/shanghai-date.ts';
import { calendarFor } from './calendar-for-tenant.ts';
import { Matter, type MatterRow } from './matter.entity.ts';
import { seesAll } from './matter-access.ts';
import { loadViews } from './matter-view.ts';
import { listQuerySchema, matterViewSchema, security, tenantParams } from './schemas.ts';
import { tenantRules } from './tenant-rules.ts';

type Cursor = { readonly k: string | null; readonly i: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof value.i === 'string' && typeof value.k === 'string') return { k: value.k, i: value.i };
  } catch {
    // Falls through to the 400 below: a cursor is opaque and only ours.
  }
  throw new AppError('VALIDATION_FAILED', {
    fields: [{ path: 'querystring.cursor', message: 'not a cursor this API returned' }],
  });
}

/**
 * Due-date bounds of a traffic light as of today, so the filter runs in SQL
 * on the stored nearest due date. Uses the tenant's default thresholds; a
 * matter rule with its own thresholds may show a neighbouring colour.
 */
function lightBounds(
  light: 'red' | 'yellow' | 'blue' | 'green' | 'none',
  today: IsoDate,
  tenantId: string,
  thresholds: { yellowWithinWorkingDays?: number | undefined; blueWithinWorkingDays?: number | undefined },
): FilterQuery<MatterRow> {
  if (light === 'none') return { dueOn: null };
  if (light === 'red') return { dueOn: { $lt: today } };
  const calendar = calendarFor(tenantId);
  const resolved = resolveThresholds(
    Object.fromEntries(Object.entries(thresholds).filter(([, value]) => value !== undefined)),
  );
  const { yellowWithinWorkingDays: yellow, blueWithinWorkingDays: blue } = resolved.ok
    ? resolved.value
    : { yellowWithinWorkingDays: 3, blueWithinWorkingDays: 10 };
  const day = epochDayFromIso(today);
  // The last day with at most N working days left is the day before the (N+1)-th working day.
  const lastWithin = (n: number) => isoFromEpochDay(calendar.nthWorkingAfter(day, n + 1) - 1);
  if (light === 'yellow') return { dueOn: { $gte: today, $lte: lastWithin(yellow) } };
  if (light === 'blue') return { dueOn: { $gt: lastWithin(yellow), $lte: lastWithin(blue) } };
  return { dueOn: { $gt: lastWithin(blue) } };
}

/** The inbox: matters the caller may see, filtered, in pages. */
export const matterListRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/matters',
    {
      schema: {
        tags: ['matters'],
        summary:
          'List matters (filters, cursor pagination); a unit sees what it sent, received or was copied',
        description:
          'The linkage office and operators see every matter. `sort=created` (newest first) or `sort=due` ' +
          '(nearest due date first, open clocks only). Pass `nextCursor` back as `cursor` for the next page.',
        security,
        params: tenantParams,
        querystring: listQuerySchema,
        response: {
          200: z.object({ items: z.array(matterViewSchema), nextCursor: z.string().nullable() }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const query = request.query;
      const today = shanghaiToday(ctx.clock);
      return inTenantRead(ctx.orm, scope.tenant.id, async (em) => {
        const where: FilterQuery<MatterRow>[] = [];
        // A correlated EXISTS on matter_party's (tenant, unit) key, not a list of the unit's
        // matter ids: one statement, and its cost does not grow with the unit's history.
        const partyOf = (unitId: string): FilterQuery<MatterRow> => ({
          [raw(
            (alias) =>
              `exists (select 1 from matter_party p where p.tenant_id = ${alias}.tenant_id and p.matter_id = ${alias}.id and p.unit_id = ?)`,
            [unitId],
          )]: true,
        });
        if (!seesAll(scope)) {
          if (scope.unitId === null) return { items: [], nextCursor: null };
          // A draft is the sender's alone until it is sent.
          const received = { $and: [partyOf(scope.unitId), { state: { $ne: 'draft' as const } }] };
          where.push({ $or: [{ fromUnit: { id: scope.unitId } }, received] });
        }
        if (query.unitId) {
          where.push({
            $or: [{ fromUnit: { id: query.unitId } }, partyOf(query.unitId)],
          });
        }
        if (query.type) where.push({ type: query.type });
        if (query.state) where.push({ state: query.state });
        if (query.rootMatterId) where.push({ rootMatterId: query.rootMatterId });
        if (query.dueBefore) where.push({ dueOn: { $lte: query.dueBefore } });
        if (query.dueAfter) where.push({ dueOn: { $gte: query.dueAfter } });
        if (query.q) where.push({ title: { $ilike: `%${likeEscaped(query.q)}%` } });
        if (query.light) {
          const rules = await tenantRules(em, scope.tenant.id);
          where.push(lightBounds(query.light, today, scope.tenant.id, rules.manifest.thresholds ?? {}));
        }
        const byDue = query.sort === 'due';
        if (byDue) where.push({ dueOn: { $ne: null } });
        if (query.cursor) {
          const { k, i } = decodeCursor(query.cursor);
          if (byDue) where.push({ $or: [{ dueOn: { $gt: k } }, { dueOn: k, id: { $gt: i } }] });
          else {
            const at = new Date(k ?? '');
            where.push({ $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: i } }] });
          }
        }
        const rows = await em.find(
          Matter,
          { $and: where },
          {
            orderBy: byDue ? { dueOn: 'asc', id: 'asc' } : { createdAt: 'desc', id: 'desc' },
            limit: query.limit + 1,
          },
        );
        const page = rows.slice(0, query.limit);
        const last = page.at(-1);
        const nextCursor =
          rows.length > query.limit && last
            ? encodeCursor({ k: byDue ? (last.dueOn ?? null) : last.createdAt.toISOString(), i: last.id })
            : null;
        return { items: await loadViews(em, page, today), nextCursor };
      });
    },
  );
};
