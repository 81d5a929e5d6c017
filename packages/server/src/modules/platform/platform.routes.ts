import { manifestSchema } from '@liandong/sdk';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { operatorReaches, type Principal } from '../../http/principal.ts';
import { onboardingResultSchema, onboardTenantSchema, tenantSchema } from '../tenancy/onboarding.schemas.ts';
import { onboardTenant } from '../tenancy/onboarding.service.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { toTenantDto } from '../tenancy/tenant-dto.ts';
import { pluginSummarySchema, summarisePlugin } from './plugin-summary.ts';
import { applyUpgrade, planUpgrade } from './plugin-upgrade.service.ts';

const changeSchema = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  subject: z.string(),
  key: z.string(),
  name: z.string(),
  matterRule: z.string().optional(),
  summary: z.object({ zh: z.string(), en: z.string() }),
});

const upgradeSchema = z.object({
  tenant: z.string(),
  fromVersion: z.string(),
  toVersion: z.string(),
  changes: z.array(changeSchema),
  /** Matters keep the rules their clocks started with: an upgrade never moves an existing deadline. */
  existingClocksUnchanged: z.literal(true),
});

const security = [{ bearerAuth: [] }];

/** Operator routes: installed plugins, the tenants of my provinces, onboarding. */
export const platformRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const operator = async (request: Parameters<AppContext['authenticate']>[0]): Promise<Principal> => {
    const principal = await ctx.authenticate(request);
    if (!principal.isOperator) throw new AppError('FORBIDDEN');
    return principal;
  };

  app.get(
    '/api/platform/plugins',
    {
      schema: {
        tags: ['platform'],
        summary: 'Installed jurisdiction plugins',
        security,
        response: {
          200: z.object({
            plugins: z.array(pluginSummarySchema),
            broken: z.array(
              z.object({
                packageName: z.string(),
                pluginId: z.string(),
                problems: z.array(z.object({ path: z.string(), message: z.string() })),
              }),
            ),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => {
      await operator(request);
      const broken = ctx.plugins.broken().map((plugin) => ({
        packageName: plugin.packageName,
        pluginId: plugin.pluginId,
        problems: plugin.problems.map((problem) => ({ path: problem.path, message: problem.message })),
      }));
      return { plugins: ctx.plugins.list().map(summarisePlugin), broken };
    },
  );

  app.get(
    '/api/platform/plugins/:id',
    {
      schema: {
        tags: ['platform'],
        summary: 'One plugin’s validated manifest, in the shape the SDK schema defines',
        security,
        params: z.object({ id: z.string().min(1).max(40) }),
        response: { 200: manifestSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      await operator(request);
      const plugin = ctx.plugins.get(request.params.id);
      if (!plugin) throw new AppError('PLUGIN_NOT_FOUND');
      return plugin.manifest;
    },
  );

  app.get(
    '/api/platform/tenants',
    {
      schema: {
        tags: ['platform'],
        summary: 'Tenants of my provinces',
        security,
        querystring: z.object({
          province: z
            .string()
            .regex(/^\d{2}$/)
            .optional(),
        }),
        response: { 200: z.object({ tenants: z.array(tenantSchema) }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = await operator(request);
      const provinces = principal.allProvinces ? undefined : [...principal.provinces];
      const wanted = request.query.province;
      const where = {
        ...(provinces ? { provinceCode: { $in: provinces } } : {}),
        ...(wanted ? { provinceCode: wanted } : {}),
      };
      if (provinces && wanted && !provinces.includes(wanted)) return { tenants: [] };
      const tenants = await ctx.orm.em
        .fork()
        .find(Tenant, where, { orderBy: { provinceCode: 'asc', code: 'asc' } });
      return { tenants: tenants.map(toTenantDto) };
    },
  );

  app.post(
    '/api/platform/tenants',
    {
      schema: {
        tags: ['platform'],
        summary: 'Onboard a tenant from a plugin (idempotent on the code)',
        security,
        body: onboardTenantSchema,
        response: {
          200: onboardingResultSchema,
          201: onboardingResultSchema,
          ...errorResponses(400, 401, 403, 409),
        },
      },
    },
    async (request, reply) => {
      const principal = await operator(request);
      const result = await onboardTenant(ctx, request.body, { kind: 'operator', principal }, request.id);
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );

  const reachableTenant = async (request: Parameters<AppContext['authenticate']>[0], code: string) => {
    const principal = await operator(request);
    const tenant = await ctx.orm.em.fork().findOne(Tenant, { code });
    if (!tenant || !operatorReaches(principal, tenant.provinceCode)) throw new AppError('NOT_FOUND');
    return { principal, tenant };
  };
  const toUpgradeBody = (code: string, diff: Awaited<ReturnType<typeof planUpgrade>>['diff']) => ({
    tenant: code,
    fromVersion: diff.fromVersion,
    toVersion: diff.toVersion,
    changes: diff.changes.map((change) => ({
      kind: change.kind,
      subject: change.subject,
      key: change.key,
      name: change.name,
      ...(change.matterRule ? { matterRule: change.matterRule } : {}),
      summary: { zh: change.summary.zh, en: change.summary.en },
    })),
    existingClocksUnchanged: true as const,
  });

  app.get(
    '/api/platform/tenants/:code/upgrade',
    {
      schema: {
        tags: ['platform'],
        summary: 'What upgrading the tenant to the installed plugin version would change',
        security,
        params: z.object({ code: z.string().min(1).max(40) }),
        response: { 200: upgradeSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const { tenant } = await reachableTenant(request, request.params.code);
      const plan = await planUpgrade(ctx, tenant);
      return toUpgradeBody(tenant.code, plan.diff);
    },
  );

  app.post(
    '/api/platform/tenants/:code/upgrade',
    {
      schema: {
        tags: ['platform'],
        summary: 'Upgrade the tenant to the installed plugin version (existing clocks keep their rules)',
        security,
        params: z.object({ code: z.string().min(1).max(40) }),
        body: z.object({ toVersion: z.string().min(1).max(40) }),
        response: { 200: upgradeSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { principal, tenant } = await reachableTenant(request, request.params.code);
      const diff = await applyUpgrade(
        ctx,
        tenant,
        request.body.toVersion,
        { id: principal.accountId, label: principal.username },
        request.id,
      );
      return toUpgradeBody(tenant.code, diff);
    },
  );
};
