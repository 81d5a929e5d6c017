import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { feedEvents, hashFeedToken } from './calendar-feed.service.ts';
import { writeICalendar } from './ical.ts';
import { CalendarFeed } from './meeting.entity.ts';

/**
 * `GET /api/calendar/<token>.ics`: what a calendar client subscribes to. No
 * sign-in (clients cannot send one); the random token is the credential, and
 * a wrong, revoked or malformed token is the same 404.
 */
export const calendarFeedPublicRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/api/calendar/:file',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['calendar-feeds'],
        summary: 'A subscribed calendar feed (iCalendar), by its token',
        params: z.object({ file: z.string().min(1).max(200) }),
        response: { 200: z.string().describe('text/calendar'), ...errorResponses(404, 429) },
      },
    },
    async (request, reply) => {
      const match = /^([a-z0-9-]{1,40})\.([A-Za-z0-9_-]{43})\.ics$/.exec(request.params.file);
      if (!match?.[1]) throw new AppError('NOT_FOUND');
      const token = request.params.file.slice(0, -'.ics'.length);
      const tenant = await ctx.orm.em.fork().findOne(Tenant, { code: match[1] });
      if (!tenant) throw new AppError('NOT_FOUND');
      const body = await inTenant(ctx.orm, tenant.id, async (em) => {
        const feed = await em.findOne(CalendarFeed, { tokenHash: hashFeedToken(token), revokedAt: null });
        if (!feed) throw new AppError('NOT_FOUND');
        const events = await feedEvents(em, feed.unitId ?? null);
        return writeICalendar({
          name: `${tenant.name} · ${feed.label}`,
          events,
          generatedAt: ctx.clock.now(),
        });
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(body);
    },
  );
};
