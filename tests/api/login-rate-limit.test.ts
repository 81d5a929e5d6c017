import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function login(username: string, password: string): Promise<number> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  await response.text();
  return response.status;
}

describe('sign-in rate limits', () => {
  it('stops password guessing on one account without locking colleagues at the same address out', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt += 1) statuses.push(await login('xuyi-staff', 'wrong-guess'));
    // The fifth failure locks the account (423); the 21st attempt in the minute is refused unchecked.
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4, 20).every((status) => status === 423)).toBe(true);
    expect(statuses[20]).toBe(429);
    // A colleague behind the same office address still signs in.
    expect(await login('xuyi-liaison', DEMO_PASSWORD)).toBe(200);
  });

  it('limits one address trying many accounts', async () => {
    const statuses: number[] = [];
    // 22 sign-ins so far from this address: 78 more reach the limit of 100 a minute.
    for (let attempt = 0; attempt < 78; attempt += 1)
      statuses.push(await login(`nobody-${attempt}`, 'guess'));
    expect(statuses.every((status) => status === 401)).toBe(true);
    expect(await login('nobody-else', 'guess')).toBe(429);
    const refused = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'xuyi-admin', password: DEMO_PASSWORD }),
    });
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { error: { code: string; messageZh: string } };
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.messageZh).toBe('请求过于频繁，请稍后再试。');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
