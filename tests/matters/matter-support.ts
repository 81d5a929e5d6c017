import type { ApiClient } from '../support/test-server.ts';

/** A response whose body the test reads loosely. */
export interface Answer {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely
  readonly body: any;
  readonly headers: Headers;
}

/** A request with extra headers (the shared client sends none). */
export async function send(
  client: ApiClient,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const all: Record<string, string> = { ...headers };
  if (client.token) all.authorization = `Bearer ${client.token}`;
  if (body !== undefined) all['content-type'] = 'application/json';
  const response = await fetch(`${client.baseUrl}${path}`, {
    method,
    headers: all,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** Shanghai 10:00 on a date, as an instant for the ManualClock. */
export function shanghaiMorning(date: string): string {
  return `${date}T02:00:00Z`;
}

/** Takes a workflow action with the matter's current version. */
export async function act(
  client: ApiClient,
  tenant: string,
  matter: { id: string; version: number },
  action: string,
  extra: Record<string, unknown> = {},
): Promise<Answer> {
  return send(client, 'POST', `/api/t/${tenant}/matters/${matter.id}/actions/${action}`, {
    version: matter.version,
    ...extra,
  });
}

/** Long refresh tokens, so a test can move the clock months ahead and stay signed in. */
export const LONG_SESSIONS = { REFRESH_TOKEN_TTL_SECONDS: String(400 * 86_400) };

const refreshTokens = new WeakMap<ApiClient, string>();

/** Signs in once and remembers the refresh token (sign-ins are rate-limited; refreshes are not). */
export async function session(client: ApiClient, username: string): Promise<ApiClient> {
  const pair = await client.login(username);
  refreshTokens.set(client, pair.refreshToken);
  return client;
}

/** After the clock moved: a fresh access token from the refresh token. */
export async function renew(...clients: ApiClient[]): Promise<void> {
  for (const client of clients) {
    const response = await client.post('/api/auth/refresh', { refreshToken: refreshTokens.get(client) });
    if (response.status !== 200)
      throw new Error(`refresh failed: ${response.status} ${JSON.stringify(response.body)}`);
    const pair = response.body as { accessToken: string; refreshToken: string };
    client.token = pair.accessToken;
    refreshTokens.set(client, pair.refreshToken);
  }
}
