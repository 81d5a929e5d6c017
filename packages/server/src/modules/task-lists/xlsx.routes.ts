import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { shanghaiToday } from '../../time/shanghai-date.ts';
import { recordAudit } from '../audit/audit.ts';
import { calendarForTenant } from '../calendar/calendar-for-tenant.ts';
import { requestActor } from './request-actor.ts';
import { listDetailSchema, listParams, security, tenantParams } from './schemas.ts';
import { MeasureProgress } from './task-list.entity.ts';
import { createListTree, latestProgress, loadList, loadTree } from './task-list.service.ts';
import { readListDetail } from './task-list-read.ts';
import { readListSheet, writeListSheet, XLSX_MIME } from './task-list-sheet.ts';
import { unitDirectory } from './task-list-units.ts';

const tags = ['task-lists'];
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Spreadsheet export and import in the layout of Suzhou's annex. */
export const xlsxRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  // Encapsulated: only this plugin's routes accept a raw workbook body.
  app.addContentTypeParser(
    XLSX_MIME,
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );

  app.get(
    '/task-lists/:listId/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The list as an .xlsx sheet (重点任务 | 具体措施 | 完成时限 | 责任单位 | 进展情况)',
        security,
        params: listParams,
        response: { 200: z.any().describe('the .xlsx file'), ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { file, title } = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const tree = await loadTree(em, await loadList(em, request.params.listId));
        const measures = tree.areas.flatMap((area) => area.tasks.flatMap((task) => task.measures));
        const file = await writeListSheet(tree, await unitDirectory(em), await latestProgress(em, measures));
        return { file, title: tree.list.title };
      });
      const filename = encodeURIComponent(`${title}.xlsx`);
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', `attachment; filename="task-list.xlsx"; filename*=UTF-8''${filename}`)
        .send(file);
    },
  );

  app.post(
    '/task-lists/import',
    {
      schema: {
        tags,
        summary:
          'Create a list from an .xlsx sheet in the annex layout; any bad row rejects the whole file (office)',
        description: `Send the file as the body with content type ${XLSX_MIME}. Units are matched by name or alias.`,
        security,
        params: tenantParams,
        querystring: z.object({
          year: z.coerce.number().int().min(2004).max(2099).optional(),
          title: z.string().trim().min(1).max(200).optional(),
        }),
        response: { 201: listDetailSchema, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin']);
      const body: unknown = request.body;
      if (!Buffer.isBuffer(body))
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: `Send the file as ${XLSX_MIME}.` });
      const now = ctx.clock.now();
      const detail = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const units = await unitDirectory(em);
        const { sheet, problems } = await readListSheet(body, units);
        const title = request.query.title ?? sheet.title;
        const year = request.query.year ?? yearOf(title);
        if (year === undefined) problems.push('row 1: give ?year= or a title with the year (2022年度…)');
        if (problems.length > 0 || year === undefined) {
          throw new AppError('TASK_IMPORT_INVALID', {
            message: `The spreadsheet has errors; nothing was imported: ${problems.slice(0, 20).join('; ')}`,
            fields: problems
              .slice(0, 200)
              .map((problem) => ({ path: problem.split(':')[0] ?? 'row', message: problem })),
          });
        }
        const calendar = await calendarForTenant(em, scope.tenant.id);
        const list = createListTree(
          em,
          scope.tenant.id,
          { kind: 'annual', year, title: title ?? `${String(year)}年度重点工作任务清单` },
          sheet.areas,
          now,
          calendar,
        );
        await em.flush();
        const tree = await loadTree(em, list);
        for (const report of sheet.progress) {
          const measure = tree.areas[report.area]?.tasks[report.task]?.measures[report.measure];
          if (!measure) continue;
          em.create(MeasureProgress, {
            tenant: scope.tenant.id,
            id: randomUUID(),
            measure,
            unit: [scope.tenant.id, report.unitId],
            text: report.text,
            reportedBy: request.principal?.accountId ?? null,
            reportedAt: now,
          });
        }
        recordAudit(em, {
          tenantId: scope.tenant.id,
          actor: requestActor(request),
          action: 'taskList.imported',
          entityType: 'task_list',
          entityId: list.id,
          after: {
            year,
            title: list.title,
            areas: sheet.areas.length,
            progressReports: sheet.progress.length,
          },
          requestId: request.id,
          at: now,
        });
        await em.flush();
        return readListDetail(em, scope.tenant.id, list.id, { today: shanghaiToday(ctx.clock), calendar });
      });
      return reply.status(201).send(detail);
    },
  );
};

function yearOf(title: string | undefined): number | undefined {
  const match = title ? /(20\d{2})年/.exec(title) : null;
  return match?.[1] ? Number(match[1]) : undefined;
}
