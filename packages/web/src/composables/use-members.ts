import { computed } from 'vue';
import { api, unwrap } from '../api/client.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

/** People of the tenant with their roles and the names of their units (linkage office only). */
export function useMembers() {
  const tenant = useTenantParam();
  const resource = useResource(async () => {
    const path = { tenant: tenant.value };
    const [members, units] = await Promise.all([
      unwrap(api.GET('/api/t/{tenant}/members', { params: { path } })),
      unwrap(api.GET('/api/t/{tenant}/units', { params: { path } })),
    ]);
    const unitNames = new Map(units.units.map((unit) => [unit.id, unit.name]));
    return members.members.map((member) => ({ ...member, unitName: unitNames.get(member.unitId) ?? '—' }));
  });
  const isEmpty = computed(() => resource.data.value?.length === 0);
  return { ...resource, isEmpty };
}
