import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly params: readonly string[];
  readonly query: readonly string[];
  readonly hasBody: boolean;
}

let server: TestServer;
let operations: Operation[];
let operator: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  operator = await signedIn(server, 'operator');
  admin = await signedIn(server, 'xuyi-admin');
  const document = (await operator.get('/api/docs/json')).body as {
    paths: Record<
      string,
      Record<string, { parameters?: { in: string; name: string }[]; requestBody?: unknown }>
    >;
  };
  operations = Object.entries(document.paths)
    .filter(([path]) => !path.startsWith('/api/docs'))
    .flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({
          method: method.toUpperCase(),
          path,
          params: (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
          query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          hasBody:
            operation.requestBody !== undefined || ['POST', 'PUT', 'PATCH'].includes(method.toUpperCase()),
        })),
    );
});
afterAll(() => server.close());

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '../../etc/passwd',
    '%00',
    '\u0000',
    '\ud800',
    '👨‍👩‍👧',
    "' or 1=1 --",
    '<script>',
    'NaN',
    '-1',
    '1e309',
    '2026-02-30',
  ),
  fc.uuid(),
  fc.integer().map(String),
);

function concretePath(operation: Operation, values: readonly string[]): string {
  let path = operation.path;
  operation.params.forEach((name, index) => {
    const value = name === 'tenant' ? 'xuyi' : (values[index] ?? 'x');
    path = path.replace(`{${name}}`, encodeURIComponent(value) || 'x');
  });
  return path;
}

function clientFor(path: string): ApiClient {
  return path.startsWith('/api/platform') ? operator : admin;
}

async function send(method: string, path: string, body: string | undefined, contentType?: string) {
  const client = clientFor(path);
  const headers: Record<string, string> = { authorization: `Bearer ${client.token}` };
  if (body !== undefined) headers['content-type'] = contentType ?? 'application/json';
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  return {
    status: response.status,
    text: await response.text(),
    type: response.headers.get('content-type') ?? '',
  };
}

function expectNoServerError(
  method: string,
  path: string,
  result: { status: number; text: string; type: string },
) {
  const where = `${method} ${path} → ${result.status} ${result.text.slice(0, 300)}`;
  expect(result.status, where).toBeLessThan(500);
  expect(result.text, where).not.toMatch(/\bat [^\n]*\.(ts|js):\d+:\d+/);
  if (result.status >= 400 && result.type.includes('json')) {
    const body = JSON.parse(result.text) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.code, where).toBe('string');
    expect(typeof body.error?.message, where).toBe('string');
  }
}

describe('every route under hostile input', () => {
  it('has routes to attack', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it('never answers random JSON bodies, path values and query strings with a 5xx or a stack trace', async () => {
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(hostileText, { minLength: operation.params.length, maxLength: operation.params.length }),
          fc.dictionary(
            fc.constantFrom(...(operation.query.length > 0 ? operation.query : ['q'])),
            hostileText,
            {
              maxKeys: 3,
            },
          ),
          fc.jsonValue({ maxDepth: 3 }),
          async (values, query, body) => {
            const path = concretePath(operation, values);
            const search = new URLSearchParams(query).toString();
            const target = search ? `${path}?${search}` : path;
            const result = await send(
              operation.method,
              target,
              operation.hasBody ? JSON.stringify(body) : undefined,
            );
            expectNoServerError(operation.method, target, result);
          },
        ),
        { numRuns: 10, seed: 20261124 },
      );
    }
  }, 240_000);

  it('answers malformed JSON, wrong content types and oversized bodies with a 4xx naming the problem', async () => {
    for (const operation of operations.filter((op) => op.hasBody)) {
      const path = concretePath(
        operation,
        operation.params.map(() => '00000000-0000-4000-8000-000000000000'),
      );
      for (const [body, type] of [
        ['{"broken": ', 'application/json'],
        ['just text', 'text/plain'],
        ['<xml/>', 'application/xml'],
        [JSON.stringify({ big: 'x'.repeat(2 * 1024 * 1024) }), 'application/json'],
      ] as const) {
        const result = await send(operation.method, path, body, type);
        expectNoServerError(operation.method, path, result);
        expect(result.status, `${operation.method} ${path} ${type}`).toBeGreaterThanOrEqual(400);
      }
    }
  }, 240_000);
});
