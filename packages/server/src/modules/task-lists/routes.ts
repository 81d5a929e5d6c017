import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant, inTenantRead } from '../../db/tenant-transaction.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { shanghaiToday } from '../../time/shanghai-date.ts';
import { recordAudit } from '../audit/audit.ts';
import { calendarForTenant, lastKnownCalendar } from '../calendar/calendar-for-tenant.ts';
import { TaskListTemplate } from '../tenancy/mechanism.entity.ts';
import { listCompletion, yearCompletion } from './completion.service.ts';
import { measureRoutes } from './measure.routes.ts';
import { requestActor } from './request-actor.ts';
import {
  completionSchema,
  createListSchema,
  listDetailSchema,
  listParams,
  listSummarySchema,
  security,
  templateSummarySchema,
  tenantParams,
} from './schemas.ts';
import { measureEditRoutes, structureRoutes } from './structure.routes.ts';
import { TaskList } from './task-list.entity.ts';
import { createListTree, loadList, templateAreas } from './task-list.service.ts';
import { toListSummary, toTemplateSummary } from './task-list-dto.ts';
import { readListDetail } from './task-list-read.ts';
import { xlsxRoutes } from './xlsx.routes.ts';

const tags = ['task-lists'];
const OFFICE = ['tenant_admin'] as const;

/** Key task lists (重点工作任务清单): instantiate, read, figures; editing, progress and sheets in sub-plugins. */
export const taskListRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/task-lists',
    {
      schema: {
        tags,
        summary: 'Task lists of the tenant, optionally of one year',
        security,
        params: tenantParams,
        querystring: z.object({ year: z.coerce.number().int().min(2004).max(2099).optional() }),
        response: {
          200: z.object({ taskLists: z.array(listSummarySchema) }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { year } = request.query;
      const lists = await inTenant(ctx.orm, scope.tenant.id, (em) =>
        em.find(TaskList, year === undefined ? {} : { year }, {
          orderBy: { year: 'desc', createdAt: 'asc' },
        }),
      );
      return { taskLists: lists.map(toListSummary) };
    },
  );

  app.get(
    '/task-list-templates',
    {
      schema: {
        tags,
        summary: "The plugin's task list templates a year's list can be instantiated from",
        security,
        params: tenantParams,
        response: {
          200: z.object({ templates: z.array(templateSummarySchema) }),
          ...errorResponses(401, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const rows = await inTenant(ctx.orm, scope.tenant.id, (em) =>
        em.find(TaskListTemplate, {}, { orderBy: { key: 'asc' } }),
      );
      return { templates: rows.map(toTemplateSummary) };
    },
  );

  app.post(
    '/task-lists',
    {
      schema: {
        tags,
        summary: "Create a year's task list, from a template of the plugin or empty (linkage office)",
        security,
        params: tenantParams,
        body: createListSchema,
        response: { 201: listDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      const body = request.body;
      const now = ctx.clock.now();
      const detail = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const template = body.templateKey ? await templateAreas(em, body.templateKey) : undefined;
        const calendar = await calendarForTenant(em, scope.tenant.id);
        const list = createListTree(
          em,
          scope.tenant.id,
          {
            kind: 'annual',
            year: body.year,
            title: body.title ?? template?.title ?? `${String(body.year)}年度重点工作任务清单`,
            theme: body.theme ?? template?.theme,
            templateKey: body.templateKey,
          },
          template?.areas ?? [],
          now,
          calendar,
        );
        await em.flush();
        const dto = await readListDetail(em, scope.tenant.id, list.id, {
          today: shanghaiToday(ctx.clock),
          calendar,
        });
        recordAudit(em, {
          tenantId: scope.tenant.id,
          actor: requestActor(request),
          action: body.templateKey ? 'taskList.instantiated' : 'taskList.created',
          entityType: 'task_list',
          entityId: list.id,
          after: { ...toListSummary(list), measures: countMeasures(dto) },
          requestId: request.id,
          at: now,
        });
        await em.flush();
        return dto;
      });
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/task-lists/:listId',
    {
      schema: {
        tags,
        summary: 'A task list: areas, tasks, measures with deadlines, units and latest progress',
        security,
        params: listParams,
        response: { 200: listDetailSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      return inTenantRead(ctx.orm, scope.tenant.id, async (em) => {
        // The calendar as last loaded in this process, as matter views count their lights: a read spends no query on it.
        const lights = { today: shanghaiToday(ctx.clock), calendar: lastKnownCalendar(scope.tenant.id) };
        return readListDetail(em, scope.tenant.id, request.params.listId, lights);
      });
    },
  );

  app.get(
    '/task-lists/completion',
    {
      schema: {
        tags,
        summary:
          "Completion figures of every list of a year, meeting decisions included (the dashboard's figures)",
        security,
        params: tenantParams,
        querystring: z.object({ year: z.coerce.number().int().min(2004).max(2099) }),
        response: { 200: z.object({ lists: z.array(completionSchema) }), ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const today = shanghaiToday(ctx.clock);
      const lists = await inTenant(ctx.orm, scope.tenant.id, (em) =>
        yearCompletion(em, request.query.year, today),
      );
      return { lists };
    },
  );

  app.get(
    '/task-lists/:listId/completion',
    {
      schema: {
        tags,
        summary: 'Completion figures of a list, per area and per responsible unit',
        security,
        params: listParams,
        response: { 200: completionSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const today = shanghaiToday(ctx.clock);
      return inTenantRead(ctx.orm, scope.tenant.id, async (em) => {
        return listCompletion(em, await loadList(em, request.params.listId), today);
      });
    },
  );

  await app.register(structureRoutes, ctx);
  await app.register(measureEditRoutes, ctx);
  await app.register(measureRoutes, ctx);
  await app.register(xlsxRoutes, ctx);
};

function countMeasures(detail: { areas: { tasks: { measures: unknown[] }[] }[] }): number {
  return detail.areas.reduce(
    (sum, area) => sum + area.tasks.reduce((n, task) => n + task.measures.length, 0),
    0,
  );
}
