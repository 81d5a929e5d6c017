import { epochDayFromIso, type IsoDate, isoFromEpochDay, resolveThresholds } from '@liandong/core';
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
import { seesAll } from './matter-access.ts';
import { readMatterSources } from './matter-read.ts';
import { matterView } from './matter-view.ts';
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

/** A condition on the matter `m` in SQL, with its `?` parameters in order. */
interface Condition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

const condition = (sql: string, ...params: unknown[]): Condition => ({ sql, params });

/** The matter is one the unit sent, or one it is a party to (recipient or copied). */
const PARTY_OF = `exists (select 1 from matter_party p
  where p.tenant_id = m.tenant_id and p.matter_id = m.id and p.unit_id = ?)`;

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
): Condition {
  if (light === 'none') return condition('m.due_on is null');
  if (light === 'red') return condition('m.due_on < ?', today);
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
  if (light === 'yellow') return condition('m.due_on >= ? and m.due_on <= ?', today, lastWithin(yellow));
  if (light === 'blue') {
    return condition('m.due_on > ? and m.due_on <= ?', lastWithin(yellow), lastWithin(blue));
  }
  return condition('m.due_on > ?', lastWithin(blue));
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
        const where: Condition[] = [];
        if (!seesAll(scope)) {
          if (scope.unitId === null) return { items: [], nextCursor: null };
          // A draft is the sender's alone until it is sent.
          where.push(
            condition(
              `(m.from_unit_id = ? or (m.state <> 'draft' and ${PARTY_OF}))`,
              scope.unitId,
              scope.unitId,
            ),
          );
        }
        if (query.unitId) {
          where.push(condition(`(m.from_unit_id = ? or ${PARTY_OF})`, query.unitId, query.unitId));
        }
        if (query.type) where.push(condition('m.type = ?', query.type));
        if (query.state) where.push(condition('m.state = ?', query.state));
        if (query.rootMatterId) where.push(condition('m.root_matter_id = ?', query.rootMatterId));
        if (query.dueBefore) where.push(condition('m.due_on <= ?', query.dueBefore));
        if (query.dueAfter) where.push(condition('m.due_on >= ?', query.dueAfter));
        if (query.q) where.push(condition('m.title ilike ?', `%${likeEscaped(query.q)}%`));
        if (query.light) {
          const rules = await tenantRules(em, scope.tenant.id);
          where.push(lightBounds(query.light, today, scope.tenant.id, rules.manifest.thresholds ?? {}));
        }
        const byDue = query.sort === 'due';
        if (byDue) where.push(condition('m.due_on is not null'));
        if (query.cursor) {
          const { k, i } = decodeCursor(query.cursor);
          where.push(
            byDue
              ? condition('(m.due_on > ? or (m.due_on = ? and m.id > ?))', k, k, i)
              : condition('(m.created_at < ? or (m.created_at = ? and m.id < ?))', k, k, i),
          );
        }
        const rows = await readMatterSources(em, scope.tenant.id, {
          where: where.map((part) => part.sql),
          params: where.flatMap((part) => part.params),
          orderBy: byDue ? 'm.due_on asc, m.id asc' : 'm.created_at desc, m.id desc',
          limit: query.limit + 1,
        });
        const page = rows.slice(0, query.limit);
        const last = page.at(-1);
        const nextCursor =
          rows.length > query.limit && last
            ? encodeCursor({ k: byDue ? last.dueOn : last.createdAt, i: last.id })
            : null;
        return { items: page.map((source) => matterView(source, today)), nextCursor };
      });
    },
  );
};
