import type { MikroORM } from '@mikro-orm/postgresql';
import { inPlatform, inTenant } from '../../db/tenant-transaction.ts';
import { shanghaiDate } from '../../time/shanghai-date.ts';
import { calendarForTenant } from '../calendar/calendar-for-tenant.ts';
import { deliverDueWebhooks, type PostFunction } from '../notifications/webhook-delivery.service.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { sweepAlarms } from './alarm-sweep.ts';
import { sweepLights } from './light-sweep.ts';
import { sweepObligations } from './obligation-sweep.ts';

/** What one pass did, summed over tenants. */
export interface DueWorkReport {
  tenants: number;
  obligationsOpened: number;
  alarmsFired: number;
  notifications: number;
  webhooksDelivered: number;
  webhooksFailed: number;
  errors: { tenant: string; stage: string; message: string }[];
}

export interface DueWorkDeps {
  readonly orm: MikroORM;
  /** How webhooks are posted; tests may pass their own, production uses fetch. */
  readonly post?: PostFunction;
  readonly log?: (message: string, error?: unknown) => void;
}

/**
 * Everything time-driven, for the instant `now`: open periodic obligations,
 * fire due alarms, tell yellow and red lights, deliver webhooks. Each tenant's stages run in their own
 * tenant-bound transactions (row-level security holds for the scheduler too),
 * and a failing tenant is reported without stopping the others. Idempotent:
 * running it twice, or on two servers at once, does each thing once. pg-boss
 * calls it on a cron; tests call it directly after moving a ManualClock.
 */
export async function runDueWork(deps: DueWorkDeps, now: Date): Promise<DueWorkReport> {
  const today = shanghaiDate(now);
  const tenants = await inPlatform(deps.orm, (em) =>
    em.find(Tenant, { status: 'active' }, { orderBy: { code: 'asc' } }),
  );
  const report: DueWorkReport = {
    tenants: tenants.length,
    obligationsOpened: 0,
    alarmsFired: 0,
    notifications: 0,
    webhooksDelivered: 0,
    webhooksFailed: 0,
    errors: [],
  };
  const stage = async (tenant: string, name: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      report.errors.push({ tenant, stage: name, message: (error as Error).message });
      deps.log?.(`due work: ${name} failed for tenant ${tenant}`, error);
    }
  };
  for (const tenant of tenants) {
    await stage(tenant.code, 'calendar', async () => {
      // Keeps lastKnownCalendar fresh for synchronous readers on this instance.
      await inTenant(deps.orm, tenant.id, (em) => calendarForTenant(em, tenant.id));
    });
    await stage(tenant.code, 'obligations', async () => {
      const done = await inTenant(deps.orm, tenant.id, (em) => sweepObligations(em, tenant.id, today, now));
      report.obligationsOpened += done.opened;
      report.notifications += done.notified;
    });
    await stage(tenant.code, 'alarms', async () => {
      const done = await inTenant(deps.orm, tenant.id, (em) => sweepAlarms(em, tenant.id, today, now));
      report.alarmsFired += done.fired;
      report.notifications += done.notified;
    });
    await stage(tenant.code, 'lights', async () => {
      const done = await inTenant(deps.orm, tenant.id, (em) => sweepLights(em, tenant.id, today, now));
      report.notifications += done.notified;
    });
    await stage(tenant.code, 'webhooks', async () => {
      const done = await inTenant(deps.orm, tenant.id, (em) => deliverDueWebhooks(em, now, deps.post));
      report.webhooksDelivered += done.delivered;
      report.webhooksFailed += done.failed;
    });
  }
  return report;
}
