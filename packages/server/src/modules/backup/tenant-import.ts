import { createHash } from 'node:crypto';
import pg from 'pg';
import { TENANT_SETTING } from '../../db/tenant-owned.ts';
import {
  BackupError,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFooter,
  type ExportHeader,
} from './tenant-export.ts';
import { tenantTables } from './tenant-tables.ts';

const BATCH = 500;

/**
 * Restores an export into this database in one transaction: the tenant must
 * not exist here, the database must have run every migration the source had,
 * and after loading, each table's count and checksum must equal the file's —
 * otherwise nothing is written.
 */
export async function importTenant(
  ownerUrl: string,
  lines: AsyncIterable<string>,
  progress: (table: string, rows: number) => void = () => {},
): Promise<{ header: ExportHeader; footer: ExportFooter }> {
  // Take the iterator before the first await: a readline interface drops lines emitted before anyone listens.
  const iterator = lines[Symbol.asyncIterator]();
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    let header: ExportHeader | undefined;
    let footer: ExportFooter | undefined;
    let pending: { table: string; rows: unknown[] } | undefined;
    const counts = new Map<string, number>();
    const flush = async () => {
      if (!pending || pending.rows.length === 0) return;
      await client.query(
        `insert into "${pending.table}" select * from jsonb_populate_recordset(null::"${pending.table}", $1::jsonb)`,
        [JSON.stringify(pending.rows)],
      );
      counts.set(pending.table, (counts.get(pending.table) ?? 0) + pending.rows.length);
      pending.rows = [];
    };
    const known = new Set<string>();
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value;
      if (line.trim() === '') continue;
      const parsed = parseLine(line);
      if (!header) {
        header = checkHeader(parsed);
        await prepare(client, header);
        for (const table of await tenantTables(client)) known.add(table.name);
        continue;
      }
      if (isFooter(parsed)) {
        footer = parsed;
        break;
      }
      const { t, r } = parsed as { t?: unknown; r?: unknown };
      if (typeof t !== 'string' || !known.has(t) || typeof r !== 'object' || r === null) {
        throw new BackupError(`not a row of a known table: ${line.slice(0, 80)}`);
      }
      if (pending?.table !== t) {
        await flush();
        if (pending) progress(pending.table, counts.get(pending.table) ?? 0);
        pending = { table: t, rows: [] };
      }
      pending.rows.push(r);
      if (pending.rows.length >= BATCH) await flush();
    }
    await iterator.return?.();
    await flush();
    if (pending) progress(pending.table, counts.get(pending.table) ?? 0);
    if (!header) throw new BackupError('the file is empty');
    if (!footer) throw new BackupError('the file is truncated: it has no end line');
    await verify(client, header.tenant.id, footer);
    await client.query('commit');
    return { header, footer };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw translate(error);
  } finally {
    await client.end();
  }
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new BackupError(`not an export file: a line is not JSON (${line.slice(0, 40)}…)`);
  }
}

function isFooter(value: unknown): value is ExportFooter {
  return typeof value === 'object' && value !== null && (value as { end?: unknown }).end === true;
}

function checkHeader(value: unknown): ExportHeader {
  const header = value as Partial<ExportHeader>;
  if (header.format !== EXPORT_FORMAT) throw new BackupError('not a Liandong tenant export');
  if (header.version !== EXPORT_VERSION)
    throw new BackupError(`unsupported export version ${String(header.version)}`);
  if (!header.tenant?.id || !header.tenant.code || !Array.isArray(header.migrations)) {
    throw new BackupError('the export header is incomplete');
  }
  return header as ExportHeader;
}

async function prepare(client: pg.Client, header: ExportHeader): Promise<void> {
  await client.query('begin');
  const ran = new Set(
    (await client.query<{ name: string }>('select name from mikro_orm_migrations')).rows.map((r) => r.name),
  );
  const missing = header.migrations.filter((name) => !ran.has(name));
  if (missing.length > 0)
    throw new BackupError(`this database lacks migrations ${missing.join(', ')}: run liandong migrate first`);
  const clash = await client.query('select code from tenant where id = $1 or code = $2', [
    header.tenant.id,
    header.tenant.code,
  ]);
  if (clash.rowCount !== 0)
    throw new BackupError(`tenant "${header.tenant.code}" already exists in this database`);
  await client.query('select set_config($1, $2, true)', [TENANT_SETTING, header.tenant.id]);
}

async function verify(client: pg.Client, tenantId: string, footer: ExportFooter): Promise<void> {
  for (const table of await tenantTables(client)) {
    const expected = footer.tables[table.name];
    const rows = await client.query<{ row: string }>(
      `select to_jsonb(t)::text as row from "${table.name}" t where "${table.tenantColumn}" = $1 order by ${table.orderBy}`,
      [tenantId],
    );
    const hash = createHash('sha256');
    for (const { row } of rows.rows) hash.update(row).update('\n');
    const actual = { rows: rows.rows.length, sha256: hash.digest('hex') };
    const wanted = expected ?? { rows: 0, sha256: createHash('sha256').digest('hex') };
    if (actual.rows !== wanted.rows || actual.sha256 !== wanted.sha256) {
      throw new BackupError(
        `table ${table.name} does not match the export (${actual.rows} rows here, ${wanted.rows} in the file): nothing was imported`,
      );
    }
  }
}

function translate(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === '23505') {
    return new BackupError(
      `a row clashes with one already here (${(error as Error).message}); nothing was imported`,
    );
  }
  return error;
}
