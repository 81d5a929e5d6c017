import type pg from 'pg';

/** A table holding a tenant's data, with how to select that tenant's rows in a stable order. */
export interface TenantTable {
  readonly name: string;
  /** The column that names the tenant: `id` for the tenant row itself, else `tenant_id`. */
  readonly tenantColumn: 'id' | 'tenant_id';
  readonly orderBy: string;
}

/**
 * Every table with a tenant's rows, parents before children (by foreign keys),
 * read from the live catalog so tables added by later migrations are included
 * without a list to keep up to date.
 */
export async function tenantTables(client: pg.ClientBase): Promise<TenantTable[]> {
  const tables = await client.query<{ name: string; pk: string[] | null }>(
    `select c.table_name as name,
            (select array_agg(a.attname::text order by k.ord)
               from pg_index i
               cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
               join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
              where i.indrelid = ('public.' || quote_ident(c.table_name))::regclass and i.indisprimary) as pk
       from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'`,
  );
  const edges = await client.query<{ child: string; parent: string }>(
    `select distinct cl.relname as child, pcl.relname as parent
       from pg_constraint con
       join pg_class cl on cl.oid = con.conrelid
       join pg_class pcl on pcl.oid = con.confrelid
       join pg_namespace ns on ns.oid = cl.relnamespace
      where con.contype = 'f' and ns.nspname = 'public' and cl.relname <> pcl.relname`,
  );
  const names = tables.rows.map((row) => row.name);
  const ordered = topologicalOrder(names, edges.rows);
  const pkOf = new Map(tables.rows.map((row) => [row.name, row.pk ?? ['tenant_id']]));
  return [
    { name: 'tenant', tenantColumn: 'id', orderBy: 'id' },
    ...ordered.map((name) => ({
      name,
      tenantColumn: 'tenant_id' as const,
      // Audit events must be re-inserted in chain order for their hashes to reproduce.
      orderBy:
        name === 'audit_event' ? 'seq' : (pkOf.get(name) ?? []).map((column) => `"${column}"`).join(', '),
    })),
  ];
}

function topologicalOrder(
  names: readonly string[],
  edges: readonly { child: string; parent: string }[],
): string[] {
  const wanted = new Set(names);
  const parents = new Map(names.map((name) => [name, new Set<string>()]));
  for (const { child, parent } of edges) {
    if (wanted.has(child) && wanted.has(parent)) parents.get(child)?.add(parent);
  }
  const done: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (done.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const parent of [...(parents.get(name) ?? [])].sort()) visit(parent);
    visiting.delete(name);
    done.push(name);
  };
  for (const name of [...names].sort()) visit(name);
  return done;
}
