import { randomUUID } from 'node:crypto';
import { epochDayFromIso, isoFromEpochDay, parseLocalDays } from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../clock.ts';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { shanghaiToday } from '../../time/shanghai-date.ts';
import { actorOf, security, tenantParams } from '../admin/admin-support.ts';
import { recordAudit } from '../audit/audit.ts';
import { type RecomputeReport, recomputeOpenClocks } from '../matters/clock-recompute.service.ts';
import { buildCalendar, calendarError, calendarForTenant } from './calendar-for-tenant.ts';
import { CalendarNoticeRecord } from './calendar-notice.entity.ts';
import { LOCAL_DAY_KINDS, LocalDayRecord, type LocalDayRow } from './local-day.entity.ts';

const tags = ['calendar'];
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');

const localDaySchema = z.object({
  id: z.uuid(),
  date: z.string(),
  kind: z.enum(LOCAL_DAY_KINDS),
  name: z.string(),
  removedAt: z.string().nullable(),
});

function localDayDto(day: LocalDayRow) {
  return {
    id: day.id,
    date: day.date,
    kind: day.kind,
    name: day.name,
    removedAt: day.removedAt?.toISOString() ?? null,
  };
}

/** A changed day, with the open due dates recounted on the new calendar. */
const changedDaySchema = localDaySchema.extend({
  recomputed: z.object({ clocks: z.number().int(), moved: z.number().int() }),
});

/** Recounts the tenant's open clocks in the transaction that changed a day, so both commit together. */
async function recountDueDates(
  em: EntityManager,
  tenantId: string,
  date: string,
  cause: string,
  request: FastifyRequest,
  clock: Clock,
): Promise<RecomputeReport> {
  return recomputeOpenClocks(em, tenantId, await calendarForTenant(em, tenantId), {
    cause,
    year: Number(date.slice(0, 4)),
    today: shanghaiToday(clock),
    now: clock.now(),
    actor: actorOf(request),
    requestId: request.id,
  });
}

/** The tenant's working-day calendar: its local days off and working days, and any range of days. */
export const calendarRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/calendar/local-days',
    {
      schema: {
        tags,
        summary: 'Local days off and working days of the tenant (removed ones too, marked)',
        security,
        params: tenantParams,
        response: { 200: z.object({ days: z.array(localDaySchema) }), ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const days = await em.find(LocalDayRecord, {}, { orderBy: { date: 'asc', createdAt: 'asc' } });
        return { days: days.map(localDayDto) };
      });
    },
  );

  app.post(
    '/calendar/local-days',
    {
      schema: {
        tags,
        summary: 'Add a local day off or working day (linkage office)',
        security,
        params: tenantParams,
        body: z.strictObject({
          date: isoDate,
          kind: z.enum(LOCAL_DAY_KINDS),
          name: z.string().trim().min(1).max(100),
        }),
        response: { 201: changedDaySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin']);
      const { date, kind, name } = request.body;
      const parsed = parseLocalDays([{ date, name }]);
      if (!parsed.ok) throw calendarError('CALENDAR_INVALID_LOCAL_DAY', parsed.error, 'body.date');
      const tenantId = scope.tenant.id;
      const now = ctx.clock.now();
      const created = await inTenant(ctx.orm, tenantId, async (em) => {
        // One at a time per tenant, so two offices' clicks cannot both take a date.
        await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`local-days:${tenantId}`]);
        const standing = await em.find(LocalDayRecord, { removedAt: null });
        if (standing.some((day) => day.date === date)) {
          throw new AppError('CALENDAR_DAY_TAKEN', { fields: [{ path: 'body.date', message: 'taken' }] });
        }
        const rest = standing.filter((day) => day.kind === 'rest');
        const working = standing.filter((day) => day.kind === 'working');
        (kind === 'rest' ? rest : working).push({ date, name } as LocalDayRow);
        const notices = await em.find(CalendarNoticeRecord, {});
        // Core checks the range (2004–2099) and clashes exactly as the deadline engine will read them.
        buildCalendar(
          notices.map((record) => record.notice),
          rest.map((day) => ({ date: day.date, name: day.name })),
          working.map((day) => ({ date: day.date, name: day.name })),
        );
        const day = em.create(LocalDayRecord, {
          tenant: tenantId,
          id: randomUUID(),
          date,
          kind,
          name,
          createdAt: now,
          removedAt: null,
        });
        recordAudit(em, {
          tenantId,
          actor: actorOf(request),
          action: 'calendar.localDayAdded',
          entityType: 'calendar_local_day',
          entityId: day.id,
          after: localDayDto(day),
          requestId: request.id,
          at: now,
        });
        await em.flush();
        const recomputed = await recountDueDates(
          em,
          tenantId,
          date,
          'calendar.localDayAdded',
          request,
          ctx.clock,
        );
        return { ...localDayDto(day), recomputed };
      });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/calendar/local-days/:dayId/remove',
    {
      schema: {
        tags,
        summary: 'Remove a local day (kept, marked removed, for the audit trail) (linkage office)',
        security,
        params: tenantParams.extend({ dayId: z.uuid() }),
        response: { 200: changedDaySchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin']);
      const now = ctx.clock.now();
      const removed = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const day = await em.findOne(LocalDayRecord, { id: request.params.dayId });
        if (!day) throw new AppError('NOT_FOUND');
        if (day.removedAt) return { ...localDayDto(day), recomputed: { clocks: 0, moved: 0 } };
        const before = localDayDto(day);
        day.removedAt = now;
        recordAudit(em, {
          tenantId: scope.tenant.id,
          actor: actorOf(request),
          action: 'calendar.localDayRemoved',
          entityType: 'calendar_local_day',
          entityId: day.id,
          before,
          after: localDayDto(day),
          requestId: request.id,
          at: now,
        });
        await em.flush();
        const recomputed = await recountDueDates(
          em,
          scope.tenant.id,
          day.date,
          'calendar.localDayRemoved',
          request,
          ctx.clock,
        );
        return { ...localDayDto(day), recomputed };
      });
      return removed;
    },
  );

  app.get(
    '/calendar/days',
    {
      schema: {
        tags,
        summary: 'Each day of a range (at most 366 days) as the tenant’s deadlines count it',
        security,
        params: tenantParams,
        querystring: z.object({ from: isoDate, to: isoDate }),
        response: {
          200: z.object({
            days: z.array(
              z.object({
                date: z.string(),
                kind: z.string(),
                working: z.boolean(),
                name: z.string().nullable(),
                provisional: z.boolean(),
              }),
            ),
          }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const from = epochDayFromIso(request.query.from);
      const to = epochDayFromIso(request.query.to);
      if (Number.isNaN(from) || Number.isNaN(to) || to < from || to - from > 365) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'querystring.to', message: 'a real date range of at most 366 days' }],
        });
      }
      const calendar = await inTenant(ctx.orm, scope.tenant.id, (em) =>
        calendarForTenant(em, scope.tenant.id),
      );
      const days = [];
      for (let day = from; day <= to; day++) {
        const info = calendar.dayInfo(isoFromEpochDay(day));
        if (!info.ok) throw calendarError('CALENDAR_INVALID_LOCAL_DAY', info.error, 'querystring.from');
        days.push({
          date: info.value.date,
          kind: info.value.kind,
          working: info.value.working,
          name: info.value.name?.zh ?? null,
          provisional: info.value.provisional,
        });
      }
      return { days };
    },
  );
};
