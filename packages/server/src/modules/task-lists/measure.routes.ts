import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { shanghaiToday } from '../../time/shanghai-date.ts';
import {
  completeBodySchema,
  inspectionBodySchema,
  measureDtoSchema,
  measureParams,
  progressBodySchema,
  security,
} from './schemas.ts';
import { MeasureInspection, MeasureProgress } from './task-list.entity.ts';
import { latestProgress } from './task-list.service.ts';
import { toMeasureDto } from './task-list-dto.ts';
import { auditChange, isResponsible, measureOf, OFFICE, tags } from './task-list-lookup.ts';

const REPORTERS = ['tenant_admin', 'liaison', 'staff'] as const;
const idOnly = z.object({ id: z.uuid() });

/** A measure's progress (responsible units), completion and inspections (office). */
export const measureRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/task-lists/:listId/measures/:measureId',
    {
      schema: {
        tags,
        summary: 'A measure with its progress reports and inspections',
        security,
        params: measureParams,
        response: {
          200: z.object({
            measure: measureDtoSchema,
            progress: z.array(
              z.object({ id: z.uuid(), unitId: z.string(), text: z.string(), reportedAt: z.string() }),
            ),
            inspections: z.array(
              z.object({
                id: z.uuid(),
                inspectedOn: z.string(),
                inspectors: z.string().nullable(),
                findings: z.string(),
                recordedAt: z.string(),
              }),
            ),
          }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const measure = await measureOf(em, request.params.listId, request.params.measureId);
        const progress = await em.find(
          MeasureProgress,
          { measure },
          { orderBy: { reportedAt: 'asc', id: 'asc' } },
        );
        const inspections = await em.find(
          MeasureInspection,
          { measure },
          { orderBy: { inspectedOn: 'asc', id: 'asc' } },
        );
        const latest = await latestProgress(em, [measure]);
        return {
          measure: toMeasureDto(measure, latest.get(measure.id)),
          progress: progress.map((report) => ({
            id: report.id,
            unitId: report.unit.id,
            text: report.text,
            reportedAt: report.reportedAt.toISOString(),
          })),
          inspections: inspections.map((inspection) => ({
            id: inspection.id,
            inspectedOn: inspection.inspectedOn,
            inspectors: inspection.inspectors ?? null,
            findings: inspection.findings,
            recordedAt: inspection.recordedAt.toISOString(),
          })),
        };
      });
    },
  );

  app.post(
    '/task-lists/:listId/measures/:measureId/progress',
    {
      schema: {
        tags,
        summary: 'File a progress report (进展情况): liaison or staff of a responsible unit, or the office',
        security,
        params: measureParams,
        body: progressBodySchema,
        response: { 201: idOnly, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, REPORTERS);
      const created = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const measure = await measureOf(em, request.params.listId, request.params.measureId);
        const responsible = [...measure.leadUnitIds, ...measure.unitIds];
        const unitId = scope.role === 'tenant_admin' ? (request.body.unitId ?? scope.unitId) : scope.unitId;
        if (scope.role !== 'tenant_admin' && !isResponsible(scope, measure))
          throw new AppError('TASK_NOT_RESPONSIBLE');
        if (scope.role !== 'tenant_admin' && request.body.unitId && request.body.unitId !== scope.unitId) {
          throw new AppError('TASK_NOT_RESPONSIBLE');
        }
        if (
          unitId === null ||
          (scope.role === 'tenant_admin' && request.body.unitId && !responsible.includes(unitId))
        ) {
          throw new AppError('TASK_NOT_RESPONSIBLE');
        }
        const report = em.create(MeasureProgress, {
          tenant: scope.tenant.id,
          id: randomUUID(),
          measure,
          unit: [scope.tenant.id, unitId],
          text: request.body.text,
          reportedBy: request.principal?.accountId ?? null,
          reportedAt: ctx.clock.now(),
        });
        auditChange(em, ctx.clock, request, scope, {
          action: 'measure.progressReported',
          entityType: 'measure',
          entityId: measure.id,
          after: { unitId, text: report.text },
        });
        await em.flush();
        return { id: report.id };
      });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/task-lists/:listId/measures/:measureId/completion',
    {
      schema: {
        tags,
        summary: 'Mark a measure done, or open again (office)',
        security,
        params: measureParams,
        body: completeBodySchema,
        response: { 200: measureDtoSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const measure = await measureOf(em, request.params.listId, request.params.measureId);
        if (measure.status === 'withdrawn') throw new AppError('NOT_FOUND');
        const before = { status: measure.status, doneOn: measure.doneOn ?? null };
        measure.status = request.body.done ? 'done' : 'open';
        measure.doneOn = request.body.done ? shanghaiToday(ctx.clock) : null;
        auditChange(em, ctx.clock, request, scope, {
          action: request.body.done ? 'measure.done' : 'measure.reopened',
          entityType: 'measure',
          entityId: measure.id,
          before,
          after: { status: measure.status, doneOn: measure.doneOn },
        });
        await em.flush();
        return toMeasureDto(measure, (await latestProgress(em, [measure])).get(measure.id));
      });
    },
  );

  app.post(
    '/task-lists/:listId/measures/:measureId/inspections',
    {
      schema: {
        tags,
        summary: 'Record an inspection (督导检查) and its findings (office)',
        security,
        params: measureParams,
        body: inspectionBodySchema,
        response: { 201: idOnly, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, OFFICE);
      const created = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const measure = await measureOf(em, request.params.listId, request.params.measureId);
        const inspection = em.create(MeasureInspection, {
          tenant: scope.tenant.id,
          id: randomUUID(),
          measure,
          inspectedOn: request.body.inspectedOn,
          inspectors: request.body.inspectors ?? null,
          findings: request.body.findings,
          recordedBy: request.principal?.accountId ?? null,
          recordedAt: ctx.clock.now(),
        });
        auditChange(em, ctx.clock, request, scope, {
          action: 'measure.inspected',
          entityType: 'measure',
          entityId: measure.id,
          after: request.body,
        });
        await em.flush();
        return { id: inspection.id };
      });
      return reply.status(201).send(created);
    },
  );
};
