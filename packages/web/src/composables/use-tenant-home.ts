import { computed } from 'vue';
import { useSessionStore } from '../stores/session.ts';
import { useTenantStore } from '../stores/tenant.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

/**
 * 工作台: the tenant's overview now; my matters, meetings and notifications
 * join as their endpoints land (until then the page shows empty states).
 */
export function useTenantHome() {
  const tenant = useTenantParam();
  const store = useTenantStore();
  const session = useSessionStore();
  const overview = useResource(() => store.load(tenant.value, true));
  const greetingName = computed(() => session.me?.displayName ?? '');
  const figures = computed(() => {
    const counts = overview.data.value?.counts;
    if (!counts) return [];
    return [
      { key: 'units', value: counts.units, label: 'console.units' },
      { key: 'memberUnits', value: counts.memberUnits, label: 'console.memberUnits' },
      { key: 'members', value: counts.members, label: 'console.members' },
      { key: 'bodies', value: counts.bodies, label: 'console.bodies' },
      { key: 'meetingSeries', value: counts.meetingSeries, label: 'console.meetingSeries' },
      { key: 'taskListTemplates', value: counts.taskListTemplates, label: 'console.taskListTemplates' },
    ];
  });
  return { tenant, overview, greetingName, figures };
}
