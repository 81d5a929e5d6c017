import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { calendarForTenant } from '../calendar/calendar-for-tenant.ts';
import { measureDeadline } from './measure-deadline.ts';
import {
  areaBodySchema,
  areaParams,
  areaPatchSchema,
  listParams,
  measureBodySchema,
  measureDtoSchema,
  measureParams,
  measurePatchSchema,
  security,
  taskBodySchema,
  taskParams,
  taskPatchSchema,
} from './schemas.ts';
import { Measure, Task, TaskArea } from './task-list.entity.ts';
import { createArea, createMeasure, createTask, loadList, yearStart } from './task-list.service.ts';
import { toMeasureDto } from './task-list-dto.ts';
import { areaOf, auditChange, measureOf, OFFICE, tags, taskOf } from './task-list-lookup.ts';
import { checkUnitIds, unitDirectory } from './task-list-units.ts';

const _REPORTERS = ['tenant_admin', 'liaison', 'staff'] as const;
const idOnly = z.object({ id: z.uuid() });

/** Editing areas and tasks (office). */
export const structureRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post(
    '/task-lists/:listId/areas',
    {
      schema: {
        tags,
        summary: 'Add an area (office)',
        security,
        params: listParams,
        body: areaBodySchema,
        response: { 201: idOnly, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      const created = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const list = await loadList(em, request.params.listId);
        if (list.kind === 'decisions') throw new AppError('TASK_LIST_READ_ONLY');
        const order = request.body.sortOrder ?? (await em.count(TaskArea, { taskList: list }));
        const area = createArea(em, scope.tenant.id, list, request.body, order);
        auditChange(em, ctx.clock, request, scope, {
          action: 'taskArea.created',
          entityType: 'task_area',
          entityId: area.id,
          after: request.body,
        });
        await em.flush();
        return { id: area.id };
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/task-lists/:listId/areas/:areaId',
    {
      schema: {
        tags,
        summary: 'Edit an area (office)',
        security,
        params: areaParams,
        body: areaPatchSchema,
        response: { 200: idOnly, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const area = await areaOf(em, request.params.listId, request.params.areaId);
        const before = { no: area.no, title: area.title, sortOrder: area.sortOrder };
        em.assign(area, request.body);
        auditChange(em, ctx.clock, request, scope, {
          action: 'taskArea.updated',
          entityType: 'task_area',
          entityId: area.id,
          before,
          after: request.body,
        });
        await em.flush();
        return { id: area.id };
      });
    },
  );

  app.post(
    '/task-lists/:listId/areas/:areaId/tasks',
    {
      schema: {
        tags,
        summary: 'Add a task to an area (office)',
        security,
        params: areaParams,
        body: taskBodySchema,
        response: { 201: idOnly, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      const created = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const area = await areaOf(em, request.params.listId, request.params.areaId);
        const order = request.body.sortOrder ?? (await em.count(Task, { area }));
        const task = createTask(em, scope.tenant.id, area, request.body, order);
        auditChange(em, ctx.clock, request, scope, {
          action: 'task.created',
          entityType: 'task',
          entityId: task.id,
          after: request.body,
        });
        await em.flush();
        return { id: task.id };
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/task-lists/:listId/tasks/:taskId',
    {
      schema: {
        tags,
        summary: 'Edit a task (office)',
        security,
        params: taskParams,
        body: taskPatchSchema,
        response: { 200: idOnly, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const task = await taskOf(em, request.params.listId, request.params.taskId);
        const before = { no: task.no, title: task.title, sortOrder: task.sortOrder };
        em.assign(task, request.body);
        auditChange(em, ctx.clock, request, scope, {
          action: 'task.updated',
          entityType: 'task',
          entityId: task.id,
          before,
          after: request.body,
        });
        await em.flush();
        return { id: task.id };
      });
    },
  );
};

/** Adding and editing measures: deadlines are recomputed with core, units checked (office). */
export const measureEditRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post(
    '/task-lists/:listId/tasks/:taskId/measures',
    {
      schema: {
        tags,
        summary: 'Add a measure with its deadline and units (office)',
        security,
        params: taskParams,
        body: measureBodySchema,
        response: { 201: measureDtoSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      const created = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const list = await loadList(em, request.params.listId);
        const task = await taskOf(em, list.id, request.params.taskId);
        const units = await unitDirectory(em);
        const body = request.body;
        const input = {
          ...body,
          leadUnitIds: checkUnitIds(units, body.leadUnitIds, 'body.leadUnitIds'),
          unitIds: checkUnitIds(units, body.unitIds, 'body.unitIds'),
        };
        const order = await em.count(Measure, { task });
        const measure = createMeasure(
          em,
          scope.tenant.id,
          task,
          input,
          order,
          yearStart(list.year),
          null,
          await calendarForTenant(em, scope.tenant.id),
        );
        const dto = toMeasureDto(measure, undefined);
        auditChange(em, ctx.clock, request, scope, {
          action: 'measure.created',
          entityType: 'measure',
          entityId: measure.id,
          after: dto,
        });
        await em.flush();
        return dto;
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/task-lists/:listId/measures/:measureId',
    {
      schema: {
        tags,
        summary: 'Edit a measure: text, deadline (due date recomputed), units; or withdraw it (office)',
        security,
        params: measureParams,
        body: measurePatchSchema,
        response: { 200: measureDtoSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const list = await loadList(em, request.params.listId);
        const measure = await measureOf(em, list.id, request.params.measureId);
        const before = toMeasureDto(measure, undefined);
        const { deadline, withdrawn, leadUnitIds, unitIds, ...plain } = request.body;
        const units = await unitDirectory(em);
        em.assign(measure, plain);
        if (leadUnitIds) measure.leadUnitIds = checkUnitIds(units, leadUnitIds, 'body.leadUnitIds');
        if (unitIds) measure.unitIds = checkUnitIds(units, unitIds, 'body.unitIds');
        if (deadline !== undefined) {
          em.assign(
            measure,
            measureDeadline(
              deadline ?? undefined,
              measure.dueStart ?? yearStart(list.year),
              await calendarForTenant(em, scope.tenant.id),
            ),
          );
        }
        if (withdrawn !== undefined)
          measure.status = withdrawn ? 'withdrawn' : measure.doneOn ? 'done' : 'open';
        const after = toMeasureDto(measure, undefined);
        auditChange(em, ctx.clock, request, scope, {
          action: 'measure.updated',
          entityType: 'measure',
          entityId: measure.id,
          before,
          after,
        });
        await em.flush();
        return after;
      });
    },
  );
};
