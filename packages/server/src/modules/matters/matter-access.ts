import type { MatterSide } from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.ts';
import type { TenantScope } from '../../http/tenant-scope.ts';
import type { Actor } from '../audit/audit.ts';
import { Matter, MatterParty, type MatterPartyRow, type MatterRow } from './matter.entity.ts';

/** Who acts: their scope in the tenant, their audit identity and the request to tie audit rows to. */
export interface Caller {
  readonly scope: TenantScope;
  readonly actor: Actor;
  readonly requestId?: string | undefined;
}

/** The caller of a tenant route. */
export function callerOf(request: FastifyRequest, scope: TenantScope): Caller {
  const principal = request.principal;
  return {
    scope,
    actor: principal
      ? { id: principal.accountId, label: principal.username }
      : { id: null, label: 'unknown' },
    requestId: request.id,
  };
}

/** Roles that see every matter of the tenant: the linkage office and provincial operators. */
export function seesAll(scope: TenantScope): boolean {
  return scope.role === 'tenant_admin' || scope.role === 'platform_operator';
}

/**
 * Whether the caller may see a matter: all of them, or those its unit sent,
 * or received or was copied once sent (a draft is the sender's alone).
 */
export function canSee(
  scope: TenantScope,
  matter: { readonly state: string; readonly fromUnit: { readonly id: string } },
  parties: readonly { readonly unit: { readonly id: string } }[],
): boolean {
  if (seesAll(scope)) return true;
  if (scope.unitId === null) return false;
  if (matter.fromUnit.id === scope.unitId) return true;
  return matter.state !== 'draft' && parties.some((party) => party.unit.id === scope.unitId);
}

/**
 * The sides the caller may act for. The linkage office acts for either side;
 * a unit's liaison and staff act for their unit; when every recipient is
 * outside the tenant, the sender records the recipient's acts (receipt) for
 * them. Leaders and operators only read.
 */
export function sidesOf(
  scope: TenantScope,
  matter: MatterRow,
  parties: readonly MatterPartyRow[],
): MatterSide[] {
  if (scope.role === 'tenant_admin') return ['sender', 'recipient'];
  if ((scope.role !== 'liaison' && scope.role !== 'staff') || scope.unitId === null) return [];
  const sides: MatterSide[] = [];
  const isSender = matter.fromUnit.id === scope.unitId;
  if (isSender) sides.push('sender');
  const recipients = parties.filter((party) => party.role === 'to');
  if (recipients.some((party) => party.unit.id === scope.unitId) || (isSender && recipients.length === 0)) {
    sides.push('recipient');
  }
  return sides;
}

/** Refuses unless the caller may act for `side` on the matter. */
export function requireSide(
  scope: TenantScope,
  matter: MatterRow,
  parties: readonly MatterPartyRow[],
  side: MatterSide,
): void {
  if (scope.role === 'leader' || scope.role === 'platform_operator') throw new AppError('FORBIDDEN');
  if (!sidesOf(scope, matter, parties).includes(side)) {
    throw new AppError('MATTER_NOT_YOUR_SIDE', { details: { side } });
  }
}

/**
 * A matter the caller may see, with its parties, for update. Another
 * tenant's id and a matter the caller's unit has nothing to do with are the
 * same 404: the API does not reveal what exists.
 */
export async function loadVisibleMatter(
  em: EntityManager,
  scope: TenantScope,
  matterId: string,
): Promise<{ matter: MatterRow; parties: MatterPartyRow[] }> {
  const matter = await em.findOne(Matter, { id: matterId });
  if (!matter) throw new AppError('NOT_FOUND');
  const parties = await em.find(MatterParty, { matter }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  if (!canSee(scope, matter, parties)) throw new AppError('NOT_FOUND');
  return { matter, parties };
}

/** Refuses a stale update: the caller's version must be the stored one. */
export function requireVersion(matter: MatterRow, version: number): void {
  if (matter.version !== version) {
    throw new AppError('MATTER_VERSION_CONFLICT', { details: { currentVersion: matter.version } });
  }
}
