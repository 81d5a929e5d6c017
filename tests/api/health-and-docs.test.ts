import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
});
afterAll(() => server.close());

describe('health and API documentation', () => {
  it('reports the database reachable and every migration applied', async () => {
    const response = await new ApiClient(server.url).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      database: 'up',
      migrations: { current: true, pending: [] },
    });
  });

  it('serves the OpenAPI document with the auth, platform and tenant routes', async () => {
    const response = await new ApiClient(server.url).get('/api/docs/json');
    expect(response.status).toBe(200);
    const document = response.body as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/auth/refresh',
        '/api/auth/logout',
        '/api/platform/plugins',
        '/api/platform/plugins/{id}',
        '/api/platform/tenants',
        '/api/t/{tenant}/',
        '/api/t/{tenant}/units',
      ]),
    );
  });

  it('serves the OpenAPI UI at /api/docs', async () => {
    const response = await fetch(`${server.url}/api/docs`, { redirect: 'follow' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('swagger');
  });

  it('answers an unknown API path with a coded 404, not a stack', async () => {
    const response = await new ApiClient(server.url).get('/api/nope');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'NOT_FOUND', messageZh: '未找到。' } });
  });

  it('rejects malformed JSON with a 400 that says so', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'MALFORMED_JSON' } });
  });
});
