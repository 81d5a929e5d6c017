import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, SERVER_MAIN } from '../support/spawn.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import {
  ApiClient,
  DEMO_PASSWORD,
  signedIn,
  startTestServer,
  type TestServer,
} from '../support/test-server.ts';

interface MatterBody {
  readonly id: string;
  readonly version: number;
}

async function createOpinion(client: ApiClient, title: string, key?: string) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${client.token}`,
    'content-type': 'application/json',
  };
  if (key) headers['idempotency-key'] = key;
  const response = await fetch(`${client.baseUrl}/api/t/fanshi/matters`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ ruleKey: 'nonProsecutionOpinion', title, decidedOn: '2026-11-20', send: true }),
  });
  return { status: response.status, body: (await response.json()) as MatterBody };
}

describe('fifty people act on one matter at once', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('lets exactly one transition through; the rest get 409 and nothing is lost', async () => {
    const office = await signedIn(server, 'fanshi-admin');
    const created = await createOpinion(office, '并发签收测试');
    expect(created.status).toBe(201);
    const township = await signedIn(server, 'fanshi-liaison');
    const attempts = await Promise.all(
      Array.from({ length: 50 }, () =>
        township.post(`/api/t/fanshi/matters/${created.body.id}/actions/receive`, {
          version: created.body.version,
        }),
      ),
    );
    const statuses = attempts.map((attempt) => attempt.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    const after = (await office.get(`/api/t/fanshi/matters/${created.body.id}`)).body as MatterBody & {
      state: string;
    };
    expect(after.state).toBe('received');
    expect(after.version).toBeGreaterThan(created.body.version);
  });
});

describe('the server is killed in the middle of writes', () => {
  let database: TestDatabase;
  let child: ChildProcessWithoutNullStreams | undefined;

  const startProcess = async (): Promise<string> => {
    const started = spawn(process.execPath, [SERVER_MAIN], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: '0',
        DATABASE_URL: database.ownerUrl,
        DATABASE_APP_URL: database.appUrl,
        LIANDONG_DEMO_PASSWORD: DEMO_PASSWORD,
        JWT_SECRET: 'crash-test-secret-of-thirty-two-chars-x',
      },
    });
    child = started;
    let output = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      started.stdout.on('data', onData);
      started.stderr.on('data', onData);
    });
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await database.drop();
  });

  it('leaves every matter fully written or absent, and retried creates make each one once', async () => {
    const first = new ApiClient(await startProcess());
    await first.login('fanshi-admin');
    const keys = Array.from({ length: 60 }, (_, index) => `crash-${index}`);
    const inFlight = keys.map((key, index) =>
      new Promise((resolve) => setTimeout(resolve, index * 15)).then(() =>
        createOpinion(first, `崩溃测试 ${key}`, key).catch(() => undefined),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    child!.kill('SIGKILL');
    await Promise.all(inFlight);

    const second = new ApiClient(await startProcess());
    await second.login('fanshi-admin');
    for (const key of keys) {
      const retried = await createOpinion(second, `崩溃测试 ${key}`, key);
      expect([200, 201], key).toContain(retried.status);
    }

    const admin = new pg.Client({ connectionString: database.adminUrl });
    await admin.connect();
    try {
      const counts = await admin.query<{
        matters: number;
        distinct_titles: number;
        without_parties: number;
        without_clocks: number;
        unaudited: number;
      }>(
        `select count(*)::int as matters,
                count(distinct m.title)::int as distinct_titles,
                count(*) filter (where not exists (select 1 from matter_party p where p.tenant_id = m.tenant_id and p.matter_id = m.id))::int as without_parties,
                count(*) filter (where not exists (select 1 from matter_clock c where c.tenant_id = m.tenant_id and c.matter_id = m.id))::int as without_clocks,
                count(*) filter (where not exists (select 1 from audit_event a where a.tenant_id = m.tenant_id and a.entity_id = m.id::text and a.action = 'matter.created'))::int as unaudited
           from matter m where m.title like '崩溃测试 %'`,
      );
      expect(counts.rows[0]).toEqual({
        matters: 60,
        distinct_titles: 60,
        without_parties: 0,
        without_clocks: 0,
        unaudited: 0,
      });
    } finally {
      await admin.end();
    }
  }, 120_000);
});
