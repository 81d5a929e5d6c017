import { computed, ref, shallowRef } from 'vue';
import { api, unwrap } from '../api/client.ts';
import type { AuditEvent } from '../api/types.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

const PAGE = 50;

/** What changed, as `field: before → after` lines a person can read. */
export function describeChanges(event: Pick<AuditEvent, 'before' | 'after'>): string[] {
  const asRecord = (value: unknown): Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  const show = (value: unknown): string =>
    value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) =>
      key in before ? `${key}: ${show(before[key])} → ${show(after[key])}` : `${key}: ${show(after[key])}`,
    );
}

/** The audit log, newest first, filtered by action and actor, paged with "load more". */
export function useAuditLog() {
  const tenant = useTenantParam();
  const events = shallowRef<AuditEvent[]>([]);
  const hasMore = ref(false);
  const action = ref('');
  const actor = ref('');

  async function page(before?: string): Promise<AuditEvent[]> {
    const { events: next } = await unwrap(
      api.GET('/api/t/{tenant}/audit', {
        params: { path: { tenant: tenant.value }, query: { limit: PAGE, ...(before ? { before } : {}) } },
      }),
    );
    hasMore.value = next.length === PAGE;
    return next;
  }

  const resource = useResource(async () => {
    events.value = await page();
    return events.value;
  });

  const more = useResource(
    async () => {
      const last = events.value.at(-1);
      events.value = [...events.value, ...(await page(last?.occurredAt))];
      return events.value;
    },
    { immediate: false },
  );

  const actions = computed(() => [...new Set(events.value.map((event) => event.action))].sort());
  const filtered = computed(() =>
    events.value.filter(
      (event) =>
        (!action.value || event.action === action.value) &&
        (!actor.value.trim() || event.actorLabel.includes(actor.value.trim())),
    ),
  );

  return { ...resource, events, filtered, actions, action, actor, hasMore, more };
}
