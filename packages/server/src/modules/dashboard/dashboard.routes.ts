import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inPlatform, inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { shanghaiToday } from '../../time/shanghai-date.ts';
import { security, tenantParams } from '../admin/admin-support.ts';
import { OversightGrant } from '../platform/oversight-grant.entity.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { tenantDashboardSchema } from './dashboard.schemas.ts';
import { tenantDashboard } from './dashboard.service.ts';

const tags = ['dashboard'];
// Dashboards show every unit's figures: the office, leaders and operators, not a single unit's staff.
const READERS = ['tenant_admin', 'leader', 'platform_operator'] as const;

/** The tenant's dashboard, and the dashboards of tenants it oversees by an operator's grant. */
export const dashboardRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/dashboard',
    {
      schema: {
        tags,
        summary: 'Matters, deadlines, on-time reply rate, task-list completion, meetings (office, leaders)',
        security,
        params: tenantParams,
        response: { 200: tenantDashboardSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, [...READERS]);
      return inTenant(ctx.orm, scope.tenant.id, (em) =>
        tenantDashboard(em, scope.tenant, shanghaiToday(ctx.clock)),
      );
    },
  );

  app.get(
    '/oversight',
    {
      schema: {
        tags,
        summary: 'Tenants this tenant may oversee by grant (office, leaders)',
        security,
        params: tenantParams,
        response: {
          200: z.object({ targets: z.array(z.object({ code: z.string(), name: z.string() })) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin', 'leader']);
      const grants = await inPlatform(ctx.orm, (em) =>
        em.find(OversightGrant, { grantee: scope.tenant.id, revokedAt: null }, { populate: ['target'] }),
      );
      return { targets: grants.map((grant) => ({ code: grant.target.code, name: grant.target.name })) };
    },
  );

  app.get(
    '/oversight/:target/dashboard',
    {
      schema: {
        tags,
        summary: 'The dashboard of a tenant this one oversees by an operator’s grant (office, leaders)',
        security,
        params: tenantParams.extend({ target: z.string().min(1).max(40) }),
        response: { 200: tenantDashboardSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin', 'leader']);
      const target = await inPlatform(ctx.orm, async (em) => {
        const tenant = await em.findOne(Tenant, { code: request.params.target });
        if (!tenant) return null;
        const grant = await em.findOne(OversightGrant, {
          grantee: scope.tenant.id,
          target: tenant.id,
          revokedAt: null,
        });
        return grant ? tenant : null;
      });
      // Without a grant the target is as unknown as a tenant that does not exist.
      if (!target) throw new AppError('NOT_FOUND');
      return inTenant(ctx.orm, target.id, (em) => tenantDashboard(em, target, shanghaiToday(ctx.clock)));
    },
  );
};
