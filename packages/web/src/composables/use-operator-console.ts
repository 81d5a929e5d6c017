import { api, unwrap } from '../api/client.ts';
import type { Tenant, TenantDashboard } from '../api/types.ts';
import { cappedCount } from './capped-count.ts';
import { overallOnTimeRate } from './dashboard-figures.ts';
import { useResource } from './use-resource.ts';

export interface TenantFigures {
  readonly openMatters: number;
  readonly overdue: string;
  readonly dueSoon: string;
  /** On-time reply rate (%) over every reply that came due, or null when none has. */
  readonly onTimeRate: number | null;
  /** Completion (%) of the year's first task list, or null when there is none. */
  readonly taskRate: number | null;
  readonly upcomingMeetings: number;
}

export interface TenantRow {
  readonly tenant: Tenant;
  /** The tenant's figures from the platform dashboard, or null when it has none for the tenant. */
  readonly figures: TenantFigures | null;
}

function capped(items: readonly unknown[]): string {
  const { count, isMore } = cappedCount(items);
  return `${count}${isMore ? '+' : ''}`;
}

/** One tenant's figures as the console shows them. */
export function tenantFigures(dashboard: TenantDashboard): TenantFigures {
  const list = dashboard.taskLists[0];
  return {
    openMatters: dashboard.matters.open,
    overdue: capped(dashboard.matters.overdue),
    dueSoon: capped(dashboard.matters.dueSoon),
    onTimeRate: overallOnTimeRate(dashboard),
    taskRate: list ? Math.round(list.totals.rate * 100) : null,
    upcomingMeetings: dashboard.upcomingMeetings.length,
  };
}

/** The tenants of my provinces side by side, with the platform dashboard's figures for each. */
export function useOperatorConsole() {
  return useResource<TenantRow[]>(async () => {
    const [{ tenants }, dashboard] = await Promise.all([
      unwrap(api.GET('/api/platform/tenants')),
      unwrap(api.GET('/api/platform/dashboard')),
    ]);
    const byCode = new Map(dashboard.tenants.map((figures) => [figures.tenant.code, figures]));
    return tenants.map((tenant) => {
      const figures = byCode.get(tenant.code);
      return { tenant, figures: figures ? tenantFigures(figures) : null };
    });
  });
}
