import { describe, expect, it } from 'vitest';
import type { TenantDashboard } from '../api/types.ts';
import { cappedCount } from './capped-count.ts';
import {
  mattersByState,
  mattersByType,
  onTimeRates,
  overallOnTimeRate,
  taskAreaRates,
} from './dashboard-figures.ts';

const completion = { total: 4, done: 1, overdue: 0, open: 3, rate: 0.25 };

function dashboard(overrides: Partial<TenantDashboard> = {}): TenantDashboard {
  return {
    tenant: { code: 'xuyi', name: '盱眙县', provinceCode: '32' },
    today: '2026-03-02',
    matters: {
      byTypeAndState: [
        { type: 'consultation', state: 'sent', count: 2 },
        { type: 'consultation', state: 'closed', count: 1 },
        { type: 'review', state: 'sent', count: 1 },
      ],
      open: 3,
      overdue: [],
      dueSoon: [],
    },
    onTimeReplies: [
      { unitId: 'a', unitName: '公安局', onTime: 3, late: 1, overdueOpen: 0, rate: 0.75 },
      { unitId: 'b', unitName: '司法局', onTime: 1, late: 0, overdueOpen: 1, rate: 0.5 },
      { unitId: 'c', unitName: '财政局', onTime: 0, late: 0, overdueOpen: 0, rate: null },
    ],
    taskLists: [
      {
        listId: 'l',
        title: '2026年重点任务清单',
        year: 2026,
        totals: completion,
        areas: [{ ...completion, areaId: 'x', no: '一', title: '重大改革' }],
        units: [],
      },
    ],
    upcomingMeetings: [],
    obligations: { openedThisMonth: 0, withMatter: 0 },
    ...overrides,
  };
}

describe('dashboard figures from the server', () => {
  it('sums matters by type and by state, largest first', () => {
    const label = (key: string) => key.toUpperCase();
    expect(mattersByType(dashboard(), label)).toEqual({ labels: ['CONSULTATION', 'REVIEW'], values: [3, 1] });
    expect(mattersByState(dashboard(), label)).toEqual({ labels: ['SENT', 'CLOSED'], values: [3, 1] });
  });

  it('rates the units that owed a reply, lowest first, and the tenant over all replies due', () => {
    expect(onTimeRates(dashboard())).toEqual({ labels: ['司法局', '公安局'], values: [50, 75] });
    expect(overallOnTimeRate(dashboard())).toBe(67);
    expect(overallOnTimeRate(dashboard({ onTimeReplies: [] }))).toBeNull();
  });

  it('shows the completion of the first list by area', () => {
    expect(taskAreaRates(dashboard())).toEqual({
      title: '2026年重点任务清单',
      labels: ['一 重大改革'],
      values: [25],
    });
    expect(taskAreaRates(dashboard({ taskLists: [] }))).toEqual({ title: null, labels: [], values: [] });
  });

  it('says "or more" when a deadline list is at the server’s cap', () => {
    expect(cappedCount(new Array(20).fill(0))).toEqual({ count: 20, isMore: true });
    expect(cappedCount([1])).toEqual({ count: 1, isMore: false });
  });
});
