import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api, unwrap } from '../api/client.ts';
import type { TenantOverview } from '../api/types.ts';

/** The tenant being viewed: its overview, loaded once per code. */
export const useTenantStore = defineStore('tenant', () => {
  const code = ref<string | null>(null);
  const overview = ref<TenantOverview | null>(null);

  async function load(tenant: string, force = false): Promise<TenantOverview> {
    if (!force && code.value === tenant && overview.value) return overview.value;
    const next = await unwrap(api.GET('/api/t/{tenant}/', { params: { path: { tenant } } }));
    code.value = tenant;
    overview.value = next;
    return next;
  }

  function clear(): void {
    code.value = null;
    overview.value = null;
  }

  return { code, overview, load, clear };
});
