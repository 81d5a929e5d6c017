import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { shanghaiToday } from '../../time/shanghai-date.ts';
import { calendarForTenant } from '../calendar/calendar-for-tenant.ts';
import { measureDtoSchema } from '../task-lists/schemas.ts';
import { createMeasure, latestProgress } from '../task-lists/task-list.service.ts';
import { toMeasureDto } from '../task-lists/task-list-dto.ts';
import { checkUnitIds, unitDirectory } from '../task-lists/task-list-units.ts';
import { AgendaItem, MeetingAttendance } from './meeting.entity.ts';
import { circledNumber, decisionTask, meetingDecisions } from './meeting-decisions.service.ts';
import { toMeetingDto } from './meeting-dto.ts';
import { auditMeeting, meetingOf, OFFICE, requireStatus, tags } from './meeting-lookup.ts';
import {
  agendaBodySchema,
  agendaDecisionSchema,
  agendaParams,
  attendanceSchema,
  decisionSchema,
  meetingDetailSchema,
  meetingParams,
  minutesSchema,
  security,
} from './schemas.ts';

const idOnly = z.object({ id: z.uuid() });

/** What happens around a meeting: agenda items (议题), attendance, minutes (纪要) and decisions (决议). */
export const meetingContentRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/meetings/:meetingId',
    {
      schema: {
        tags,
        summary: 'A meeting with its agenda, attendance, minutes and decisions',
        security,
        params: meetingParams,
        response: { 200: meetingDetailSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const meeting = await meetingOf(em, request.params.meetingId);
        const items = await em.find(AgendaItem, { meeting }, { orderBy: { createdAt: 'asc', id: 'asc' } });
        const attendance = await em.find(MeetingAttendance, { meeting });
        const { listId, decisions } = await meetingDecisions(em, meeting.id);
        const progress = await latestProgress(em, decisions);
        return {
          ...toMeetingDto(meeting),
          agendaItems: items.map((item) => ({
            id: item.id,
            unitId: item.unit.id,
            title: item.title,
            description: item.description ?? null,
            status: item.status,
          })),
          attendance: attendance.map((entry) => ({
            unitId: entry.unit.id,
            status: entry.status,
            attendeeName: entry.attendeeName ?? null,
          })),
          decisions: decisions.map((measure) => toMeasureDto(measure, progress.get(measure.id))),
          decisionListId: listId,
        };
      });
    },
  );

  app.post(
    '/meetings/:meetingId/agenda-items',
    {
      schema: {
        tags,
        summary: 'Propose an agenda item before the meeting (a unit, or the office for a unit)',
        security,
        params: meetingParams,
        body: agendaBodySchema,
        response: { 201: idOnly, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin', 'liaison', 'staff']);
      const today = shanghaiToday(ctx.clock);
      const created = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const meeting = await meetingOf(em, request.params.meetingId);
        requireStatus(meeting, ['requested', 'scheduled']);
        if (meeting.scheduledOn && meeting.scheduledOn < today) throw new AppError('MEETING_STATE_CONFLICT');
        const isOffice = scope.role === 'tenant_admin';
        if (!isOffice && request.body.unitId && request.body.unitId !== scope.unitId) {
          throw new AppError('MEETING_NOT_ATTENDING_UNIT');
        }
        const unitId = (isOffice ? request.body.unitId : undefined) ?? scope.unitId;
        if (!unitId) throw new AppError('MEETING_NOT_ATTENDING_UNIT');
        checkUnitIds(await unitDirectory(em), [unitId], 'body.unitId');
        const item = em.create(AgendaItem, {
          tenant: scope.tenant.id,
          id: randomUUID(),
          meeting,
          unit: [scope.tenant.id, unitId],
          title: request.body.title,
          description: request.body.description ?? null,
          status: 'proposed',
          proposedBy: request.principal?.accountId ?? null,
          createdAt: ctx.clock.now(),
        });
        auditMeeting(em, ctx.clock, request, scope, 'meeting.agendaProposed', meeting, undefined, {
          itemId: item.id,
          unitId,
          title: item.title,
        });
        await em.flush();
        return { id: item.id };
      });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/meetings/:meetingId/agenda-items/:itemId/decision',
    {
      schema: {
        tags,
        summary: 'Accept or reject a proposed agenda item (office)',
        security,
        params: agendaParams,
        body: agendaDecisionSchema,
        response: { 200: idOnly, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const meeting = await meetingOf(em, request.params.meetingId);
        const item = await em.findOne(AgendaItem, { id: request.params.itemId, meeting });
        if (!item) throw new AppError('NOT_FOUND');
        const before = item.status;
        item.status = request.body.status;
        auditMeeting(
          em,
          ctx.clock,
          request,
          scope,
          'meeting.agendaDecided',
          meeting,
          { itemId: item.id, status: before },
          {
            itemId: item.id,
            status: item.status,
          },
        );
        await em.flush();
        return { id: item.id };
      });
    },
  );

  app.put(
    '/meetings/:meetingId/attendance',
    {
      schema: {
        tags,
        summary: 'Record who attended, per unit (office)',
        security,
        params: meetingParams,
        body: attendanceSchema,
        response: {
          200: z.object({ recorded: z.number().int() }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const meeting = await meetingOf(em, request.params.meetingId);
        requireStatus(meeting, ['scheduled', 'held']);
        const entries = request.body.entries;
        checkUnitIds(
          await unitDirectory(em),
          entries.map((entry) => entry.unitId),
          'body.entries.unitId',
        );
        const existing = await em.find(MeetingAttendance, { meeting });
        for (const entry of entries) {
          const row = existing.find((candidate) => candidate.unit.id === entry.unitId);
          if (row) em.assign(row, { status: entry.status, attendeeName: entry.attendeeName ?? null });
          else {
            em.create(MeetingAttendance, {
              tenant: scope.tenant.id,
              id: randomUUID(),
              meeting,
              unit: [scope.tenant.id, entry.unitId],
              status: entry.status,
              attendeeName: entry.attendeeName ?? null,
            });
          }
        }
        auditMeeting(em, ctx.clock, request, scope, 'meeting.attendanceRecorded', meeting, undefined, {
          entries,
        });
        await em.flush();
        return { recorded: entries.length };
      });
    },
  );

  app.put(
    '/meetings/:meetingId/minutes',
    {
      schema: {
        tags,
        summary: 'Record the minutes (纪要); the meeting counts as held (office)',
        security,
        params: meetingParams,
        body: minutesSchema,
        response: {
          200: z.object({ id: z.uuid(), status: z.string() }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const meeting = await meetingOf(em, request.params.meetingId);
        requireStatus(meeting, ['scheduled', 'held']);
        const before = { status: meeting.status, minutes: meeting.minutes ?? null };
        em.assign(meeting, {
          status: 'held',
          minutes: request.body.text,
          minutesRecordedAt: ctx.clock.now(),
        });
        auditMeeting(em, ctx.clock, request, scope, 'meeting.minutesRecorded', meeting, before);
        await em.flush();
        return { id: meeting.id, status: meeting.status };
      });
    },
  );

  app.post(
    '/meetings/:meetingId/decisions',
    {
      schema: {
        tags,
        summary:
          "Record a decision (决议) as a tracked measure with owner units and a deadline, in the year's decisions list (office)",
        security,
        params: meetingParams,
        body: decisionSchema,
        response: { 201: measureDtoSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      const now = ctx.clock.now();
      const created = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const meeting = await meetingOf(em, request.params.meetingId);
        requireStatus(meeting, ['scheduled', 'held']);
        const held = meeting.scheduledOn ?? shanghaiToday(ctx.clock);
        const units = await unitDirectory(em);
        const body = request.body;
        const input = {
          no: '',
          text: body.text,
          deadline: body.deadline,
          leadUnitIds: checkUnitIds(units, body.leadUnitIds, 'body.leadUnitIds'),
          unitIds: checkUnitIds(units, body.unitIds, 'body.unitIds'),
        };
        const task = await decisionTask(em, scope.tenant.id, meeting, Number(held.slice(0, 4)), now);
        const count = (await meetingDecisions(em, meeting.id)).decisions.length;
        const measure = createMeasure(
          em,
          scope.tenant.id,
          task,
          { ...input, no: circledNumber(count + 1) },
          count,
          held,
          meeting.id,
          await calendarForTenant(em, scope.tenant.id),
        );
        const dto = toMeasureDto(measure, undefined);
        auditMeeting(em, ctx.clock, request, scope, 'meeting.decisionRecorded', meeting, undefined, dto);
        await em.flush();
        return dto;
      });
      return reply.status(201).send(created);
    },
  );
};
