/** Session variable that carries the current tenant inside each transaction. */
export const TENANT_SETTING = 'app.tenant_id';

const tenantMatches = `tenant_id = nullif(current_setting('${TENANT_SETTING}', true), '')::uuid`;

/**
 * Row-level security for a tenant-owned table: a row is visible and writable
 * only inside a transaction whose tenant setting names its tenant. Forced, so
 * even the table owner is bound; superusers alone bypass it.
 */
export function tenantRowSecurity(table: string, options: { readonly dueWorkFinder?: boolean } = {}) {
  return {
    rowLevelSecurity: 'force' as const,
    policies: [
      { name: `${table}_tenant_isolation`, using: tenantMatches, check: tenantMatches },
      ...(options.dueWorkFinder ? [dueWorkFinderPolicy(table)] : []),
    ],
  };
}

/**
 * The NOLOGIN role that owns `due_work_tenants()`, the scheduler's one
 * cross-tenant question ("which tenants have work today?"). It may only read
 * the few tables that question needs; the function returns tenant ids and
 * counts, never a row. Forced RLS binds the owner role too, so the function
 * cannot simply belong to the owner (migration 0007, ADR 0004).
 */
export const DUE_WORK_ROLE = 'liandong_due_work';

/** The finder's read-only, all-tenants policy on one table (see DUE_WORK_ROLE). */
export function dueWorkFinderPolicy(table: string) {
  return {
    name: `${table}_due_work_finder`,
    command: 'select' as const,
    roles: [DUE_WORK_ROLE],
    using: 'true',
  };
}
