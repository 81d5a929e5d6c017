import { TENANT_SETTING, tenantEntities } from '@liandong/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let app: pg.Client;
let tenantA: string;
let tenantB: string;
const tables = tenantEntities.map((entity) => entity.meta.tableName ?? entity.meta.className);

beforeAll(async () => {
  server = await startTestServer();
  app = new pg.Client({ connectionString: server.database.appUrl });
  await app.connect();
  const tenants = await app.query<{ id: string; code: string }>(
    `select id, code from tenant where code in ('xuyi', 'suzhou')`,
  );
  tenantA = tenants.rows.find((row) => row.code === 'xuyi')!.id;
  tenantB = tenants.rows.find((row) => row.code === 'suzhou')!.id;
});
afterAll(async () => {
  await app.end();
  await server.close();
});

/** Runs statements as the application role in one transaction with a tenant set, bypassing the ORM entirely. */
async function asTenant<T>(tenantId: string | null, work: (client: pg.Client) => Promise<T>): Promise<T> {
  await app.query('begin');
  try {
    if (tenantId) await app.query('select set_config($1, $2, true)', [TENANT_SETTING, tenantId]);
    return await work(app);
  } finally {
    await app.query('rollback');
  }
}

describe('row-level security for the application role (no ORM filter)', () => {
  it('runs the API as a role that owns nothing and cannot bypass RLS', async () => {
    const role = await app.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      'select rolsuper, rolbypassrls from pg_roles where rolname = current_user',
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await app.query(
      `select tablename from pg_tables where schemaname = 'public' and tableowner = current_user`,
    );
    expect(owned.rows).toEqual([]);
  });

  it('forces RLS with a tenant policy on every tenant-owned table', async () => {
    const rows = await app.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `select relname, relrowsecurity, relforcerowsecurity from pg_class where relname = any($1)`,
      [tables],
    );
    expect(rows.rows).toHaveLength(tables.length);
    for (const row of rows.rows) {
      expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
    }
  });

  it('with tenant A set, sees only tenant A’s rows in every tenant table', async () => {
    await asTenant(tenantA, async (client) => {
      for (const table of tables) {
        const foreign = await client.query(`select count(*)::int as n from ${table} where tenant_id <> $1`, [
          tenantA,
        ]);
        expect(foreign.rows[0].n, table).toBe(0);
      }
      const units = await client.query(`select count(*)::int as n from unit`);
      expect(units.rows[0].n).toBeGreaterThan(0);
    });
  });

  it('with tenant A set, cannot change or take tenant B’s rows', async () => {
    await asTenant(tenantA, async (client) => {
      const updated = await client.query(`update unit set name = 'hijacked' where tenant_id = $1`, [tenantB]);
      expect(updated.rowCount).toBe(0);
      await client.query('savepoint s');
      await expect(
        client.query(`update unit set tenant_id = $1 where tenant_id = $2`, [tenantB, tenantA]),
      ).rejects.toThrow(/row-level security/);
      await client.query('rollback to savepoint s');
      await expect(
        client.query(
          `insert into unit (tenant_id, id, key, name, kind, is_member, liaison_slots, sort_order, status, created_at)
           values ($1, gen_random_uuid(), 'planted', '植入单位', 'other', true, 1, 99, 'active', now())`,
          [tenantB],
        ),
      ).rejects.toThrow(/row-level security/);
    });
    await asTenant(tenantB, async (client) => {
      const untouched = await client.query(`select count(*)::int as n from unit where name = 'hijacked'`);
      expect(untouched.rows[0].n).toBe(0);
    });
  });

  it('with no tenant set, sees no tenant rows at all', async () => {
    await asTenant(null, async (client) => {
      for (const table of tables) {
        const all = await client.query(`select count(*)::int as n from ${table}`);
        expect(all.rows[0].n, table).toBe(0);
      }
    });
  });

  it('keeps the audit log append-only for the application role', async () => {
    await asTenant(tenantA, async (client) => {
      await client.query('savepoint s');
      await expect(client.query(`update audit_event set action = 'forged'`)).rejects.toThrow(
        /permission denied/,
      );
      await client.query('rollback to savepoint s');
      await expect(client.query(`delete from audit_event`)).rejects.toThrow(/permission denied/);
    });
  });
});
