import type pg from 'pg';

/**
 * The public schema's secondary indexes (those backing no constraint), dropped before
 * a bulk load and built again after it: one sorted build per index is several times
 * cheaper than maintaining it row by row through millions of COPY rows.
 */
export async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and not i.indisprimary
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      order by 1`,
  );
  for (const row of rows) await client.query(`drop index ${row.name}`);
  return rows.map((row) => row.definition);
}

/** Builds the dropped indexes again, spread over the given connections. */
export async function createIndexes(
  clients: readonly pg.Client[],
  definitions: readonly string[],
): Promise<void> {
  const queue = [...definitions];
  await Promise.all(
    clients.map(async (client) => {
      await client.query(`set maintenance_work_mem = '256MB'`);
      for (let definition = queue.shift(); definition; definition = queue.shift())
        await client.query(definition);
    }),
  );
}
