import { createHash, randomBytes } from 'node:crypto';

/** A refresh token is 32 random bytes; only its SHA-256 is stored. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Claims of an access token. `sid` is the refresh-token family, so logout can end the session at once. */
export interface AccessClaims {
  readonly sub: string;
  readonly sid: string;
  readonly typ: 'access';
}

export interface TokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresIn: number;
  readonly tokenType: 'Bearer';
}
