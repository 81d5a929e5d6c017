import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/spawn.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let owner: pg.Client;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  env = { DATABASE_URL: server.database.ownerUrl, DATABASE_APP_URL: server.database.appUrl };
  // The owner can edit rows (it bypasses no checks but grants): exactly the tampering the chain must reveal.
  owner = new pg.Client({ connectionString: server.database.adminUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await server.close();
});

describe('tamper-evident audit log', () => {
  it('numbers and chains each tenant’s events in the database', async () => {
    const rows = await owner.query<{ seq: string; prev_hash: string; hash: string }>(
      `select a.seq, a.prev_hash, a.hash from audit_event a join tenant t on t.id = a.tenant_id where t.code = 'xuyi' order by a.seq`,
    );
    expect(rows.rows.length).toBeGreaterThan(1);
    expect(rows.rows.map((row) => Number(row.seq))).toEqual(rows.rows.map((_, index) => index + 1));
    expect(rows.rows[0]!.prev_hash).toBe('0'.repeat(64));
    for (let index = 1; index < rows.rows.length; index += 1) {
      expect(rows.rows[index]!.prev_hash).toBe(rows.rows[index - 1]!.hash);
    }
  });

  it('verifies an untouched chain', async () => {
    const result = await runCli(['audit', 'verify', 'xuyi'], env);
    expect(result.code).toBe(0);
    const count = await owner.query<{ n: number }>(
      `select count(*)::int as n from audit_event a join tenant t on t.id = a.tenant_id where t.code = 'xuyi'`,
    );
    expect(count.rows[0]!.n).toBeGreaterThan(1);
    expect(result.stdout).toBe(`OK: ${count.rows[0]!.n} events, chain intact\n`);
  });

  it('reports the first broken link after a row is edited, and after one is deleted', async () => {
    await owner.query(
      `update audit_event set after = '{"forged": true}' where seq = 2 and tenant_id = (select id from tenant where code = 'suzhou')`,
    );
    const edited = await runCli(['audit', 'verify', 'suzhou'], env);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toMatch(
      /^BROKEN at event #2 .*its content was changed; 1 events before it are intact/,
    );

    await owner.query(
      `delete from audit_event where seq = 1 and tenant_id = (select id from tenant where code = 'fanshi')`,
    );
    const deleted = await runCli(['audit', 'verify', 'fanshi'], env);
    expect(deleted.code).toBe(1);
    expect(deleted.stdout).toMatch(/^BROKEN at event #2 .*an event is missing before it/);
  });

  it('answers an unknown tenant with one line and exit code 2', async () => {
    const result = await runCli(['audit', 'verify', 'atlantis'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('liandong: no tenant "atlantis"\n');
  });
});
