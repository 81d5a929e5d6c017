import createClient from 'openapi-fetch';
import { ApiError, isApiErrorBody } from './errors.ts';
import type { paths } from './schema';
import { readTokens, type StoredTokens, writeTokens } from './tokens.ts';

/** Called when the session cannot be renewed (refresh token expired or revoked). */
type SessionEndedListener = (reason: 'expired') => void;

let onSessionEnded: SessionEndedListener = () => {};
let refreshing: Promise<StoredTokens | null> | null = null;

export function setSessionEndedListener(listener: SessionEndedListener): void {
  onSessionEnded = listener;
}

async function errorCodeOf(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.clone().json();
    return isApiErrorBody(body) ? body.error.code : undefined;
  } catch {
    return undefined;
  }
}

/** Renews the tokens once for every caller waiting at the same time (refresh tokens rotate). */
export function refreshTokens(): Promise<StoredTokens | null> {
  refreshing ??= (async () => {
    const current = readTokens();
    if (!current) return null;
    const response = await globalThis.fetch('/api/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: current.refreshToken }),
    });
    if (!response.ok) {
      writeTokens(null);
      return null;
    }
    const pair = (await response.json()) as StoredTokens;
    const next = { accessToken: pair.accessToken, refreshToken: pair.refreshToken };
    writeTokens(next);
    return next;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function withToken(request: Request, token: string | undefined): Request {
  const next = new Request(request);
  if (token) next.headers.set('authorization', `Bearer ${token}`);
  return next;
}

/** Adds the bearer token; on an expired access token renews it and retries the call once. */
export async function authFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await globalThis.fetch(withToken(request, readTokens()?.accessToken));
  if (response.status !== 401 || request.url.includes('/api/auth/login')) return response;
  if ((await errorCodeOf(response)) !== 'AUTH_TOKEN_EXPIRED') return response;
  const renewed = await refreshTokens();
  if (!renewed) {
    onSessionEnded('expired');
    return response;
  }
  return globalThis.fetch(withToken(retry, renewed.accessToken));
}

/** The typed API client, generated from the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '', fetch: authFetch });

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the server's message. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, undefined);
  }
  if (result.response.ok && result.data !== undefined) return result.data;
  if (result.response.ok) return undefined as T;
  throw new ApiError(result.response.status, isApiErrorBody(result.error) ? result.error : undefined);
}
