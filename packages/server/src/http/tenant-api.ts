import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { memberAdminRoutes } from '../modules/admin/member-admin.routes.ts';
import { unitAdminRoutes } from '../modules/admin/unit-admin.routes.ts';
import { calendarRoutes } from '../modules/calendar/calendar.routes.ts';
import { dashboardRoutes } from '../modules/dashboard/dashboard.routes.ts';
import { matterRoutes } from '../modules/matters/routes.ts';
import { meetingRoutes } from '../modules/meetings/routes.ts';
import { notificationRoutes } from '../modules/notifications/notification.routes.ts';
import { webhookRoutes } from '../modules/notifications/webhook.routes.ts';
import { obligationRoutes } from '../modules/scheduler/obligation.routes.ts';
import { taskListRoutes } from '../modules/task-lists/routes.ts';
import { tenantRoutes } from '../modules/tenancy/tenant.routes.ts';
import type { AppContext } from './app-context.ts';

/**
 * Every feature's tenant routes. Each is mounted under `/api/t/:tenant`
 * behind the tenant resolver, so no feature can forget the isolation check.
 * A new feature adds its routes plugin to this list.
 */
export const tenantFeatureRoutes: readonly FastifyPluginAsyncZod<AppContext>[] = [
  tenantRoutes,
  matterRoutes,
  taskListRoutes,
  meetingRoutes,
  unitAdminRoutes,
  memberAdminRoutes,
  calendarRoutes,
  notificationRoutes,
  webhookRoutes,
  obligationRoutes,
  dashboardRoutes,
];

export async function registerTenantApi(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(
    async (scoped) => {
      // Resolved before body parsing and validation: an outsider learns nothing but 404.
      scoped.addHook('onRequest', async (request) => {
        await ctx.resolveTenant(request);
      });
      for (const routes of tenantFeatureRoutes) await scoped.register(routes, ctx);
    },
    { prefix: '/api/t/:tenant' },
  );
}
