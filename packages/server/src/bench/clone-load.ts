import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { type Clone, generatedPeople } from './generated-people.ts';
import type { TemplateTenant } from './template-build.ts';
import { cloneRows, prepareRows } from './template-rows.ts';
import { UuidMask } from './uuid-mask.ts';

export interface CloneOptions {
  readonly template: pg.Client;
  readonly target: pg.Client;
  /** More connections (template, target) to load tables in parallel. */
  readonly morePairs?: readonly { template: pg.Client; target: pg.Client }[];
  readonly templates: readonly TemplateTenant[];
  readonly tenants: number;
  readonly usersPerTenant: number;
  readonly seed: string;
  readonly passwordHash: string;
  readonly log: (line: string) => void;
}

interface Table {
  readonly name: string;
  readonly columns: readonly string[];
}

/** Tables with a `tenant_id`, in the public schema; `tenant` and `account` are written apart. */
async function tenantTables(client: pg.Client): Promise<Table[]> {
  const { rows } = await client.query<{ table_name: string; columns: string[] }>(
    `select c.table_name, array_agg(c.column_name::text order by c.ordinal_position) as columns
       from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      group by c.table_name
     having bool_or(c.column_name = 'tenant_id') and c.table_name not in ('account', 'tenant')
      order by c.table_name`,
  );
  return rows.map((row) => ({ name: row.table_name, columns: row.columns }));
}

async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`,
    [table],
  );
  return rows.map((row) => row.column_name);
}

/** A template's rows of one table as COPY text lines, per template tenant, in a stable order. */
async function readTemplateRows(
  client: pg.Client,
  table: Table,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const list = table.columns.map((column) => `"${column}"`).join(', ');
  // Rows in primary-key order (ids are seeded), the audit chain in its own order.
  const { rows: keys } = await client.query<{ column: string }>(
    `select a.attname as column from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
      where i.indrelid = $1::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)`,
    [`"${table.name}"`],
  );
  const orderBy =
    table.name === 'audit_event' ? 'tenant_id, seq' : keys.map((key) => `"${key.column}"`).join(', ');
  const quoted = ids.map((id) => `'${id}'`).join(', ');
  const stream = client.query(
    copyTo(
      `copy (select ${list} from "${table.name}" where tenant_id in (${quoted}) order by ${orderBy}) to stdout`,
    ),
  );
  let text = '';
  for await (const chunk of stream) text += chunk.toString('utf8');
  const byTenant = new Map<string, string[]>(ids.map((id) => [id, []]));
  const tenantAt = table.columns.indexOf('tenant_id');
  for (const line of text.split('\n')) {
    if (line === '') continue;
    byTenant.get(line.split('\t')[tenantAt] ?? '')?.push(line);
  }
  return byTenant;
}

/** Streams generated COPY text into a table, with backpressure. */
async function copyInto(
  target: pg.Client,
  table: string,
  columns: readonly string[],
  chunks: Iterable<string | Buffer>,
) {
  const list = columns.map((column) => `"${column}"`).join(', ');
  await pipeline(Readable.from(chunks), target.query(copyFrom(`copy "${table}" (${list}) from stdin`)));
}

/**
 * Loads `tenants` clones of the template tenants (round-robin over plugins) with COPY:
 * the tenant row, the generated accounts and members, then every tenant table with ids
 * remapped and each clone's audit chain recomputed. Run with `session_replication_role
 * = replica` (triggers and foreign-key checks off, as the superuser).
 */
export async function loadClones(
  options: CloneOptions,
): Promise<{ rows: number; perTable: Record<string, number> }> {
  const clones: Clone[] = Array.from({ length: options.tenants }, (_, index) => ({
    index,
    code: `t${String(index + 1).padStart(4, '0')}`,
    template: options.templates[index % options.templates.length] as TemplateTenant,
    mask: new UuidMask(`${options.seed}:tenant:${index}`),
  }));
  const ids = options.templates.map((template) => template.tenantId);
  const perTable: Record<string, number> = {};
  let total = 0;
  const started = performance.now();
  const progress = (table: string, done: number, rows: number) => {
    const seconds = (performance.now() - started) / 1000;
    options.log(
      `  ${table.padEnd(22)} ${String(done).padStart(5)}/${clones.length} tenants  ${String(rows).padStart(9)} rows  total ${total + rows} rows in ${seconds.toFixed(0)}s (${Math.round((total + rows) / Math.max(seconds, 0.001))}/s)`,
    );
  };

  const tenantColumns = await columnsOf(options.target, 'tenant');
  const { rows: templateTenantRows } = await options.template.query<Record<string, unknown>>(
    `select * from tenant where id = any($1)`,
    [ids],
  );
  const accountColumns = await columnsOf(options.target, 'account');
  const memberColumns = await columnsOf(options.target, 'member');
  const people = generatedPeople(
    options,
    clones,
    { tenantColumns, accountColumns, memberColumns },
    templateTenantRows,
  );
  await copyInto(options.target, 'tenant', tenantColumns, people.tenants());
  await copyInto(options.target, 'account', accountColumns, people.accounts());
  const memberRows = { count: 0 };
  await copyInto(options.target, 'member', memberColumns, people.members(memberRows));
  perTable.tenant = clones.length;
  perTable.account = clones.length * options.usersPerTenant;
  total += clones.length * (1 + options.usersPerTenant) + memberRows.count;

  // Tables are loaded two at a time (one COPY per connection pair), one per core.
  const queue = await tenantTables(options.target);
  const loadTable = async (pair: { template: pg.Client; target: pg.Client }, table: Table) => {
    const isAudit = table.name === 'audit_event';
    const byTenant = new Map(
      [...(await readTemplateRows(pair.template, table, ids))].map(([id, lines]) => [
        id,
        prepareRows(lines, table.columns, isAudit),
      ]),
    );
    let rows = 0;
    let lastLog = performance.now();
    function* chunks(): Generator<Buffer> {
      for (const clone of clones) {
        const template = byTenant.get(clone.template.tenantId);
        if (!template || template.rows === 0) continue;
        rows += template.rows;
        yield cloneRows(template, clone.mask);
        if (performance.now() - lastLog > 5000) {
          lastLog = performance.now();
          progress(table.name, clone.index + 1, rows);
        }
      }
    }
    await copyInto(pair.target, table.name, table.columns, chunks());
    perTable[table.name] = (perTable[table.name] ?? 0) + rows;
    progress(table.name, clones.length, rows);
    total += rows;
  };
  const pairs = [{ template: options.template, target: options.target }, ...(options.morePairs ?? [])];
  await Promise.all(
    pairs.map(async (pair) => {
      for (let table = queue.shift(); table; table = queue.shift()) await loadTable(pair, table);
    }),
  );
  perTable.member = (perTable.member ?? 0) + memberRows.count;
  return { rows: total, perTable };
}
