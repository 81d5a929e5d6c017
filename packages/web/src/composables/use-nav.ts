import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { useSessionStore } from '../stores/session.ts';

export interface NavItem {
  readonly name: string;
  readonly label: string;
  readonly path: string;
}

/** The menu for where I am: the console for operators, the tenant's pages inside a tenant. */
export function useNav() {
  const session = useSessionStore();
  const route = useRoute();
  const tenant = computed(() => {
    const param = route.params.tenant;
    return typeof param === 'string' ? param : session.isOperator ? null : session.tenantCode;
  });

  const items = computed<NavItem[]>(() => {
    const list: NavItem[] = [];
    if (session.isOperator) {
      list.push({ name: 'console', label: 'nav.console', path: '/platform' });
      list.push({ name: 'onboard', label: 'nav.onboard', path: '/platform/onboard' });
    }
    const code = tenant.value;
    if (code) {
      const base = `/t/${code}`;
      list.push(
        { name: 'home', label: 'nav.home', path: base },
        { name: 'matters', label: 'nav.matters', path: `${base}/matters` },
        { name: 'task-list', label: 'nav.taskList', path: `${base}/task-list` },
        { name: 'meetings', label: 'nav.meetings', path: `${base}/meetings` },
      );
      if (session.canReadDashboard) {
        list.push({ name: 'dashboard', label: 'nav.dashboard', path: `${base}/dashboard` });
      }
      list.push({ name: 'units', label: 'nav.units', path: `${base}/units` });
      if (session.isLinkageOffice) {
        list.push(
          { name: 'members', label: 'nav.members', path: `${base}/members` },
          { name: 'settings', label: 'nav.settings', path: `${base}/settings` },
          { name: 'audit', label: 'nav.audit', path: `${base}/audit` },
        );
      }
    }
    return list;
  });

  // The deepest menu entry containing the page: a matter's detail lights up 事项.
  const active = computed(
    () =>
      items.value
        .filter((item) => route.path === item.path || route.path.startsWith(`${item.path}/`))
        .sort((a, b) => b.path.length - a.path.length)[0]?.path ?? route.path,
  );
  return { items, active, tenant };
}
