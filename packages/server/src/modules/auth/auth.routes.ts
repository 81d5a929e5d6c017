import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { Member } from '../tenancy/member.entity.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';

const tokenPairSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int(),
  tokenType: z.literal('Bearer'),
});

const meSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  isOperator: z.boolean(),
  provinces: z.union([z.literal('all'), z.array(z.string())]),
  tenant: z.object({ code: z.string(), name: z.string() }).nullable(),
  role: z.string().nullable(),
  unitId: z.string().nullable(),
});

/** Sign-ins a minute from one address for one username. */
export const LOGINS_PER_ACCOUNT = 20;
/** Sign-ins a minute from one address, whatever the username. */
export const LOGINS_PER_ADDRESS = 100;

/** Sign-in with short-lived access tokens and rotating refresh tokens. */
export const authRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  // Two limits: a wide one per address (trying many accounts), and one per address and
  // username (guessing one password) keyed on the parsed body, so it runs in the preHandler.
  // The plugin runs one limiter per request, so the second is applied by hand.
  const perAccount = app.createRateLimit({
    max: LOGINS_PER_ACCOUNT,
    timeWindow: '1 minute',
    keyGenerator: (request) => {
      const body = request.body as { username?: unknown } | undefined;
      const username = typeof body?.username === 'string' ? body.username.toLowerCase() : '';
      return `login:${request.ip}:${username}`;
    },
  });
  app.post(
    '/api/auth/login',
    {
      config: { rateLimit: { max: LOGINS_PER_ADDRESS, timeWindow: '1 minute' } },
      preHandler: async (request, reply) => {
        const limit = await perAccount(request);
        if (!limit.isAllowed && limit.isExceeded) {
          reply.header('retry-after', String(limit.ttlInSeconds));
          throw new AppError('RATE_LIMITED');
        }
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in',
        body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }),
        response: { 200: tokenPairSchema, ...errorResponses(400, 401, 403, 423, 429) },
      },
    },
    async (request) => ctx.auth.login(request.body.username, request.body.password),
  );

  app.post(
    '/api/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: 'Exchange a refresh token for a new pair (the old one is spent)',
        body: z.object({ refreshToken: z.string().min(1).max(200) }),
        response: { 200: tokenPairSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ctx.auth.refresh(request.body.refreshToken),
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out: revokes the session of the refresh token (or of the bearer token)',
        body: z.object({ refreshToken: z.string().min(1).max(200).optional() }).optional(),
        response: { 204: z.null(), ...errorResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const refreshToken = request.body?.refreshToken;
      if (refreshToken) {
        await ctx.auth.logout({ refreshToken });
      } else {
        const principal = await ctx.authenticate(request);
        await ctx.auth.logout({ sessionId: principal.sessionId });
      }
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who am I',
        security: [{ bearerAuth: [] }],
        response: { 200: meSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const principal = await ctx.authenticate(request);
      const tenant = principal.tenantId
        ? await ctx.orm.em.fork().findOne(Tenant, { id: principal.tenantId })
        : null;
      const member = tenant
        ? await inTenant(ctx.orm, tenant.id, (em) => em.findOne(Member, { id: principal.accountId }))
        : null;
      return {
        id: principal.accountId,
        username: principal.username,
        displayName: principal.displayName,
        isOperator: principal.isOperator,
        provinces: principal.allProvinces ? ('all' as const) : [...principal.provinces],
        tenant: tenant ? { code: tenant.code, name: tenant.name } : null,
        role: principal.isOperator ? 'platform_operator' : (member?.role ?? null),
        unitId: member?.unit.id ?? null,
      };
    },
  );
};
