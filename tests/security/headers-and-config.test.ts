import { ConfigError, loadConfig } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
});
afterAll(() => server.close());

describe('HTTP hardening', () => {
  it('sends security headers on API answers', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('allows no cross-origin use by default', async () => {
    const preflight = await fetch(`${server.url}/api/auth/login`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await fetch(`${server.url}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('echoes a caller’s request id, or makes one, for tracing a complaint', async () => {
    const given = await fetch(`${server.url}/api/nope`, { headers: { 'x-request-id': 'trace-123' } });
    expect(((await given.json()) as { requestId: string }).requestId).toBe('trace-123');
    const made = await fetch(`${server.url}/api/nope`);
    expect(((await made.json()) as { requestId: string }).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('configuration', () => {
  it('refuses development defaults for secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET, DATABASE_URL, DATABASE_APP_PASSWORD/,
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-secret-of-32-characters-or-more',
        DATABASE_URL: 'postgres://owner:secret@db.internal/liandong',
        DATABASE_APP_PASSWORD: 'app-secret-password',
      }),
    ).not.toThrow();
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ LIANDONG_WEBHOOK_PRIVATE_NETWORKS: '10.0.0.0/8,intranet' })).toThrow(
      /LIANDONG_WEBHOOK_PRIVATE_NETWORKS: not a CIDR: intranet/,
    );
  });

  it('sends webhooks to public addresses only unless the operator allows private networks', () => {
    expect(loadConfig({}).webhookPrivateNetworks).toEqual([]);
    expect(loadConfig({ LIANDONG_WEBHOOK_PRIVATE_NETWORKS: 'all' }).webhookPrivateNetworks).toBe('all');
    expect(
      loadConfig({ LIANDONG_WEBHOOK_PRIVATE_NETWORKS: ' 10.0.0.0/8, fd00::/8 ' }).webhookPrivateNetworks,
    ).toEqual(['10.0.0.0/8', 'fd00::/8']);
  });
});
