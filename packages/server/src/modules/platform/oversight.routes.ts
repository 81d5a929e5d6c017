import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inPlatform, inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { operatorReaches, type Principal } from '../../http/principal.ts';
import { shanghaiToday } from '../../time/shanghai-date.ts';
import { recordAudit } from '../audit/audit.ts';
import { tenantDashboardSchema } from '../dashboard/dashboard.schemas.ts';
import { tenantDashboard } from '../dashboard/dashboard.service.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { OversightGrant, type OversightGrantRow } from './oversight-grant.entity.ts';

const security = [{ bearerAuth: [] }];
const tags = ['platform'];

const grantSchema = z.object({
  id: z.uuid(),
  grantee: z.string(),
  target: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

function grantDto(grant: OversightGrantRow) {
  return {
    id: grant.id,
    grantee: grant.grantee.code,
    target: grant.target.code,
    createdAt: grant.createdAt.toISOString(),
    revokedAt: grant.revokedAt?.toISOString() ?? null,
  };
}

/** Operators: the tenants of a province side by side, and oversight grants (a city over its counties). */
export const oversightRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const operator = async (request: Parameters<AppContext['authenticate']>[0]): Promise<Principal> => {
    const principal = await ctx.authenticate(request);
    if (!principal.isOperator) throw new AppError('FORBIDDEN');
    return principal;
  };

  app.get(
    '/api/platform/dashboard',
    {
      schema: {
        tags,
        summary: 'Each tenant’s dashboard figures side by side, for the provinces I operate',
        security,
        querystring: z.object({
          province: z
            .string()
            .regex(/^\d{2}$/)
            .optional(),
        }),
        response: {
          200: z.object({ tenants: z.array(tenantDashboardSchema) }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const principal = await operator(request);
      const { province } = request.query;
      if (province && !operatorReaches(principal, province)) throw new AppError('PROVINCE_NOT_ALLOWED');
      const tenants = (
        await inPlatform(ctx.orm, (em) =>
          em.find(Tenant, province ? { provinceCode: province } : {}, { orderBy: { code: 'asc' } }),
        )
      ).filter((tenant) => operatorReaches(principal, tenant.provinceCode));
      const today = shanghaiToday(ctx.clock);
      const dashboards = [];
      for (const tenant of tenants) {
        dashboards.push(await inTenant(ctx.orm, tenant.id, (em) => tenantDashboard(em, tenant, today)));
      }
      return { tenants: dashboards };
    },
  );

  app.get(
    '/api/platform/oversight-grants',
    {
      schema: {
        tags,
        summary: 'Oversight grants between tenants of my provinces',
        security,
        response: { 200: z.object({ grants: z.array(grantSchema) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const principal = await operator(request);
      const grants = await inPlatform(ctx.orm, (em) =>
        em.find(OversightGrant, {}, { populate: ['grantee', 'target'], orderBy: { createdAt: 'asc' } }),
      );
      return {
        grants: grants.filter((grant) => operatorReaches(principal, grant.target.provinceCode)).map(grantDto),
      };
    },
  );

  app.post(
    '/api/platform/oversight-grants',
    {
      schema: {
        tags,
        summary: 'Let one tenant’s office and leaders read another tenant’s dashboard',
        security,
        body: z.strictObject({ grantee: z.string().min(1).max(40), target: z.string().min(1).max(40) }),
        response: { 201: grantSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const principal = await operator(request);
      const { grantee, target } = request.body;
      if (grantee === target) {
        throw new AppError('OVERSIGHT_GRANT_INVALID', {
          fields: [{ path: 'body.target', message: 'same as grantee' }],
        });
      }
      const now = ctx.clock.now();
      const created = await inPlatform(ctx.orm, async (em) => {
        const tenants = await em.find(Tenant, { code: { $in: [grantee, target] } });
        const byCode = new Map(tenants.map((tenant) => [tenant.code, tenant]));
        for (const [field, code] of [
          ['grantee', grantee],
          ['target', target],
        ] as const) {
          const tenant = byCode.get(code);
          if (!tenant || !operatorReaches(principal, tenant.provinceCode)) {
            throw new AppError('VALIDATION_FAILED', {
              fields: [{ path: `body.${field}`, message: 'no such tenant' }],
            });
          }
        }
        const granteeRow = byCode.get(grantee)!;
        const targetRow = byCode.get(target)!;
        const existing = await em.findOne(
          OversightGrant,
          { grantee: granteeRow.id, target: targetRow.id, revokedAt: null },
          { populate: ['grantee', 'target'] },
        );
        if (existing) return grantDto(existing);
        const grant = em.create(OversightGrant, {
          id: randomUUID(),
          grantee: granteeRow,
          target: targetRow,
          createdAt: now,
          createdBy: principal.accountId,
          revokedAt: null,
        });
        await em.flush();
        return grantDto(grant);
      });
      await auditBoth(created, 'oversight.granted', principal, request.id, now);
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/platform/oversight-grants/:grantId/revoke',
    {
      schema: {
        tags,
        summary: 'End an oversight grant (kept, marked revoked)',
        security,
        params: z.object({ grantId: z.uuid() }),
        response: { 200: grantSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const principal = await operator(request);
      const now = ctx.clock.now();
      const revoked = await inPlatform(ctx.orm, async (em) => {
        const grant = await em.findOne(
          OversightGrant,
          { id: request.params.grantId },
          { populate: ['grantee', 'target'] },
        );
        if (!grant || !operatorReaches(principal, grant.target.provinceCode)) throw new AppError('NOT_FOUND');
        grant.revokedAt ??= now;
        await em.flush();
        return grantDto(grant);
      });
      await auditBoth(revoked, 'oversight.revoked', principal, request.id, now);
      return revoked;
    },
  );

  /** Both tenants' audit logs record who may read whose figures. */
  async function auditBoth(
    grant: ReturnType<typeof grantDto>,
    action: string,
    principal: Principal,
    requestId: string,
    at: Date,
  ): Promise<void> {
    const tenants = await inPlatform(ctx.orm, (em) =>
      em.find(Tenant, { code: { $in: [grant.grantee, grant.target] } }),
    );
    for (const tenant of tenants) {
      await inTenant(ctx.orm, tenant.id, async (em) => {
        recordAudit(em, {
          tenantId: tenant.id,
          actor: { id: principal.accountId, label: principal.username },
          action,
          entityType: 'oversight_grant',
          entityId: grant.id,
          after: grant,
          requestId,
          at,
        });
      });
    }
  }
};
