import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
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
  /** Tenant codes to sweep (a per-tenant job, a test); all active tenants when absent. */
  readonly only?: readonly string[];
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
    em.find(Tenant, deps.only ? { status: 'active', code: { $in: [...deps.only] } } : { status: 'active' }, {
      orderBy: { code: 'asc' },
    }),
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
  const failed = (tenant: string, name: string, error: unknown) => {
    report.errors.push({ tenant, stage: name, message: (error as Error).message });
    deps.log?.(`due work: ${name} failed for tenant ${tenant}`, error);
  };
  for (const tenant of tenants) {
    // One transaction per tenant, each stage in a savepoint: a failing stage rolls back alone.
    let hasDeliveries = false;
    try {
      await inTenant(deps.orm, tenant.id, async (em) => {
        const stage = async (name: string, work: (tx: EntityManager) => Promise<void>) => {
          try {
            await em.transactional(work);
          } catch (error) {
            failed(tenant.code, name, error);
          }
        };
        // Also keeps lastKnownCalendar fresh for synchronous readers on this instance.
        await stage('calendar', async (tx) => {
          await calendarForTenant(tx, tenant.id);
        });
        await stage('obligations', async (tx) => {
          const done = await sweepObligations(tx, tenant.id, today, now);
          report.obligationsOpened += done.opened;
          report.notifications += done.notified;
        });
        await stage('alarms', async (tx) => {
          const done = await sweepAlarms(tx, tenant.id, today, now);
          report.alarmsFired += done.fired;
          report.notifications += done.notified;
        });
        await stage('lights', async (tx) => {
          report.notifications += (await sweepLights(tx, tenant.id, today, now)).notified;
        });
        const due = await em.execute<{ due: boolean }[]>(
          `select exists (select 1 from webhook_delivery where status = 'pending' and next_attempt_at <= ?) as due`,
          [now],
        );
        hasDeliveries = due[0]?.due === true;
      });
    } catch (error) {
      failed(tenant.code, 'sweep', error);
    }
    if (!hasDeliveries) continue;
    // Its own transaction: posting to outside systems should not hold the sweep's open.
    try {
      const done = await inTenant(deps.orm, tenant.id, (em) => deliverDueWebhooks(em, now, deps.post));
      report.webhooksDelivered += done.delivered;
      report.webhooksFailed += done.failed;
    } catch (error) {
      failed(tenant.code, 'webhooks', error);
    }
  }
  return report;
}
