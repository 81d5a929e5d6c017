import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let tenantRoutes: { method: string; path: string }[];

beforeAll(async () => {
  server = await startTestServer();
  const document = (await new ApiClient(server.url).get('/api/docs/json')).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  tenantRoutes = Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/api/t/{tenant}'))
    .flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
});
afterAll(() => server.close());

function concrete(path: string, tenant: string): string {
  return path.replace('{tenant}', tenant).replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
}

/** What a caller may learn from a 404: nothing but that it is not found. */
function stripped(body: unknown): unknown {
  const { requestId: _ignored, ...rest } = body as { requestId?: string };
  return rest;
}

describe('tenant isolation over HTTP', () => {
  it('finds the tenant routes in the OpenAPI document', () => {
    expect(tenantRoutes.length).toBeGreaterThanOrEqual(4);
  });

  it('answers every tenant route of another tenant with the same 404 as a tenant that does not exist', async () => {
    const xuyiAdmin = await signedIn(server, 'xuyi-admin');
    for (const route of tenantRoutes) {
      const other = await xuyiAdmin.request(
        route.method,
        concrete(route.path, 'suzhou'),
        route.method === 'GET' ? undefined : {},
      );
      const missing = await xuyiAdmin.request(
        route.method,
        concrete(route.path, 'no-such-tenant'),
        route.method === 'GET' ? undefined : {},
      );
      expect(other.status, `${route.method} ${route.path}`).toBe(404);
      expect(stripped(other.body)).toEqual(stripped(missing.body));
      expect(JSON.stringify(other.body)).not.toMatch(/宿州|suzhou/);
    }
  });

  it('lets every role of the tenant reach its own tenant', async () => {
    for (const username of ['xuyi-admin', 'xuyi-liaison', 'xuyi-staff', 'xuyi-leader']) {
      const client = await signedIn(server, username);
      expect((await client.get('/api/t/xuyi')).status, username).toBe(200);
      expect((await client.get('/api/t/suzhou')).status, username).toBe(404);
    }
  });

  it('keeps the linkage office’s pages from other roles of the same tenant', async () => {
    const leader = await signedIn(server, 'xuyi-leader');
    expect((await leader.get('/api/t/xuyi/members')).status).toBe(403);
    expect((await leader.get('/api/t/xuyi/audit')).status).toBe(403);
    const admin = await signedIn(server, 'xuyi-admin');
    expect((await admin.get('/api/t/xuyi/members')).status).toBe(200);
  });

  it('requires sign-in before anything about a tenant is said', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.get('/api/t/xuyi')).status).toBe(401);
    expect((await anonymous.get('/api/t/no-such-tenant')).status).toBe(401);
  });

  it('shows a tenant’s own units only', async () => {
    const suzhou = await signedIn(server, 'suzhou-admin');
    const units = (await suzhou.get('/api/t/suzhou/units')).body as { units: { name: string }[] };
    expect(units.units.map((unit) => unit.name)).toContain('市应急局');
    const xuyi = await signedIn(server, 'xuyi-admin');
    const own = (await xuyi.get('/api/t/xuyi/units')).body as { units: { name: string }[] };
    expect(own.units.map((unit) => unit.name)).not.toContain('市应急局');
  });
});
