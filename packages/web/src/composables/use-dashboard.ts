import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { api, unwrap } from '../api/client.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

/** The dashboard's figures; matter and task-list charts join as their endpoints land. */
export function useDashboard() {
  const { t } = useI18n();
  const tenant = useTenantParam();
  const units = useResource(() =>
    unwrap(api.GET('/api/t/{tenant}/units', { params: { path: { tenant: tenant.value } } })),
  );
  const unitsByKind = computed(() => {
    const counts = new Map<string, number>();
    for (const unit of units.data.value?.units ?? []) counts.set(unit.kind, (counts.get(unit.kind) ?? 0) + 1);
    const entries = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    return {
      labels: entries.map(([kind]) => t(`unitKinds.${kind}`)),
      values: entries.map(([, count]) => count),
    };
  });
  function print(): void {
    window.print();
  }
  return { units, unitsByKind, print };
}
