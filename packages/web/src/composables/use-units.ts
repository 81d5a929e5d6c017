import { computed, ref } from 'vue';
import { api, unwrap } from '../api/client.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

/** Units and their liaison slots, filtered by name (or alias) and membership. */
export function useUnits() {
  const tenant = useTenantParam();
  const resource = useResource(() =>
    unwrap(api.GET('/api/t/{tenant}/units', { params: { path: { tenant: tenant.value } } })),
  );
  const query = ref('');
  const isMembersOnly = ref(false);
  const units = computed(() => {
    const needle = query.value.trim();
    return (resource.data.value?.units ?? []).filter(
      (unit) =>
        (!isMembersOnly.value || unit.isMember) &&
        (!needle || unit.name.includes(needle) || unit.aliases.some((alias) => alias.includes(needle))),
    );
  });
  return { ...resource, query, isMembersOnly, units };
}
