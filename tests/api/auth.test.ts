import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, DEMO_PASSWORD, startTestServer, type TestServer } from '../support/test-server.ts';

const clock = new ManualClock('2026-11-24T02:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

function errorCode(body: unknown): string | undefined {
  return (body as { error?: { code?: string } }).error?.code;
}

describe('sign-in', () => {
  it('gives a short-lived access token and a refresh token for the right password', async () => {
    const response = await new ApiClient(server.url).post('/api/auth/login', {
      username: 'operator',
      password: DEMO_PASSWORD,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ expiresIn: 900, tokenType: 'Bearer' });
    const pair = response.body as { accessToken: string; refreshToken: string };
    expect(pair.accessToken.split('.')).toHaveLength(3);
    expect(pair.refreshToken.length).toBeGreaterThan(30);
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const client = new ApiClient(server.url);
    const wrong = await client.post('/api/auth/login', {
      username: 'xuyi-staff',
      password: 'not-the-password',
    });
    const unknown = await client.post('/api/auth/login', {
      username: 'nobody-here',
      password: 'not-the-password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(errorCode(wrong.body)).toBe('AUTH_INVALID_CREDENTIALS');
    expect(errorCode(unknown.body)).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('names the missing fields of an incomplete request', async () => {
    const response = await new ApiClient(server.url).post('/api/auth/login', { username: 'operator' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: [{ path: 'body.password' }] },
    });
  });

  it('locks the account after five failures, even against the right password, until the lock expires', async () => {
    const client = new ApiClient(server.url);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      statuses.push(
        (await client.post('/api/auth/login', { username: 'fanshi-leader', password: 'wrong-password' }))
          .status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await client.post('/api/auth/login', {
      username: 'fanshi-leader',
      password: DEMO_PASSWORD,
    });
    expect(locked.status).toBe(423);
    expect(errorCode(locked.body)).toBe('AUTH_ACCOUNT_LOCKED');
    clock.advance(16 * 60_000);
    const after = await client.post('/api/auth/login', {
      username: 'fanshi-leader',
      password: DEMO_PASSWORD,
    });
    expect(after.status).toBe(200);
  });
});

describe('sessions', () => {
  it('rotates refresh tokens and revokes the whole family when a spent one is reused', async () => {
    const client = new ApiClient(server.url);
    const first = await client.login('suzhou-staff');
    const second = await client.post('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    const rotated = second.body as { accessToken: string; refreshToken: string };
    expect(rotated.refreshToken).not.toBe(first.refreshToken);

    const reuse = await client.post('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    const afterReuse = await client.post('/api/auth/refresh', { refreshToken: rotated.refreshToken });
    expect(afterReuse.status).toBe(401);
    client.token = rotated.accessToken;
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('ends the session on logout: the access token stops working at once', async () => {
    const client = new ApiClient(server.url);
    const pair = await client.login('xiangan-staff');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout', { refreshToken: pair.refreshToken })).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await client.post('/api/auth/refresh', { refreshToken: pair.refreshToken })).status).toBe(401);
  });

  it('rejects an expired access token with a code the UI can act on', async () => {
    const client = new ApiClient(server.url);
    await client.login('xuyi-liaison');
    clock.advance(16 * 60_000);
    const response = await client.get('/api/auth/me');
    expect(response.status).toBe(401);
    expect(errorCode(response.body)).toBe('AUTH_TOKEN_EXPIRED');
  });

  it('rejects unsigned and forged tokens', async () => {
    const client = new ApiClient(server.url);
    const pair = await client.login('xuyi-admin');
    const [, payload] = pair.accessToken.split('.');
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    const forged = `${pair.accessToken.slice(0, -4)}AAAA`;
    for (const token of [unsigned, forged, 'not-a-token']) {
      const response = await new ApiClient(server.url, token).get('/api/auth/me');
      expect(response.status).toBe(401);
      expect(errorCode(response.body)).toBe('AUTH_TOKEN_INVALID');
    }
  });

  it('tells who is signed in, with the tenant and role', async () => {
    const client = new ApiClient(server.url);
    await client.login('xuyi-admin');
    const me = await client.get('/api/auth/me');
    expect(me.body).toMatchObject({ username: 'xuyi-admin', tenant: { code: 'xuyi' }, role: 'tenant_admin' });
    const operator = new ApiClient(server.url);
    await operator.login('operator');
    expect((await operator.get('/api/auth/me')).body).toMatchObject({
      isOperator: true,
      provinces: 'all',
      tenant: null,
      role: 'platform_operator',
    });
  });
});
