import { parseCalendarNotice } from '@liandong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inPlatform, inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { shanghaiToday } from '../../time/shanghai-date.ts';
import { recordAudit } from '../audit/audit.ts';
import {
  buildCalendar,
  calendarError,
  calendarForTenant,
  refreshNoticesOnly,
} from '../calendar/calendar-for-tenant.ts';
import { CalendarNoticeRecord, type CalendarNoticeRow } from '../calendar/calendar-notice.entity.ts';
import { recomputeOpenClocks } from '../matters/clock-recompute.service.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';

const security = [{ bearerAuth: [] }];
const tags = ['platform'];

const noticeSummarySchema = z.object({
  year: z.number().int(),
  source: z.string().nullable(),
  holidays: z.number().int(),
  workingDays: z.number().int(),
  importedAt: z.string(),
  importedBy: z.uuid(),
  version: z.number().int(),
});

function summary(record: CalendarNoticeRow) {
  return {
    year: record.year,
    source: record.source ?? null,
    holidays: record.notice.holidays.length,
    workingDays: record.notice.workingDays.length,
    importedAt: record.importedAt.toISOString(),
    importedBy: record.importedBy,
    version: record.version,
  };
}

/**
 * Operators import a year's official holiday notice (国务院办公厅通知). It
 * replaces that year for every tenant, so only an operator of all provinces may.
 */
export const calendarNoticeRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/api/platform/calendar/notices',
    {
      schema: {
        tags,
        summary: 'Imported holiday notices',
        security,
        response: { 200: z.object({ notices: z.array(noticeSummarySchema) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const principal = await ctx.authenticate(request);
      if (!principal.isOperator) throw new AppError('FORBIDDEN');
      const notices = await ctx.orm.em.fork().find(CalendarNoticeRecord, {}, { orderBy: { year: 'asc' } });
      return { notices: notices.map(summary) };
    },
  );

  app.put(
    '/api/platform/calendar/notices/:year',
    {
      schema: {
        tags,
        summary: 'Import (or replace) a year’s official holiday notice; it replaces the year for everyone',
        security,
        params: z.object({ year: z.coerce.number().int().min(2004).max(2099) }),
        // Shape and content are checked by core's parseCalendarNotice, the one definition of the format.
        body: z.record(z.string(), z.unknown()),
        response: {
          200: noticeSummarySchema.extend({
            /** Open clocks recounted on the new days across all tenants, and how many due dates moved. */
            recomputed: z.object({
              tenants: z.number().int(),
              clocks: z.number().int(),
              moved: z.number().int(),
            }),
          }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const principal = await ctx.authenticate(request);
      if (!principal.isOperator || !principal.allProvinces) throw new AppError('FORBIDDEN');
      const parsed = parseCalendarNotice(request.body);
      if (!parsed.ok) throw calendarError('CALENDAR_INVALID_NOTICE', parsed.error, 'body');
      const notice = parsed.value;
      if (notice.year !== request.params.year) {
        throw new AppError('CALENDAR_INVALID_NOTICE', {
          fields: [
            { path: 'body.year', message: `the notice is for ${notice.year}, not ${request.params.year}` },
          ],
        });
      }
      buildCalendar([notice], [], []);
      const now = ctx.clock.now();
      const saved = await inPlatform(ctx.orm, async (em) => {
        const existing = await em.findOne(CalendarNoticeRecord, { year: notice.year });
        const record =
          existing ??
          em.create(CalendarNoticeRecord, {
            year: notice.year,
            notice,
            source: notice.source ?? null,
            importedAt: now,
            importedBy: principal.accountId,
          });
        if (existing) {
          existing.notice = notice;
          existing.source = notice.source ?? null;
          existing.importedAt = now;
          existing.importedBy = principal.accountId;
        }
        await em.flush();
        return summary(record);
      });
      // A notice changes every tenant's days. Each tenant's calendar is rebuilt by its recount
      // below, so synchronous readers (lastKnownCalendar) see the notice once this returns;
      // due dates counted on a provisional year (or the replaced notice) are counted again.
      await refreshNoticesOnly(ctx.orm);
      const tenants = await inPlatform(ctx.orm, (em) => em.find(Tenant, { status: 'active' }));
      const recomputed = { tenants: tenants.length, clocks: 0, moved: 0 };
      const change = {
        cause: 'calendar.noticeImported',
        year: notice.year,
        today: shanghaiToday(ctx.clock),
        now,
        actor: { id: principal.accountId, label: principal.username },
        requestId: request.id,
      };
      for (const tenant of tenants) {
        const report = await inTenant(ctx.orm, tenant.id, async (em) => {
          const counted = await recomputeOpenClocks(
            em,
            tenant.id,
            await calendarForTenant(em, tenant.id),
            change,
          );
          // Every tenant's days changed: its own log says when, by whom, and what moved.
          recordAudit(em, {
            tenantId: tenant.id,
            actor: change.actor,
            action: 'calendar.noticeImported',
            entityType: 'calendar_notice',
            entityId: String(notice.year),
            after: { ...saved, movedDueDates: counted.moved },
            requestId: request.id,
            at: now,
          });
          await em.flush();
          return counted;
        });
        recomputed.clocks += report.clocks;
        recomputed.moved += report.moved;
      }
      return { ...saved, recomputed };
    },
  );
};
