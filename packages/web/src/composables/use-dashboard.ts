import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { api, unwrap } from '../api/client.ts';
import type { Matter } from '../api/types.ts';
import { countBy, onTimeByUnit } from './dashboard-figures.ts';
import { useResource } from './use-resource.ts';
import { shanghaiToday } from './use-tenant-home.ts';
import { useTenantParam } from './use-tenant-param.ts';

const MAX_PAGES = 10;

/** The dashboard's figures: units, matters by type and state, on-time rate by unit, task completion. */
export function useDashboard() {
  const { t } = useI18n();
  const tenant = useTenantParam();
  const path = () => ({ tenant: tenant.value });
  const units = useResource(() => unwrap(api.GET('/api/t/{tenant}/units', { params: { path: path() } })));
  const matters = useResource(async () => {
    const all: Matter[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const result = await unwrap(
        api.GET('/api/t/{tenant}/matters', {
          params: { path: path(), query: { limit: 100, sort: 'created', ...(cursor ? { cursor } : {}) } },
        }),
      );
      all.push(...result.items);
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    return all;
  });
  const completion = useResource(async () => {
    const year = Number(shanghaiToday().slice(0, 4));
    const { taskLists } = await unwrap(
      api.GET('/api/t/{tenant}/task-lists', { params: { path: path(), query: { year } } }),
    );
    const first = taskLists[0];
    if (!first) return null;
    return unwrap(
      api.GET('/api/t/{tenant}/task-lists/{listId}/completion', {
        params: { path: { ...path(), listId: first.id } },
      }),
    );
  });

  const unitsByKind = computed(() => {
    const counts = new Map<string, number>();
    for (const unit of units.data.value?.units ?? []) counts.set(unit.kind, (counts.get(unit.kind) ?? 0) + 1);
    const entries = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    return {
      labels: entries.map(([kind]) => t(`unitKinds.${kind}`)),
      values: entries.map(([, count]) => count),
    };
  });
  const byType = computed(() =>
    countBy(
      matters.data.value ?? [],
      (m) => m.type,
      (k) => t(`matterTypes.${k}`),
    ),
  );
  const byState = computed(() =>
    countBy(
      matters.data.value ?? [],
      (m) => m.state,
      (k) => t(`matterStates.${k}`),
    ),
  );
  const onTime = computed(() => onTimeByUnit(matters.data.value ?? []));
  const taskRates = computed(() => {
    const areas = completion.data.value?.areas ?? [];
    return {
      labels: areas.map((area) => `${area.no} ${area.title}`),
      values: areas.map((area) => Math.round(area.rate * 100)),
    };
  });

  function print(): void {
    window.print();
  }
  return { units, matters, completion, unitsByKind, byType, byState, onTime, taskRates, print };
}
