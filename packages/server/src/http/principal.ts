import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { Account, RefreshToken } from '../modules/auth/account.entity.ts';
import type { AccessClaims } from '../modules/auth/tokens.ts';

/** Who is calling, as read from the database on every request (so role and status changes apply at once). */
export interface Principal {
  readonly accountId: string;
  readonly sessionId: string;
  readonly username: string;
  readonly displayName: string;
  readonly tenantId: string | null;
  readonly isOperator: boolean;
  readonly allProvinces: boolean;
  readonly provinces: readonly string[];
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

export type Authenticator = (request: FastifyRequest) => Promise<Principal>;

export interface AuthenticatorDeps {
  readonly orm: MikroORM;
  readonly clock: Clock;
  readonly verifyAccessToken: (token: string) => AccessClaims;
}

/** Reads the bearer token, checks it, and loads the account and its session. */
export function createAuthenticator(deps: AuthenticatorDeps): Authenticator {
  return async (request) => {
    if (request.principal) return request.principal;
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) throw new AppError('AUTH_REQUIRED');
    const claims = deps.verifyAccessToken(match[1]);
    const em = deps.orm.em.fork();
    const account = await em.findOne(Account, { id: claims.sub });
    if (account?.status !== 'active') throw new AppError('AUTH_TOKEN_INVALID');
    const liveSession = await em.count(RefreshToken, { familyId: claims.sid, revokedAt: null });
    if (liveSession === 0) throw new AppError('AUTH_TOKEN_INVALID');
    const principal: Principal = {
      accountId: account.id,
      sessionId: claims.sid,
      username: account.username,
      displayName: account.displayName,
      tenantId: account.tenant?.id ?? null,
      isOperator: account.isOperator,
      allProvinces: account.allProvinces,
      provinces: account.operatorProvinces,
    };
    request.principal = principal;
    return principal;
  };
}

/** Whether an operator's provinces cover a province code. */
export function operatorReaches(principal: Principal, provinceCode: string): boolean {
  return principal.isOperator && (principal.allProvinces || principal.provinces.includes(provinceCode));
}
