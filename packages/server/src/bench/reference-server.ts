import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';

/** The inbox's first page as the list route reads it (matters, then their parties and clocks), in plain SQL. */
const PAGE = `select id, type, rule_key, rule_version, title, summary, state, is_urgent, from_unit_id, external_recipients,
  parent_matter_id, root_matter_id, escalation_step_key, due_on, created_by, created_at, updated_at, version
  from matter where tenant_id = $1 and state = $2 order by created_at desc, id desc limit 21`;
const PARTIES = `select p.matter_id, p.role, p.received_on, p.received_by, u.id as unit_id, u.key, u.name
  from matter_party p join unit u on u.tenant_id = p.tenant_id and u.id = p.unit_id
  where p.tenant_id = $1 and p.matter_id = any($2)`;
const CLOCKS = `select * from matter_clock where tenant_id = $1 and matter_id = any($2) order by created_at`;

/**
 * The two references the benchmark measures in the same run: `/constant` (what
 * Fastify alone answers: the ceiling) and `/floor/:tenant/matters` (the matters list
 * in plain `pg` as the app role, with the tenant set per transaction as RLS needs,
 * and no ORM, auth or serialisation schema: the floor under what the app adds).
 */
export async function startReferenceServer(
  appUrl: string,
  port: number,
  poolMax: number,
): Promise<FastifyInstance> {
  const pool = new pg.Pool({ connectionString: appUrl, max: poolMax });
  const app = Fastify({ logger: false });
  const tenants = new Map<string, string>();
  app.get('/constant', async () => ({ ok: true }));
  app.get<{ Params: { tenant: string }; Querystring: { state?: string } }>(
    '/floor/:tenant/matters',
    async (request, reply) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        let tenantId = tenants.get(request.params.tenant);
        if (!tenantId) {
          const found = await client.query<{ id: string }>('select id from tenant where code = $1', [
            request.params.tenant,
          ]);
          tenantId = found.rows[0]?.id;
          if (!tenantId) return reply.status(404).send({ error: 'no tenant' });
          tenants.set(request.params.tenant, tenantId);
        }
        await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        const page = await client.query(PAGE, [tenantId, request.query.state ?? 'sent']);
        const ids = page.rows.map((row: { id: string }) => row.id);
        const [parties, clocks] = [
          await client.query(PARTIES, [tenantId, ids]),
          await client.query(CLOCKS, [tenantId, ids]),
        ];
        await client.query('commit');
        return {
          items: page.rows.slice(0, 20).map((row: { id: string }) => ({
            ...row,
            parties: parties.rows.filter((party: { matter_id: string }) => party.matter_id === row.id),
            clocks: clocks.rows.filter((clock: { matter_id: string }) => clock.matter_id === row.id),
          })),
        };
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  );
  app.addHook('onClose', async () => {
    await pool.end();
  });
  await app.listen({ port, host: '127.0.0.1' });
  return app;
}
