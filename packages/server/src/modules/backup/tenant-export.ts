import { createHash } from 'node:crypto';
import pg from 'pg';
import { TENANT_SETTING } from '../../db/tenant-owned.ts';
import { tenantTables } from './tenant-tables.ts';

export const EXPORT_FORMAT = 'liandong-tenant-export';
export const EXPORT_VERSION = 1;

/** The first line of an export file. */
export interface ExportHeader {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly tenant: { readonly id: string; readonly code: string; readonly name: string };
  /** Migrations the source had run: the target must have run them all. */
  readonly migrations: readonly string[];
}

/** The last line: per table, how many rows and the SHA-256 of their canonical JSON, in order. */
export interface ExportFooter {
  readonly end: true;
  readonly tables: Readonly<Record<string, { readonly rows: number; readonly sha256: string }>>;
}

/** A row line: table and the row as PostgreSQL's canonical jsonb. */
export interface ExportRow {
  readonly t: string;
  readonly r: unknown;
}

/** Thrown for a problem the operator can fix (unknown tenant, incompatible file …). */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

const BATCH = 1000;

/**
 * Writes one tenant's data as JSON lines — header, rows table by table
 * (parents first), footer with counts and checksums — from one consistent
 * snapshot. Runs as the owner role with the tenant set, so RLS still applies.
 */
export async function exportTenant(
  ownerUrl: string,
  code: string,
  write: (line: string) => Promise<void> | void,
  progress: (table: string, rows: number) => void = () => {},
): Promise<ExportFooter> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const tenant = await client.query<{ id: string; code: string; name: string }>(
      'select id::text as id, code, name from tenant where code = $1',
      [code],
    );
    const found = tenant.rows[0];
    if (!found) throw new BackupError(`no tenant "${code}"`);
    await client.query('select set_config($1, $2, true)', [TENANT_SETTING, found.id]);
    const migrations = await client.query<{ name: string }>(
      'select name from mikro_orm_migrations order by id',
    );
    const header: ExportHeader = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      tenant: found,
      migrations: migrations.rows.map((row) => row.name),
    };
    await write(JSON.stringify(header));
    const tables: Record<string, { rows: number; sha256: string }> = {};
    for (const table of await tenantTables(client)) {
      const hash = createHash('sha256');
      let rows = 0;
      await client.query(
        `declare rows_cursor no scroll cursor for select to_jsonb(t)::text as row from "${table.name}" t where "${table.tenantColumn}" = $1 order by ${table.orderBy}`,
        [found.id],
      );
      for (;;) {
        const batch = await client.query<{ row: string }>(`fetch ${BATCH} from rows_cursor`);
        for (const { row } of batch.rows) {
          hash.update(row).update('\n');
          await write(`{"t":${JSON.stringify(table.name)},"r":${row}}`);
          rows += 1;
        }
        if (batch.rows.length < BATCH) break;
      }
      await client.query('close rows_cursor');
      tables[table.name] = { rows, sha256: hash.digest('hex') };
      progress(table.name, rows);
    }
    await client.query('commit');
    const footer: ExportFooter = { end: true, tables };
    await write(JSON.stringify(footer));
    return footer;
  } finally {
    await client.end();
  }
}
