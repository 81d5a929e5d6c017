import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.ts';
import { warmCalendars } from '../calendar/calendar-for-tenant.ts';
import type { PostFunction } from '../notifications/webhook-delivery.service.ts';
import { runDueWork } from './due-work.ts';

export const DUE_WORK_QUEUE = 'liandong-due-work';
/** Every five minutes, Beijing time: reminders go out within minutes of midnight Shanghai. */
export const DUE_WORK_CRON = '*/5 * * * *';

export interface JobRunnerDeps {
  /** The owner role's URL: pg-boss installs and migrates its own `pgboss` schema with it. */
  readonly ownerUrl: string;
  readonly orm: MikroORM;
  readonly clock: Clock;
  readonly log: (message: string, error?: unknown) => void;
  /** How webhooks are posted (the operator's destination policy). */
  readonly post?: PostFunction;
}

export interface JobRunner {
  stop(): Promise<void>;
}

/**
 * Starts pg-boss: a cron (Asia/Shanghai) that queues the due-work job, and a
 * worker that runs it. The queue's policy is exclusive, so however many
 * servers run, one due-work job is queued or active at a time; the work itself is
 * idempotent besides, so a retried or duplicated job does nothing twice.
 */
export async function startJobRunner(deps: JobRunnerDeps): Promise<JobRunner> {
  // Loaded here, not at the top: pg-boss takes most of a second to import, which every CLI call and test would pay.
  const { PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString: deps.ownerUrl, schema: 'pgboss', max: 4 });
  boss.on('error', (error) => deps.log('pg-boss error', error));
  await warmCalendars(deps.orm);
  await boss.start();
  await boss.createQueue(DUE_WORK_QUEUE, { policy: 'exclusive', retryLimit: 2, expireInSeconds: 15 * 60 });
  await boss.schedule(DUE_WORK_QUEUE, DUE_WORK_CRON, {}, { tz: 'Asia/Shanghai' });
  await boss.work(DUE_WORK_QUEUE, async () => {
    const report = await runDueWork(
      { orm: deps.orm, log: deps.log, ...(deps.post ? { post: deps.post } : {}) },
      deps.clock.now(),
    );
    deps.log(
      `due work: ${report.obligationsOpened} obligations opened, ${report.alarmsFired} alarms fired, ` +
        `${report.webhooksDelivered} webhooks delivered, ${report.errors.length} errors`,
    );
  });
  return {
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
