import { computed, shallowRef } from 'vue';
import { api, unwrap } from '../api/client.ts';
import type { Unit } from '../api/types.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

/** People of the tenant with their roles and the names of their units (linkage office only). */
export function useMembers() {
  const tenant = useTenantParam();
  const units = shallowRef<Unit[]>([]);
  const resource = useResource(async () => {
    const path = { tenant: tenant.value };
    const [members, unitList] = await Promise.all([
      unwrap(api.GET('/api/t/{tenant}/members', { params: { path } })),
      unwrap(api.GET('/api/t/{tenant}/units', { params: { path } })),
    ]);
    units.value = unitList.units;
    const unitNames = new Map(unitList.units.map((unit) => [unit.id, unit.name]));
    return members.members.map((member) => ({ ...member, unitName: unitNames.get(member.unitId) ?? '—' }));
  });
  const isEmpty = computed(() => resource.data.value?.length === 0);
  /** Units a person may be invited to (retired ones are kept off the picker). */
  const activeUnits = computed(() => units.value.filter((unit) => unit.status === 'active'));
  return { ...resource, isEmpty, activeUnits };
}
