import { computed } from 'vue';
import { api, unwrap } from '../api/client.ts';
import type { Meeting } from '../api/types.ts';
import { useSessionStore } from '../stores/session.ts';
import { useTenantStore } from '../stores/tenant.ts';
import { cappedCount } from './capped-count.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

const COUNT_LIMIT = 100;

/** Today in Asia/Shanghai as YYYY-MM-DD (deadlines are Shanghai dates). */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** The next meetings from today on, nearest first. */
export function upcomingMeetings(meetings: readonly Meeting[], today: string, count = 5): Meeting[] {
  return meetings
    .filter(
      (meeting) =>
        meeting.scheduledOn !== null && meeting.scheduledOn >= today && meeting.status !== 'cancelled',
    )
    .sort((a, b) => (a.scheduledOn ?? '').localeCompare(b.scheduledOn ?? ''))
    .slice(0, count);
}

/** 工作台: my open matters by due date with lights, due-soon and overdue counts, meetings, unread notifications. */
export function useTenantHome() {
  const tenant = useTenantParam();
  const store = useTenantStore();
  const session = useSessionStore();
  const path = () => ({ tenant: tenant.value });

  const overview = useResource(() => store.load(tenant.value, true));
  const pending = useResource(() =>
    unwrap(
      api.GET('/api/t/{tenant}/matters', { params: { path: path(), query: { sort: 'due', limit: 8 } } }),
    ),
  );
  const countOf = async (light: 'red' | 'yellow') => {
    const page = await unwrap(
      api.GET('/api/t/{tenant}/matters', {
        params: { path: path(), query: { light, sort: 'due', limit: COUNT_LIMIT } },
      }),
    );
    return { count: page.items.length, isMore: page.nextCursor !== null };
  };
  // The office and leaders read the tenant's deadlines from the dashboard; others count their own matters.
  const readsDashboard = computed(
    () => session.isOperator || session.role === 'tenant_admin' || session.role === 'leader',
  );
  const counts = useResource(async () => {
    if (readsDashboard.value) {
      const { matters } = await unwrap(api.GET('/api/t/{tenant}/dashboard', { params: { path: path() } }));
      return { overdue: cappedCount(matters.overdue), dueSoon: cappedCount(matters.dueSoon) };
    }
    const [overdue, dueSoon] = await Promise.all([countOf('red'), countOf('yellow')]);
    return { overdue, dueSoon };
  });
  const meetings = useResource(async () => {
    const today = shanghaiToday();
    const { meetings: list } = await unwrap(
      api.GET('/api/t/{tenant}/meetings', {
        params: { path: path(), query: { year: Number(today.slice(0, 4)) } },
      }),
    );
    return upcomingMeetings(list, today);
  });
  const notifications = useResource(() =>
    unwrap(
      api.GET('/api/t/{tenant}/notifications', {
        params: { path: path(), query: { unreadOnly: 'true', limit: 5 } },
      }),
    ),
  );

  const greetingName = computed(() => session.me?.displayName ?? '');
  const figures = computed(() => {
    const all = overview.data.value?.counts;
    if (!all) return [];
    return [
      { key: 'units', value: all.units, label: 'console.units' },
      { key: 'memberUnits', value: all.memberUnits, label: 'console.memberUnits' },
      { key: 'members', value: all.members, label: 'console.members' },
      { key: 'bodies', value: all.bodies, label: 'console.bodies' },
      { key: 'meetingSeries', value: all.meetingSeries, label: 'console.meetingSeries' },
      { key: 'taskListTemplates', value: all.taskListTemplates, label: 'console.taskListTemplates' },
    ];
  });
  const countText = (value: { count: number; isMore: boolean } | undefined) =>
    value ? `${value.count}${value.isMore ? '+' : ''}` : '—';

  return { tenant, overview, pending, counts, meetings, notifications, greetingName, figures, countText };
}
