/** Session variable that carries the current tenant inside each transaction. */
export const TENANT_SETTING = 'app.tenant_id';

const tenantMatches = `tenant_id = nullif(current_setting('${TENANT_SETTING}', true), '')::uuid`;

/**
 * Row-level security for a tenant-owned table: a row is visible and writable
 * only inside a transaction whose tenant setting names its tenant. Forced, so
 * even the table owner is bound; superusers alone bypass it.
 */
export function tenantRowSecurity(table: string) {
  return {
    rowLevelSecurity: 'force' as const,
    policies: [{ name: `${table}_tenant_isolation`, using: tenantMatches, check: tenantMatches }],
  };
}
