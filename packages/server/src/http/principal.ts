import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { AccessClaims } from '../modules/auth/tokens.ts';
import type { CallerLookupPool, CallerMember, TenantColumns } from './caller-lookup.ts';

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

/**
 * Authenticates the request. With `tenantCode` (the `/api/t/:tenant` hook) it also
 * reads that tenant and the caller's member row in the same round trip and keeps
 * them on the request (`callerTenant`) for the tenant resolver.
 */
export type Authenticator = (request: FastifyRequest, tenantCode?: string) => Promise<Principal>;

declare module 'fastify' {
  interface FastifyRequest {
    callerTenant?: {
      readonly code: string;
      readonly tenant: TenantColumns | null;
      readonly member: CallerMember | null;
    };
  }
}

export interface AuthenticatorDeps {
  readonly lookup: CallerLookupPool;
  readonly verifyAccessToken: (token: string) => AccessClaims;
}

/** Reads the bearer token, checks it, and loads the account and its session (one query). */
export function createAuthenticator(deps: AuthenticatorDeps): Authenticator {
  return async (request, tenantCode) => {
    if (request.principal && (tenantCode === undefined || request.callerTenant?.code === tenantCode)) {
      return request.principal;
    }
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) throw new AppError('AUTH_REQUIRED');
    const claims = deps.verifyAccessToken(match[1]);
    const found = await deps.lookup.lookup(claims.sub, claims.sid, tenantCode);
    const account = found.account;
    if (!account?.isActive || !account.hasLiveSession) throw new AppError('AUTH_TOKEN_INVALID');
    const principal: Principal = {
      accountId: account.id,
      sessionId: claims.sid,
      username: account.username,
      displayName: account.displayName,
      tenantId: account.tenantId,
      isOperator: account.isOperator,
      allProvinces: account.allProvinces,
      provinces: account.provinces,
    };
    request.principal = principal;
    if (tenantCode !== undefined)
      request.callerTenant = { code: tenantCode, tenant: found.tenant, member: found.member };
    return principal;
  };
}

/** Whether an operator's provinces cover a province code. */
export function operatorReaches(principal: Principal, provinceCode: string): boolean {
  return principal.isOperator && (principal.allProvinces || principal.provinces.includes(provinceCode));
}
