/** Where the session's tokens live between page loads (localStorage, one key). */
export interface StoredTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
}

const KEY = 'liandong.session';

export function readTokens(): StoredTokens | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredTokens>;
    return typeof parsed.accessToken === 'string' && typeof parsed.refreshToken === 'string'
      ? { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken }
      : null;
  } catch {
    return null;
  }
}

export function writeTokens(tokens: StoredTokens | null): void {
  if (tokens) globalThis.localStorage?.setItem(KEY, JSON.stringify(tokens));
  else globalThis.localStorage?.removeItem(KEY);
}
