import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { type Clock, systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { seedDemo } from './modules/demo/demo-seed.ts';
import { guardedWebhookPost, webhookDestinationPolicy } from './modules/notifications/webhook-destination.ts';
import { loadInstalledPlugins } from './modules/plugins/plugin-registry.ts';
import { startJobRunner } from './modules/scheduler/job-runner.ts';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly database: Database;
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts the whole product: database (embedded unless DATABASE_URL), migrations, demo seed, API and web UI. */
export async function startServer(config: Config, clock: Clock = systemClock): Promise<RunningServer> {
  const logger = {
    level: config.logLevel,
    ...(process.stdout.isTTY
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }
      : {}),
  };
  const plugins = await loadInstalledPlugins(
    (process.env.LIANDONG_PLUGINS ?? '').split(',').filter((specifier) => specifier.length > 0),
  );
  const bootLog: string[] = [];
  const database = await openDatabase(config, (message) => bootLog.push(message));
  try {
    const app = await buildApp({ orm: database.orm, config, clock, plugins, logger, serveWeb: true });
    for (const line of bootLog) app.log.info(line);
    for (const broken of plugins.broken()) {
      app.log.error(
        { problems: broken.problems },
        `plugin ${broken.packageName} is invalid and was not loaded`,
      );
    }
    if (config.seedDemo && !config.isProduction) {
      const seeded = await seedDemo({
        orm: database.orm,
        plugins,
        clock,
        password: config.demoPassword,
        isProduction: config.isProduction,
      });
      if (seeded.seeded) {
        app.log.info(`demo data: tenants ${seeded.tenants.join(', ')}; users ${seeded.usernames.join(', ')}`);
      }
    }
    const url = await app.listen({ port: config.port, host: config.host });
    // Started here, not in buildApp, so tests drive the scheduler by hand (runDueWork).
    const jobs = await startJobRunner({
      ownerUrl: database.ownerUrl,
      orm: database.orm,
      clock,
      post: guardedWebhookPost(webhookDestinationPolicy(config.webhookPrivateNetworks)),
      log: (message, error) => (error ? app.log.error({ err: error }, message) : app.log.info(message)),
    });
    return {
      app,
      database,
      url,
      async stop() {
        await jobs.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
