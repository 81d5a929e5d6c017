import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { inPlatform, inTenant } from '../../db/tenant-transaction.ts';
import { shanghaiDate } from '../../time/shanghai-date.ts';
import { deliverDueWebhooks, type PostFunction } from '../notifications/webhook-delivery.service.ts';
import { sweepAlarms } from './alarm-sweep.ts';
import { tenantsWithWork } from './due-work-finder.ts';
import { sweepLights } from './light-sweep.ts';
import { sweepObligations } from './obligation-sweep.ts';

/** Tenants visited at once: a visit waits on PostgreSQL (and outside systems) about half the time. */
const VISITS_AT_ONCE = 2;

/** What one pass did, summed over tenants. */
export interface DueWorkReport {
  /** Tenants visited: those the finder reported with work (within `only`, when given). */
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
 * fire due alarms, tell yellow and red lights, deliver webhooks. One
 * cross-tenant query (`due_work_tenants`, migration 0007) says which tenants
 * have any of that to do and which stages; only those are visited, so a pass
 * where nothing is due costs one query whatever the number of tenants. Each
 * visited tenant's stages run in its own tenant-bound transaction (row-level
 * security holds for the scheduler too), and a failing tenant is reported
 * without stopping the others. Idempotent: running it twice, or on two
 * servers at once, does each thing once. pg-boss calls it on a cron; tests
 * call it directly after moving a ManualClock.
 */
export async function runDueWork(deps: DueWorkDeps, now: Date): Promise<DueWorkReport> {
  const today = shanghaiDate(now);
  const only = deps.only ? new Set(deps.only) : undefined;
  const found = (await inPlatform(deps.orm, (em) => tenantsWithWork(em, now))).filter(
    (tenant) => !only || only.has(tenant.code),
  );
  const report: DueWorkReport = {
    tenants: found.length,
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
  const visit = async (tenant: (typeof found)[number]) => {
    // One transaction per tenant, each stage in a savepoint: a failing stage rolls back alone.
    let hasDeliveries = tenant.webhooks;
    try {
      await inTenant(deps.orm, tenant.tenantId, async (em) => {
        const stage = async (name: string, work: (tx: EntityManager) => Promise<void>) => {
          try {
            await em.transactional(work);
          } catch (error) {
            failed(tenant.code, name, error);
          }
        };
        if (tenant.obligations) {
          await stage('obligations', async (tx) => {
            const done = await sweepObligations(tx, tenant.tenantId, today, now);
            report.obligationsOpened += done.opened;
            report.notifications += done.notified;
          });
        }
        if (tenant.alarms > 0) {
          await stage('alarms', async (tx) => {
            const done = await sweepAlarms(tx, tenant.tenantId, today, now);
            report.alarmsFired += done.fired;
            report.notifications += done.notified;
          });
        }
        if (tenant.lights > 0) {
          await stage('lights', async (tx) => {
            report.notifications += (await sweepLights(tx, tenant.tenantId, today, now)).notified;
          });
        }
        // The stages above may have queued deliveries that are due at once.
        if (!hasDeliveries && (tenant.obligations || tenant.alarms > 0 || tenant.lights > 0)) {
          const due = await em.execute<{ due: boolean }[]>(
            `select exists (select 1 from webhook_delivery where status = 'pending' and next_attempt_at <= ?) as due`,
            [now],
          );
          hasDeliveries = due[0]?.due === true;
        }
      });
    } catch (error) {
      failed(tenant.code, 'sweep', error);
    }
    if (!hasDeliveries) return;
    // Its own transaction: posting to outside systems should not hold the sweep's open.
    try {
      const done = await inTenant(deps.orm, tenant.tenantId, (em) => deliverDueWebhooks(em, now, deps.post));
      report.webhooksDelivered += done.delivered;
      report.webhooksFailed += done.failed;
    } catch (error) {
      failed(tenant.code, 'webhooks', error);
    }
  };
  // Visits are independent (each tenant in its own transactions) and idempotent, so a few run at once.
  const queue = [...found];
  const workers = Array.from({ length: VISITS_AT_ONCE }, async () => {
    for (let tenant = queue.shift(); tenant; tenant = queue.shift()) await visit(tenant);
  });
  await Promise.all(workers);
  return report;
}
