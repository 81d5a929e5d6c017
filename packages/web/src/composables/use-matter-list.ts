import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { api, unwrap } from '../api/client.ts';
import type { Matter, MatterQuery } from '../api/types.ts';
import { useSessionStore } from '../stores/session.ts';
import { readSavedViews, type SavedView, writeSavedViews } from './saved-views.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

export interface MatterFilters {
  type: MatterQuery['type'] | '';
  state: MatterQuery['state'] | '';
  light: MatterQuery['light'] | '';
  q: string;
  sort: 'created' | 'due';
}

export function emptyMatterFilters(): MatterFilters {
  return { type: '', state: '', light: '', q: '', sort: 'created' };
}

/** The query the API takes for a set of filters (blank filters left out). */
export function toMatterQuery(filters: MatterFilters, cursor?: string): MatterQuery {
  return {
    sort: filters.sort,
    limit: 20,
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.state ? { state: filters.state } : {}),
    ...(filters.light ? { light: filters.light } : {}),
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/** The inbox of matters: filters, saved views on this device, and "load more" pages. */
export function useMatterList() {
  const tenant = useTenantParam();
  const session = useSessionStore();
  const filters = reactive<MatterFilters>(emptyMatterFilters());
  const items = shallowRef<Matter[]>([]);
  const nextCursor = ref<string | null>(null);
  const viewsKey = computed(() => `liandong.views.matters.${tenant.value}.${session.me?.username ?? ''}`);
  const views = ref<SavedView<MatterFilters>[]>(readSavedViews(viewsKey.value));

  const fetchPage = (cursor?: string) =>
    unwrap(
      api.GET('/api/t/{tenant}/matters', {
        params: { path: { tenant: tenant.value }, query: toMatterQuery(filters, cursor) },
      }),
    );

  const list = useResource(async () => {
    const page = await fetchPage();
    items.value = page.items;
    nextCursor.value = page.nextCursor;
    return page;
  });
  const more = useResource(
    async () => {
      const page = await fetchPage(nextCursor.value ?? undefined);
      items.value = [...items.value, ...page.items];
      nextCursor.value = page.nextCursor;
      return page;
    },
    { immediate: false },
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    () => ({ ...filters }),
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => void list.reload(), 250);
    },
  );

  const isFiltered = computed(() => JSON.stringify({ ...filters }) !== JSON.stringify(emptyMatterFilters()));

  function applyView(view: SavedView<MatterFilters>): void {
    Object.assign(filters, emptyMatterFilters(), view.filters);
  }

  function saveView(name: string): void {
    const trimmed = name.trim();
    if (!trimmed) return;
    views.value = [
      ...views.value.filter((view) => view.name !== trimmed),
      { name: trimmed, filters: { ...filters } },
    ];
    writeSavedViews(viewsKey.value, views.value);
  }

  function deleteView(name: string): void {
    views.value = views.value.filter((view) => view.name !== name);
    writeSavedViews(viewsKey.value, views.value);
  }

  function reset(): void {
    Object.assign(filters, emptyMatterFilters());
  }

  return {
    tenant,
    filters,
    items,
    nextCursor,
    list,
    more,
    isFiltered,
    views,
    applyView,
    saveView,
    deleteView,
    reset,
  };
}
