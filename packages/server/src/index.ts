/** The server's programmatic API, for the CLI, tests and tools. */
export { API_VERSION, type AppDeps, buildApp } from './app.ts';
export { type Clock, ManualClock, systemClock } from './clock.ts';
export { type Config, ConfigError, loadConfig } from './config.ts';
export { type Database, openDatabase, resolveOwnerUrl } from './db/database.ts';
export { APP_ROLE, appUrlFrom, bootstrapDatabase, OWNER_ROLE } from './db/database-roles.ts';
export { type EmbeddedCluster, startEmbeddedPostgres } from './db/embedded-postgres.ts';
export { allEntities, platformEntities, tenantEntities } from './db/entities.ts';
export { migrate } from './db/migrate.ts';
export { createOrm, type MikroORM } from './db/orm.ts';
export { TENANT_SETTING } from './db/tenant-owned.ts';
export { inPlatform, inTenant } from './db/tenant-transaction.ts';
export { ERRORS, type ErrorCode } from './errors.ts';
export { seedDemo } from './modules/demo/demo-seed.ts';
export { loadInstalledPlugins, type PluginRegistry, registryOf } from './modules/plugins/plugin-registry.ts';
export { type OnboardTenantInput, onboardTenantSchema } from './modules/tenancy/onboarding.schemas.ts';
export { onboardTenant } from './modules/tenancy/onboarding.service.ts';
export { startServer } from './server.ts';
