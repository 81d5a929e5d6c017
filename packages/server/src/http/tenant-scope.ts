import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { MemberRole } from '../modules/tenancy/member.entity.ts';
import { Tenant, type TenantRow } from '../modules/tenancy/tenant.entity.ts';
import { type Authenticator, operatorReaches } from './principal.ts';

/** A caller's role inside one tenant; operators oversee the tenants of their provinces. */
export type TenantRole = MemberRole | 'platform_operator';

export interface TenantScope {
  readonly tenant: TenantRow;
  readonly role: TenantRole;
  /** The caller's unit, for members of the tenant (operators have none). */
  readonly unitId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    tenantScope?: TenantScope;
  }
}

/**
 * Resolves `/api/t/:tenant` for the caller. Anyone who may not reach the
 * tenant gets the same 404 as for a tenant that does not exist, so the API
 * never reveals which tenants exist.
 */
export function createTenantScopeResolver(orm: MikroORM, authenticate: Authenticator) {
  return async (request: FastifyRequest): Promise<TenantScope> => {
    const code = (request.params as { tenant?: unknown }).tenant;
    // No tenant code is that long or holds a NUL (which PostgreSQL refuses in text): nothing to look up.
    if (typeof code !== 'string' || code.length > 40 || code.includes('\0')) {
      await authenticate(request);
      throw new AppError('NOT_FOUND');
    }
    // One round trip reads the account, its session, this tenant and the caller's member row.
    const principal = await authenticate(request, code);
    const found = request.callerTenant;
    if (!found?.tenant) throw new AppError('NOT_FOUND');
    const columns = found.tenant;
    const tenant = orm.em
      .fork()
      .map(Tenant, { ...columns, created_at: new Date(String(columns.created_at)) });
    if (principal.tenantId === tenant.id) {
      const member = found.member;
      if (!member?.isActive) throw new AppError('NOT_FOUND');
      const scope = { tenant, role: member.role, unitId: member.unitId };
      request.tenantScope = scope;
      return scope;
    }
    if (operatorReaches(principal, tenant.provinceCode)) {
      const scope = { tenant, role: 'platform_operator' as const, unitId: null };
      request.tenantScope = scope;
      return scope;
    }
    throw new AppError('NOT_FOUND');
  };
}

/** The scope the tenant hook resolved for this request. */
export function scopeOf(request: FastifyRequest): TenantScope {
  if (!request.tenantScope) throw new Error('tenant route registered outside the tenant scope');
  return request.tenantScope;
}

/** Refuses the request unless the caller holds one of the roles. */
export function requireRole(scope: TenantScope, roles: readonly TenantRole[]): void {
  if (!roles.includes(scope.role)) throw new AppError('FORBIDDEN');
}
