import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly params: readonly string[];
  readonly body: JsonSchema | undefined;
}
interface JsonSchema {
  readonly type?: string | string[];
  readonly format?: string;
  readonly properties?: Record<string, JsonSchema>;
  readonly items?: JsonSchema;
  readonly enum?: unknown[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const MARKER = '跨租户探针事项';

let server: TestServer;
let operations: Operation[];
let suzhou: ApiClient;
let xuyi: ApiClient;
const foreignIds = new Set<string>();
const secrets = new Set<string>([MARKER]);

function collectIds(value: unknown): void {
  for (const match of JSON.stringify(value ?? null).matchAll(UUID)) foreignIds.add(match[0]);
}

beforeAll(async () => {
  server = await startTestServer();
  suzhou = await signedIn(server, 'suzhou-admin');
  xuyi = await signedIn(server, 'xuyi-admin');
  const document = (await suzhou.get('/api/docs/json')).body as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: { in: string; name: string }[];
          requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        }
      >
    >;
  };
  operations = Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/api/t/{tenant}'))
    .flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({
          method: method.toUpperCase(),
          path,
          params: (operation.parameters ?? [])
            .filter((p) => p.in === 'path' && p.name !== 'tenant')
            .map((p) => p.name),
          body: operation.requestBody?.content?.['application/json']?.schema,
        })),
    );

  // Give Suzhou rows of every kind the API can make, then learn every id Suzhou can see.
  const manifest = (await (await signedIn(server, 'operator')).get('/api/platform/plugins/suzhou')).body as {
    matterRules: { key: string }[];
  };
  await suzhou.post('/api/t/suzhou/task-lists', { year: 2022, templateKey: 'keyTasks2022' });
  await suzhou.post('/api/t/suzhou/meetings/schedule', { year: 2026 });
  await suzhou.post('/api/t/suzhou/calendar-feeds', {});
  for (const rule of manifest.matterRules) {
    const created = await suzhou.post('/api/t/suzhou/matters', {
      ruleKey: rule.key,
      title: MARKER,
      send: true,
    });
    collectIds(created.body);
  }
  const listRoutes = operations.filter((op) => op.method === 'GET' && op.params.length === 0);
  for (const route of listRoutes)
    collectIds((await suzhou.get(route.path.replace('{tenant}', 'suzhou'))).body);
  for (const route of operations.filter((op) => op.method === 'GET' && op.params.length === 1)) {
    for (const id of [...foreignIds].slice(0, 30)) {
      const answer = await suzhou.get(
        route.path.replace('{tenant}', 'suzhou').replace(`{${route.params[0]}}`, id),
      );
      if (answer.status === 200) collectIds(answer.body);
    }
  }
  const own = (await xuyi.get('/api/t/xuyi/units')).body as { units: { name: string }[] };
  const theirs = (await suzhou.get('/api/t/suzhou/units')).body as { units: { name: string }[] };
  const ownNames = new Set(own.units.map((unit) => unit.name));
  for (const unit of theirs.units) if (!ownNames.has(unit.name)) secrets.add(unit.name);
  for (const id of JSON.stringify((await xuyi.get('/api/t/xuyi/units')).body).matchAll(UUID))
    foreignIds.delete(id[0]);
}, 240_000);
afterAll(() => server.close());

/** A body of the declared shape whose every id field names a row of the other tenant. */
function bodyFor(schema: JsonSchema | undefined, id: string, depth = 0): unknown {
  if (!schema || depth > 4) return {};
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (schema.enum) return schema.enum[0];
  if (schema.format === 'uuid') return id;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [
          key,
          /id$/i.test(key) && value.type === 'string' ? id : bodyFor(value, id, depth + 1),
        ]),
      );
    case 'array':
      return [bodyFor(schema.items, id, depth + 1)];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'string':
      return schema.format === 'date'
        ? '2026-06-01'
        : schema.format === 'date-time'
          ? '2026-06-01T00:00:00Z'
          : 'x';
    default:
      return {};
  }
}

describe('another tenant’s ids in paths and bodies', () => {
  it('found rows of the other tenant to try', () => {
    expect(foreignIds.size).toBeGreaterThan(40);
    expect(secrets.size).toBeGreaterThan(5);
  });

  it('never reach or reveal the other tenant’s rows', async () => {
    // An even spread over everything discovered: rows of every kind, in bounded time.
    const all = [...foreignIds];
    const step = Math.max(1, Math.ceil(all.length / 16));
    const ids = all.filter((_, index) => index % step === 0);
    let attempts = 0;
    for (const operation of operations) {
      const sample = operation.params.length > 0 || operation.body ? ids : [];
      for (const id of sample) {
        let path = operation.path.replace('{tenant}', 'xuyi');
        for (const name of operation.params) path = path.replace(`{${name}}`, id);
        const body =
          operation.method === 'GET' || operation.method === 'DELETE'
            ? undefined
            : bodyFor(operation.body, id);
        const answer = await xuyi.request(operation.method, path, body);
        attempts += 1;
        const where = `${operation.method} ${path} → ${answer.status}`;
        expect(answer.status, where).toBeLessThan(500);
        if (operation.params.length > 0) expect([400, 403, 404, 409, 422], where).toContain(answer.status);
        const text = JSON.stringify(answer.body);
        for (const secret of secrets) expect(text.includes(secret), `${where} leaks "${secret}"`).toBe(false);
        expect(text.includes(id) && answer.status < 300, `${where} echoes the foreign id`).toBe(false);
      }
    }
    expect(attempts).toBeGreaterThan(100);
  }, 300_000);
});
