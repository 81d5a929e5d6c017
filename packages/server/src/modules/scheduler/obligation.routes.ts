import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { scopeOf } from '../../http/tenant-scope.ts';
import { security, tenantParams } from '../admin/admin-support.ts';
import { calendarForTenant } from '../calendar/calendar-for-tenant.ts';
import { tenantRules } from '../matters/tenant-rules.ts';
import { ObligationInstance } from './obligation-instance.entity.ts';
import { plannedInstances } from './obligation-schedule.ts';

const tags = ['obligations'];
const yearQuery = z.object({ year: z.coerce.number().int().min(2004).max(2099) });

const plannedSchema = z.object({
  obligationKey: z.string(),
  obligationName: z.string(),
  unitKey: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  periodLabel: z.string(),
  opensOn: z.string(),
  dueDate: z.string().nullable(),
});

/** Periodic obligations (报送/评查/评估): the year's plan from the manifest, and the instances opened so far. */
export const obligationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/obligations/schedule',
    {
      schema: {
        tags,
        summary: 'Every instance the tenant’s obligations will have in a year, with open and due dates',
        security,
        params: tenantParams,
        querystring: yearQuery,
        response: { 200: z.object({ planned: z.array(plannedSchema) }), ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const { manifest } = await tenantRules(em, scope.tenant.id);
        const calendar = await calendarForTenant(em, scope.tenant.id);
        return { planned: plannedInstances(manifest.obligations, request.query.year, calendar) };
      });
    },
  );

  app.get(
    '/obligations/instances',
    {
      schema: {
        tags,
        summary: 'Obligation instances opened for periods starting in a year',
        security,
        params: tenantParams,
        querystring: yearQuery,
        response: {
          200: z.object({
            instances: z.array(
              plannedSchema.omit({ unitKey: true }).extend({
                id: z.uuid(),
                unitId: z.uuid(),
                matterId: z.uuid().nullable(),
                createdAt: z.string(),
              }),
            ),
          }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { year } = request.query;
      const rows = await inTenant(ctx.orm, scope.tenant.id, (em) =>
        em.find(
          ObligationInstance,
          { periodStart: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } },
          { orderBy: { periodStart: 'asc', obligationKey: 'asc', unit: 'asc' } },
        ),
      );
      return {
        instances: rows.map((row) => ({
          id: row.id,
          obligationKey: row.obligationKey,
          obligationName: row.obligationName,
          unitId: row.unit.id,
          periodStart: row.periodStart,
          periodEnd: row.periodEnd,
          periodLabel: row.periodLabel,
          opensOn: row.opensOn,
          dueDate: row.dueDate ?? null,
          matterId: row.matterId ?? null,
          createdAt: row.createdAt.toISOString(),
        })),
      };
    },
  );
};
