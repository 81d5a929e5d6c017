import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pendingMigrationNames } from '../../db/migrate.ts';
import type { AppContext } from '../../http/app-context.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['up', 'down']),
  migrations: z.object({ current: z.boolean(), pending: z.array(z.string()) }),
  time: z.string(),
});

/** `GET /api/health`: is the database reachable and migrated to this build. */
export const healthRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Health: database reachable, migrations current',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const time = ctx.clock.now().toISOString();
      try {
        const rows = await ctx.orm.em
          .fork()
          .execute<{ name: string }[]>('select name from mikro_orm_migrations');
        const pending = await pendingMigrationNames(rows.map((row) => row.name));
        const current = pending.length === 0;
        return reply.status(current ? 200 : 503).send({
          status: current ? 'ok' : 'unavailable',
          database: 'up',
          migrations: { current, pending },
          time,
        });
      } catch (error) {
        reply.log.warn({ err: error }, 'health check: database unreachable');
        reply.header('retry-after', '5');
        return reply.status(503).send({
          status: 'unavailable',
          database: 'down',
          migrations: { current: false, pending: [] },
          time,
        });
      }
    },
  );
};
