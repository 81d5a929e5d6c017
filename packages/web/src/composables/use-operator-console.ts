import { api, unwrap } from '../api/client.ts';
import type { Tenant, TenantOverview } from '../api/types.ts';
import { useResource } from './use-resource.ts';

export interface TenantRow {
  readonly tenant: Tenant;
  /** The tenant's key figures, or null when they could not be read. */
  readonly counts: TenantOverview['counts'] | null;
}

/** The tenants of my provinces side by side, each with its key figures. */
export function useOperatorConsole() {
  return useResource<TenantRow[]>(async () => {
    const { tenants } = await unwrap(api.GET('/api/platform/tenants'));
    return Promise.all(
      tenants.map(async (tenant) => {
        const overview = await unwrap(
          api.GET('/api/t/{tenant}/', { params: { path: { tenant: tenant.code } } }),
        ).catch(() => null);
        return { tenant, counts: overview?.counts ?? null };
      }),
    );
  });
}
