import type { TenantDashboard } from '../api/types.ts';

export interface Series {
  readonly labels: string[];
  readonly values: number[];
}

function sumBy(
  rows: TenantDashboard['matters']['byTypeAndState'],
  key: (row: TenantDashboard['matters']['byTypeAndState'][number]) => string,
  label: (key: string) => string,
): Series {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + row.count);
  const entries = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return { labels: entries.map(([name]) => label(name)), values: entries.map(([, count]) => count) };
}

/** Matters by type, largest first. */
export function mattersByType(dashboard: TenantDashboard, label: (type: string) => string): Series {
  return sumBy(dashboard.matters.byTypeAndState, (row) => row.type, label);
}

/** Matters by state, largest first. */
export function mattersByState(dashboard: TenantDashboard, label: (state: string) => string): Series {
  return sumBy(dashboard.matters.byTypeAndState, (row) => row.state, label);
}

/** 按期回复率 (%) per recipient unit that owed a reply, lowest first (the units to talk to). */
export function onTimeRates(dashboard: TenantDashboard): Series {
  const rated = dashboard.onTimeReplies
    .flatMap((unit) => (unit.rate === null ? [] : [[unit.unitName, Math.round(unit.rate * 100)] as const]))
    .sort((a, b) => a[1] - b[1]);
  return { labels: rated.map(([name]) => name), values: rated.map(([, rate]) => rate) };
}

/** The tenant's on-time reply rate (%) over every reply that came due, or null when none has. */
export function overallOnTimeRate(dashboard: TenantDashboard): number | null {
  let onTime = 0;
  let due = 0;
  for (const unit of dashboard.onTimeReplies) {
    onTime += unit.onTime;
    due += unit.onTime + unit.late + unit.overdueOpen;
  }
  return due === 0 ? null : Math.round((onTime / due) * 100);
}

/** Completion (%) by area of the year's first task list. */
export function taskAreaRates(dashboard: TenantDashboard): Series & { title: string | null } {
  const list = dashboard.taskLists[0];
  const areas = list?.areas ?? [];
  return {
    title: list?.title ?? null,
    labels: areas.map((area) => `${area.no} ${area.title}`),
    values: areas.map((area) => Math.round(area.rate * 100)),
  };
}
