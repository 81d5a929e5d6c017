import helmet from '@fastify/helmet';
import jwt from '@fastify/jwt';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import { AppError } from './errors.ts';
import type { AppContext } from './http/app-context.ts';
import { CallerLookupPool } from './http/caller-lookup.ts';
import { installErrorHandling, installNotFound } from './http/error-handler.ts';
import { createAuthenticator } from './http/principal.ts';
import { registerTenantApi } from './http/tenant-api.ts';
import { createTenantScopeResolver } from './http/tenant-scope.ts';
import { serveWebUi } from './http/web-ui.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { AuthService } from './modules/auth/auth.service.ts';
import type { AccessClaims } from './modules/auth/tokens.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { calendarFeedPublicRoutes } from './modules/meetings/calendar-feed-public.routes.ts';
import { calendarNoticeRoutes } from './modules/platform/calendar-notice.routes.ts';
import { oversightRoutes } from './modules/platform/oversight.routes.ts';
import { platformRoutes } from './modules/platform/platform.routes.ts';
import type { PluginRegistry } from './modules/plugins/plugin-registry.ts';

export interface AppDeps {
  readonly orm: MikroORM;
  readonly config: Config;
  readonly clock: Clock;
  readonly plugins: PluginRegistry;
  /** Pino options, or false for none (tests). */
  readonly logger?: boolean | Record<string, unknown>;
  readonly serveWeb?: boolean;
}

export const API_VERSION = '0.1.0';

/** Builds the API: every feature is an encapsulated plugin that receives only the services it uses. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : crypto.randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  await app.register(helmet, { contentSecurityPolicy: false, global: true });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
  await app.register(jwt, { secret: deps.config.jwtSecret, sign: { algorithm: 'HS256' } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Liandong API', description: '联动 · 府检联动工作平台 API', version: API_VERSION },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const signAccessToken = (claims: AccessClaims, ttlSeconds: number): string =>
    app.jwt.sign({ ...claims }, { expiresIn: ttlSeconds, clockTimestamp: deps.clock.now().getTime() });
  const verifyAccessToken = (token: string): AccessClaims => {
    try {
      const claims = app.jwt.verify<Partial<AccessClaims>>(token, {
        algorithms: ['HS256'],
        clockTimestamp: deps.clock.now().getTime(),
      });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') {
        throw new AppError('AUTH_TOKEN_INVALID');
      }
      return { sub: claims.sub, sid: claims.sid, typ: 'access' };
    } catch (error) {
      if (error instanceof AppError) throw error;
      const code = (error as { code?: unknown }).code;
      throw new AppError(code === 'FAST_JWT_EXPIRED' ? 'AUTH_TOKEN_EXPIRED' : 'AUTH_TOKEN_INVALID');
    }
  };

  // Its own small pool, on the ORM's database and role: authentication reads in one round trip.
  const callerLookup = new CallerLookupPool(deps.orm.config.get('clientUrl') ?? '');
  app.addHook('onClose', () => callerLookup.close());
  const authenticate = createAuthenticator({ lookup: callerLookup, verifyAccessToken });
  const ctx: AppContext = {
    orm: deps.orm,
    clock: deps.clock,
    config: deps.config,
    plugins: deps.plugins,
    authenticate,
    resolveTenant: createTenantScopeResolver(deps.orm, authenticate),
    auth: new AuthService({
      orm: deps.orm,
      clock: deps.clock,
      accessTokenTtlSeconds: deps.config.accessTokenTtlSeconds,
      refreshTokenTtlSeconds: deps.config.refreshTokenTtlSeconds,
      signAccessToken,
    }),
  };

  await app.register(healthRoutes, ctx);
  await app.register(authRoutes, ctx);
  await app.register(platformRoutes, ctx);
  await app.register(calendarFeedPublicRoutes, ctx);
  await app.register(calendarNoticeRoutes, ctx);
  await app.register(oversightRoutes, ctx);
  await registerTenantApi(app, ctx);
  installNotFound(app, deps.serveWeb === true && (await serveWebUi(app)));
  return app;
}
