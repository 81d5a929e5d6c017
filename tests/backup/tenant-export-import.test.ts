import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/spawn.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let source: TestServer;
let target: TestDatabase;
let spare: TestDatabase;
let dir: string;

const envOf = (database: TestDatabase) => ({
  DATABASE_URL: database.ownerUrl,
  DATABASE_APP_URL: database.appUrl,
});

beforeAll(async () => {
  source = await startTestServer();
  target = await createTestDatabase();
  spare = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'liandong-export-'));
});
afterAll(async () => {
  await source.close();
  await target.drop();
  await spare.drop();
  await rm(dir, { recursive: true, force: true });
});

/** Per table: row count and a digest of every row of the tenant, read as a superuser (no RLS). */
async function fingerprint(adminUrl: string, code: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const tenant = await client.query<{ id: string }>('select id from tenant where code = $1', [code]);
    const id = tenant.rows[0]?.id;
    if (!id) return {};
    const tables = await client.query<{ name: string }>(
      `select table_name as name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id' order by 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of [{ name: 'tenant' }, ...tables.rows]) {
      const column = name === 'tenant' ? 'id' : 'tenant_id';
      const digest = await client.query<{ n: number; md5: string | null }>(
        `select count(*)::int as n, md5(string_agg(to_jsonb(t)::text, E'\\n' order by to_jsonb(t)::text)) as md5 from "${name}" t where "${column}" = $1`,
        [id],
      );
      result[name] = `${digest.rows[0]!.n}:${digest.rows[0]!.md5 ?? ''}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

describe('moving a tenant between databases', () => {
  it('exports a tenant and restores it elsewhere with every row and checksum equal', async () => {
    const file = path.join(dir, 'suzhou.jsonl');
    const exported = await runCli(['tenant', 'export', 'suzhou', '--out', file], envOf(source.database));
    expect(exported.stderr).toContain('unit: ');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^exported tenant suzhou: \d+ rows in \d+ tables/);

    const imported = await runCli(['tenant', 'import', file], envOf(target));
    expect(imported.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^imported tenant suzhou: \d+ rows, every table's checksum verified/);

    const before = await fingerprint(source.database.adminUrl, 'suzhou');
    const after = await fingerprint(target.adminUrl, 'suzhou');
    expect(Number(before.unit?.split(':')[0])).toBeGreaterThan(30);
    expect(Number(before.audit_event?.split(':')[0])).toBeGreaterThan(0);
    expect(after).toEqual(before);

    const verify = await runCli(['audit', 'verify', 'suzhou'], envOf(target));
    expect(verify.stdout).toMatch(/^OK: \d+ events, chain intact/);
  });

  it('refuses to import a tenant that already exists, writing nothing', async () => {
    const file = path.join(dir, 'suzhou.jsonl');
    const again = await runCli(['tenant', 'import', file], envOf(target));
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('liandong: tenant "suzhou" already exists in this database\n');
  });

  it('rejects a truncated or foreign file and leaves the database untouched', async () => {
    const whole = await readFile(path.join(dir, 'suzhou.jsonl'), 'utf8');
    const truncated = path.join(dir, 'truncated.jsonl');
    await writeFile(truncated, whole.split('\n').slice(0, -2).join('\n'));
    const result = await runCli(['tenant', 'import', truncated], envOf(spare));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/liandong: the file is truncated: it has no end line\n$/);
    expect(await fingerprint(spare.adminUrl, 'suzhou')).toEqual({});

    const foreign = path.join(dir, 'foreign.jsonl');
    await writeFile(foreign, '{"hello": "world"}\n');
    const other = await runCli(['tenant', 'import', foreign], envOf(spare));
    expect(other.code).toBe(2);
    expect(other.stderr).toBe('liandong: not a Liandong tenant export\n');
  });

  it('says so for an unknown tenant and an existing output file', async () => {
    const unknown = await runCli(
      ['tenant', 'export', 'atlantis', '--out', path.join(dir, 'x.jsonl')],
      envOf(source.database),
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('liandong: no tenant "atlantis"\n');
    const exists = await runCli(
      ['tenant', 'export', 'suzhou', '--out', path.join(dir, 'suzhou.jsonl')],
      envOf(source.database),
    );
    expect(exists.code).toBe(2);
    expect(exists.stderr).toMatch(/exists; choose another --out/);
  });
});
