import { ref, shallowRef, watch } from 'vue';
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

/** The audit log, newest first, filtered on the server (whole log, not the loaded page), paged with "load more". */
export function useAuditLog() {
  const tenant = useTenantParam();
  const events = shallowRef<AuditEvent[]>([]);
  const hasMore = ref(false);
  const action = ref('');
  const actor = ref('');
  /** [from, to] Beijing days, or null. */
  const days = ref<[string, string] | null>(null);
  const actions = ref<string[]>([]);

  function filters() {
    const name = actor.value.trim();
    return {
      ...(action.value ? { action: action.value } : {}),
      ...(name ? { actor: name } : {}),
      ...(days.value ? { from: days.value[0], to: days.value[1] } : {}),
    };
  }

  async function page(before?: string): Promise<AuditEvent[]> {
    const { events: next } = await unwrap(
      api.GET('/api/t/{tenant}/audit', {
        params: {
          path: { tenant: tenant.value },
          query: { limit: PAGE, ...filters(), ...(before ? { before } : {}) },
        },
      }),
    );
    hasMore.value = next.length === PAGE;
    return next;
  }

  const resource = useResource(async () => {
    const [first, known] = await Promise.all([
      page(),
      unwrap(api.GET('/api/t/{tenant}/audit/actions', { params: { path: { tenant: tenant.value } } })),
    ]);
    events.value = first;
    actions.value = known.actions;
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

  // Typing a name waits for a pause; choosing an action or days reloads at once.
  let typing: ReturnType<typeof setTimeout> | undefined;
  watch([action, days], () => void resource.reload());
  watch(actor, () => {
    clearTimeout(typing);
    typing = setTimeout(() => void resource.reload(), 300);
  });

  return { ...resource, events, actions, action, actor, days, hasMore, more };
}
