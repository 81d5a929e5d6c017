import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from './orm.ts';
import { TENANT_SETTING } from './tenant-owned.ts';

/**
 * Runs work in one transaction bound to a tenant twice over: the ORM filter
 * adds the tenant to every query, and PostgreSQL's row-level security, fed by
 * the transaction-local setting, refuses any row of another tenant.
 */
export function inTenant<T>(
  orm: MikroORM,
  tenantId: string,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const em = orm.em.fork({ session: { variables: { [TENANT_SETTING]: tenantId } } });
  em.setFilterParams(TENANT_FILTER, { id: tenantId });
  return em.transactional(work);
}

/**
 * `inTenant` for work that only reads (GET routes building views): the
 * entities it loaded are let go before the commit, whose flush would otherwise
 * compare every one of them for changes — about a quarter of the ORM's time on the
 * busiest reads, to find nothing. Work that changes entities must use `inTenant`.
 */
export function inTenantRead<T>(
  orm: MikroORM,
  tenantId: string,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return inTenant(orm, tenantId, async (em) => {
    const result = await work(em);
    em.clear();
    return result;
  });
}

/** Runs platform work (tenants, accounts) in one transaction; tenant-owned tables stay unreachable. */
export function inPlatform<T>(orm: MikroORM, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return orm.em.fork().transactional(work);
}
