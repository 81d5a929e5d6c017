import type { paths } from './schema';

/** Response and body types named after what they are, all derived from the generated schema. */
type Json<P extends keyof paths, M extends 'get' | 'post', S extends number = 200> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type PluginList = Json<'/api/platform/plugins', 'get'>;
export type PluginSummary = PluginList['plugins'][number];
export type PluginManifest = Json<'/api/platform/plugins/{id}', 'get'>;
export type Tenant = Json<'/api/platform/tenants', 'get'>['tenants'][number];
export type OnboardBody = NonNullable<
  paths['/api/platform/tenants']['post']['requestBody']
>['content']['application/json'];
export type OnboardResult = Json<'/api/platform/tenants', 'post', 201>;
export type TenantOverview = Json<'/api/t/{tenant}/', 'get'>;
export type Unit = Json<'/api/t/{tenant}/units', 'get'>['units'][number];
export type Member = Json<'/api/t/{tenant}/members', 'get'>['members'][number];
export type AuditEvent = Json<'/api/t/{tenant}/audit', 'get'>['events'][number];
