import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { calendarForTenant } from '../calendar/calendar-for-tenant.ts';
import { calendarFeedRoutes } from './calendar-feed.routes.ts';
import { Meeting } from './meeting.entity.ts';
import { meetingContentRoutes } from './meeting-content.routes.ts';
import { toMeetingDto } from './meeting-dto.ts';
import { auditMeeting, meetingOf, OFFICE, requireStatus, tags } from './meeting-lookup.ts';
import {
  newMeeting,
  schedulePreparation,
  scheduleYear,
  seriesByKey,
  seriesDeclaration,
} from './meeting-schedule.service.ts';
import {
  approveSchema,
  createMeetingSchema,
  meetingDtoSchema,
  meetingParams,
  patchMeetingSchema,
  rejectSchema,
  scheduleBodySchema,
  security,
  tenantParams,
} from './schemas.ts';

/** Meetings: the year's schedule from the series' cadences, ad-hoc meetings and units' requests. */
export const meetingRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/meetings',
    {
      schema: {
        tags,
        summary: 'Meetings, optionally of one year',
        security,
        params: tenantParams,
        querystring: z.object({ year: z.coerce.number().int().min(2004).max(2099).optional() }),
        response: {
          200: z.object({ meetings: z.array(meetingDtoSchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { year } = request.query;
      const range =
        year === undefined ? {} : { scheduledOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } };
      const meetings = await inTenant(ctx.orm, scope.tenant.id, (em) =>
        em.find(Meeting, range, {
          populate: ['series'],
          orderBy: { scheduledOn: 'asc', createdAt: 'asc', id: 'asc' },
        }),
      );
      return { meetings: meetings.map(toMeetingDto) };
    },
  );

  app.post(
    '/meetings/schedule',
    {
      schema: {
        tags,
        summary:
          "Schedule the year's meetings from each series' cadence, and their preparatory meetings (office; idempotent)",
        security,
        params: tenantParams,
        body: scheduleBodySchema,
        response: {
          200: z.object({ created: z.array(meetingDtoSchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      const now = ctx.clock.now();
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const calendar = await calendarForTenant(em, scope.tenant.id);
        const created = await scheduleYear(em, scope.tenant.id, request.body.year, calendar, now);
        for (const meeting of created)
          auditMeeting(em, ctx.clock, request, scope, 'meeting.scheduled', meeting);
        await em.flush();
        return { created: created.map(toMeetingDto) };
      });
    },
  );

  app.post(
    '/meetings',
    {
      schema: {
        tags,
        summary: 'Schedule an ad-hoc meeting (office), or ask for one as a unit where the series allows it',
        security,
        params: tenantParams,
        body: createMeetingSchema,
        response: { 201: meetingDtoSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin', 'liaison', 'staff']);
      const body = request.body;
      const isOffice = scope.role === 'tenant_admin';
      const now = ctx.clock.now();
      const created = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const series = await seriesByKey(em, body.seriesKey);
        if (isOffice && !body.scheduledOn) {
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: 'body.scheduledOn', message: 'required' }],
          });
        }
        if (!isOffice && !seriesDeclaration(series).onRequestOfUnit)
          throw new AppError('MEETING_NOT_REQUESTABLE');
        if (!isOffice && !body.reason) {
          throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.reason', message: 'required' }] });
        }
        const meeting = newMeeting(
          em,
          scope.tenant.id,
          {
            series,
            title: body.title ?? series.name,
            status: isOffice ? 'scheduled' : 'requested',
            scheduledOn: isOffice ? (body.scheduledOn ?? null) : null,
            startTime: body.startTime ?? null,
            location: body.location ?? null,
            requestedByUnitId: isOffice ? null : scope.unitId,
            requestReason: body.reason ?? null,
          },
          now,
        );
        if (isOffice) {
          await em.flush();
          await schedulePreparation(
            em,
            scope.tenant.id,
            meeting,
            await calendarForTenant(em, scope.tenant.id),
            now,
          );
        }
        auditMeeting(
          em,
          ctx.clock,
          request,
          scope,
          isOffice ? 'meeting.scheduled' : 'meeting.requested',
          meeting,
        );
        await em.flush();
        return toMeetingDto(meeting);
      });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/meetings/:meetingId/approve',
    {
      schema: {
        tags,
        summary: "Approve a unit's request and fix the date (office)",
        security,
        params: meetingParams,
        body: approveSchema,
        response: { 200: meetingDtoSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      const now = ctx.clock.now();
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const meeting = await meetingOf(em, request.params.meetingId);
        requireStatus(meeting, ['requested']);
        const before = toMeetingDto(meeting);
        em.assign(meeting, { status: 'scheduled', ...request.body });
        await schedulePreparation(
          em,
          scope.tenant.id,
          meeting,
          await calendarForTenant(em, scope.tenant.id),
          now,
        );
        auditMeeting(em, ctx.clock, request, scope, 'meeting.approved', meeting, before);
        await em.flush();
        return toMeetingDto(meeting);
      });
    },
  );

  app.post(
    '/meetings/:meetingId/reject',
    {
      schema: {
        tags,
        summary: "Turn down a unit's request (office)",
        security,
        params: meetingParams,
        body: rejectSchema,
        response: { 200: meetingDtoSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const meeting = await meetingOf(em, request.params.meetingId);
        requireStatus(meeting, ['requested']);
        const before = toMeetingDto(meeting);
        meeting.status = 'rejected';
        auditMeeting(em, ctx.clock, request, scope, 'meeting.rejected', meeting, before, {
          ...toMeetingDto(meeting),
          reason: request.body.reason,
        });
        await em.flush();
        return toMeetingDto(meeting);
      });
    },
  );

  app.patch(
    '/meetings/:meetingId',
    {
      schema: {
        tags,
        summary:
          'Move, rename, place or cancel a scheduled meeting (office); its preparatory meeting moves with it',
        security,
        params: meetingParams,
        body: patchMeetingSchema,
        response: { 200: meetingDtoSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      const now = ctx.clock.now();
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const meeting = await meetingOf(em, request.params.meetingId);
        requireStatus(meeting, ['scheduled']);
        const before = toMeetingDto(meeting);
        const { cancelled, ...changes } = request.body;
        em.assign(meeting, changes);
        if (cancelled) meeting.status = 'cancelled';
        else if (changes.scheduledOn) {
          await schedulePreparation(
            em,
            scope.tenant.id,
            meeting,
            await calendarForTenant(em, scope.tenant.id),
            now,
          );
        }
        auditMeeting(
          em,
          ctx.clock,
          request,
          scope,
          cancelled ? 'meeting.cancelled' : 'meeting.updated',
          meeting,
          before,
        );
        await em.flush();
        return toMeetingDto(meeting);
      });
    },
  );

  await app.register(meetingContentRoutes, ctx);
  await app.register(calendarFeedRoutes, ctx);
};
