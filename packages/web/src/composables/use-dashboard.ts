import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { api, unwrap } from '../api/client.ts';
import { cappedCount } from './capped-count.ts';
import {
  mattersByState,
  mattersByType,
  onTimeRates,
  overallOnTimeRate,
  type Series,
  taskAreaRates,
} from './dashboard-figures.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

const EMPTY: Series = { labels: [], values: [] };

/** The dashboard: the server's figures (matters, deadlines, on-time replies, task lists, meetings) and unit make-up. */
export function useDashboard() {
  const { t } = useI18n();
  const tenant = useTenantParam();
  const path = () => ({ tenant: tenant.value });
  const figures = useResource(() =>
    unwrap(api.GET('/api/t/{tenant}/dashboard', { params: { path: path() } })),
  );
  const units = useResource(() => unwrap(api.GET('/api/t/{tenant}/units', { params: { path: path() } })));

  const unitsByKind = computed(() => {
    const counts = new Map<string, number>();
    for (const unit of units.data.value?.units ?? []) counts.set(unit.kind, (counts.get(unit.kind) ?? 0) + 1);
    const entries = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    return {
      labels: entries.map(([kind]) => t(`unitKinds.${kind}`)),
      values: entries.map(([, count]) => count),
    };
  });
  const data = computed(() => figures.data.value);
  const byType = computed(() =>
    data.value ? mattersByType(data.value, (k) => t(`matterTypes.${k}`)) : EMPTY,
  );
  const byState = computed(() =>
    data.value ? mattersByState(data.value, (k) => t(`matterStates.${k}`)) : EMPTY,
  );
  const onTime = computed(() => (data.value ? onTimeRates(data.value) : EMPTY));
  const taskRates = computed(() =>
    data.value ? taskAreaRates(data.value) : { ...EMPTY, title: null as string | null },
  );
  const keyFigures = computed(() => {
    const d = data.value;
    if (!d) return [];
    const capped = (items: readonly unknown[]) => {
      const { count, isMore } = cappedCount(items);
      return `${count}${isMore ? '+' : ''}`;
    };
    const rate = overallOnTimeRate(d);
    const list = d.taskLists[0];
    return [
      { key: 'open', label: 'dashboard.open', value: String(d.matters.open) },
      {
        key: 'overdue',
        label: 'dashboard.overdue',
        value: capped(d.matters.overdue),
        isAlert: d.matters.overdue.length > 0,
      },
      { key: 'dueSoon', label: 'dashboard.dueSoon', value: capped(d.matters.dueSoon) },
      { key: 'onTimeRate', label: 'dashboard.onTimeRate', value: rate === null ? '—' : `${rate}%` },
      {
        key: 'taskRate',
        label: 'dashboard.taskRate',
        value: list ? `${Math.round(list.totals.rate * 100)}%` : '—',
      },
      { key: 'obligations', label: 'dashboard.obligations', value: String(d.obligations.openedThisMonth) },
    ];
  });

  function print(): void {
    window.print();
  }
  return { tenant, figures, units, unitsByKind, byType, byState, onTime, taskRates, keyFigures, print };
}
