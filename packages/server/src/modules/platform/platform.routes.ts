import { manifestSchema } from '@liandong/sdk';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import type { Principal } from '../../http/principal.ts';
import { onboardingResultSchema, onboardTenantSchema, tenantSchema } from '../tenancy/onboarding.schemas.ts';
import { onboardTenant } from '../tenancy/onboarding.service.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { toTenantDto } from '../tenancy/tenant-dto.ts';
import { pluginSummarySchema, summarisePlugin } from './plugin-summary.ts';

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
};
