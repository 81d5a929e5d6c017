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
export type MatterList = Json<'/api/t/{tenant}/matters', 'get'>;
export type Matter = MatterList['items'][number];
export type MatterQuery = NonNullable<paths['/api/t/{tenant}/matters']['get']['parameters']['query']>;
export type MatterClock = Matter['clocks'][number];
export type MatterAction = Matter['allowedActions'][number];
export type TimelineEntry = Json<'/api/t/{tenant}/matters/{id}/timeline', 'get'>['entries'][number];
export type MatterComment = Json<'/api/t/{tenant}/matters/{id}/comments', 'get'>['comments'][number];
export type NotificationList = Json<'/api/t/{tenant}/notifications', 'get'>;
export type Meeting = Json<'/api/t/{tenant}/meetings', 'get'>['meetings'][number];
export type TaskList = Json<'/api/t/{tenant}/task-lists/{listId}', 'get'>;
export type TaskListSummary = Json<'/api/t/{tenant}/task-lists', 'get'>['taskLists'][number];
export type TaskArea = TaskList['areas'][number];
export type TaskItem = TaskArea['tasks'][number];
export type Measure = TaskItem['measures'][number];
export type Completion = Json<'/api/t/{tenant}/task-lists/{listId}/completion', 'get'>;
export type MeetingDetail = Json<'/api/t/{tenant}/meetings/{meetingId}', 'get'>;
export type MatterRules = Json<'/api/t/{tenant}/matter-rules', 'get'>;
export type MatterRule = MatterRules['rules'][number];
export type MatterRuleParty = MatterRule['to'][number];
export type CreateMatterBody = NonNullable<
  paths['/api/t/{tenant}/matters']['post']['requestBody']
>['content']['application/json'];
export type UrgentPeriod = NonNullable<CreateMatterBody['urgentPeriod']>;
export type CreatedMatter = Json<'/api/t/{tenant}/matters', 'post', 201>;
export type TaskListTemplate = Json<'/api/t/{tenant}/task-list-templates', 'get'>['templates'][number];
export type TenantDashboard = Json<'/api/t/{tenant}/dashboard', 'get'>;
export type DeadlineItem = TenantDashboard['matters']['overdue'][number];
export type PlatformDashboard = Json<'/api/platform/dashboard', 'get'>;
export type MatterAttachment = Json<'/api/t/{tenant}/matters/{id}/attachments', 'get'>['attachments'][number];
