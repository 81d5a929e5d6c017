import { tenantEntities } from '@liandong/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let admin: pg.Client;
const tables = tenantEntities.map((entity) => entity.meta.tableName ?? entity.meta.className);

beforeAll(async () => {
  server = await startTestServer();
  // The database's own checks are what is under test, so this connection bypasses RLS as a superuser would.
  admin = new pg.Client({ connectionString: server.database.adminUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
  await server.close();
});

interface Constraint {
  table: string;
  name: string;
  type: 'p' | 'u' | 'f';
  columns: string[];
  refColumns: string[] | null;
}

async function constraints(): Promise<Constraint[]> {
  const result = await admin.query<Constraint>(
    `select rel.relname as table, con.conname as name, con.contype as type,
            array(select att.attname from unnest(con.conkey) k join pg_attribute att on att.attrelid = con.conrelid and att.attnum = k)::text[] as columns,
            case when con.contype = 'f' then array(select att.attname from unnest(con.confkey) k join pg_attribute att on att.attrelid = con.confrelid and att.attnum = k)::text[] end as "refColumns"
     from pg_constraint con join pg_class rel on rel.oid = con.conrelid
     where rel.relname = any($1) and con.contype in ('p', 'u', 'f')`,
    [tables],
  );
  return result.rows;
}

describe('composite keys carry tenant_id (Citus-ready, cross-tenant references impossible)', () => {
  it('covers every table of the live schema that has a tenant_id (account is platform: a login names no tenant yet)', async () => {
    const live = await admin.query<{ table: string }>(
      `select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
       where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    );
    const tenantOwned = live.rows.map((row) => row.table).filter((table) => table !== 'account');
    expect(tenantOwned.sort()).toEqual([...tables].sort());
  });

  it('every primary key and unique constraint of a tenant table includes tenant_id', async () => {
    const keys = (await constraints()).filter((constraint) => constraint.type !== 'f');
    expect(keys.filter((key) => key.type === 'p')).toHaveLength(tables.length);
    for (const key of keys) expect(key.columns, `${key.table}.${key.name}`).toContain('tenant_id');
  });

  it('every foreign key between tenant tables pairs tenant_id with tenant_id', async () => {
    const foreignKeys = (await constraints()).filter((constraint) => constraint.type === 'f');
    for (const key of foreignKeys) {
      const position = key.columns.indexOf('tenant_id');
      expect(position, `${key.table}.${key.name}`).toBeGreaterThanOrEqual(0);
      const target = key.refColumns?.[position];
      expect(['tenant_id', 'id'], `${key.table}.${key.name}`).toContain(target);
    }
  });

  it('refuses a member of tenant A placed in a unit of tenant B', async () => {
    const ids = await admin.query<{ code: string; tenant_id: string; unit_id: string }>(
      `select t.code, t.id as tenant_id, (select u.id from unit u where u.tenant_id = t.id limit 1) as unit_id
       from tenant t where t.code in ('xuyi', 'suzhou')`,
    );
    const a = ids.rows.find((row) => row.code === 'xuyi')!;
    const b = ids.rows.find((row) => row.code === 'suzhou')!;
    await expect(
      admin.query(
        `insert into member (tenant_id, id, unit_id, display_name, role, status, created_at)
         values ($1, gen_random_uuid(), $2, '越界者', 'staff', 'active', now())`,
        [a.tenant_id, b.unit_id],
      ),
    ).rejects.toThrow(/foreign key/);
    await expect(
      admin.query(
        `insert into liaison (tenant_id, id, unit_id, slot, created_at) values ($1, gen_random_uuid(), $2, 9, now())`,
        [a.tenant_id, b.unit_id],
      ),
    ).rejects.toThrow(/foreign key/);
  });

  it('loads and saves entities through the composite keys', async () => {
    const rows = await admin.query<{ n: number }>(
      `select count(*)::int as n from member m join unit u on u.tenant_id = m.tenant_id and u.id = m.unit_id`,
    );
    const members = await admin.query<{ n: number }>('select count(*)::int as n from member');
    expect(rows.rows[0]!.n).toBe(members.rows[0]!.n);
    expect(members.rows[0]!.n).toBeGreaterThan(0);
  });
});
