import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { AuthService } from '../modules/auth/auth.service.ts';
import type { PluginRegistry } from '../modules/plugins/plugin-registry.ts';
import type { Authenticator } from './principal.ts';
import type { TenantScope } from './tenant-scope.ts';

/** What every feature's routes receive: the services they may use, nothing global. */
export interface AppContext {
  readonly orm: MikroORM;
  readonly clock: Clock;
  readonly config: Config;
  readonly plugins: PluginRegistry;
  readonly auth: AuthService;
  readonly authenticate: Authenticator;
  readonly resolveTenant: (request: FastifyRequest) => Promise<TenantScope>;
}
