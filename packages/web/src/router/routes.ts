import type { RouteRecordRaw } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    isPublic?: boolean;
    /** Provincial operators only. */
    isOperatorOnly?: boolean;
    /** The linkage office (tenant admins) and operators only. */
    isLinkageOfficeOnly?: boolean;
    /** The linkage office, leaders and operators: those the server shows the dashboard to. */
    isDashboardReaderOnly?: boolean;
    /** The i18n key of the page title. */
    title?: string;
  }
}

/** Every page is its own chunk: the first load carries only the login or home page. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('../pages/LoginPage.vue'),
    meta: { isPublic: true, title: 'login.title' },
  },
  {
    path: '/',
    component: () => import('../layouts/AppLayout.vue'),
    children: [
      { path: '', name: 'start', component: () => import('../pages/StartPage.vue') },
      {
        path: 'platform',
        name: 'console',
        component: () => import('../pages/platform/ConsolePage.vue'),
        meta: { isOperatorOnly: true, title: 'console.title' },
      },
      {
        path: 'platform/onboard',
        name: 'onboard',
        component: () => import('../pages/platform/OnboardPage.vue'),
        meta: { isOperatorOnly: true, title: 'onboard.title' },
      },
      {
        path: 't/:tenant',
        name: 'home',
        component: () => import('../pages/tenant/HomePage.vue'),
        meta: { title: 'home.title' },
      },
      {
        path: 't/:tenant/matters',
        name: 'matters',
        component: () => import('../pages/tenant/MattersPage.vue'),
        meta: { title: 'nav.matters' },
      },
      {
        path: 't/:tenant/matters/new',
        name: 'matter-new',
        component: () => import('../pages/tenant/MatterNewPage.vue'),
        meta: { title: 'matterNew.title' },
      },
      {
        path: 't/:tenant/matters/:id',
        name: 'matter',
        component: () => import('../pages/tenant/MatterDetailPage.vue'),
        meta: { title: 'matters.detail' },
      },
      {
        path: 't/:tenant/task-list',
        name: 'task-list',
        component: () => import('../pages/tenant/TaskListPage.vue'),
        meta: { title: 'nav.taskList' },
      },
      {
        path: 't/:tenant/meetings',
        name: 'meetings',
        component: () => import('../pages/tenant/MeetingsPage.vue'),
        meta: { title: 'nav.meetings' },
      },
      {
        path: 't/:tenant/dashboard',
        name: 'dashboard',
        component: () => import('../pages/tenant/DashboardPage.vue'),
        meta: { isDashboardReaderOnly: true, title: 'dashboard.title' },
      },
      {
        path: 't/:tenant/units',
        name: 'units',
        component: () => import('../pages/tenant/UnitsPage.vue'),
        meta: { title: 'units.title' },
      },
      {
        path: 't/:tenant/members',
        name: 'members',
        component: () => import('../pages/tenant/MembersPage.vue'),
        meta: { isLinkageOfficeOnly: true, title: 'members.title' },
      },
      {
        path: 't/:tenant/settings',
        name: 'settings',
        component: () => import('../pages/tenant/SettingsPage.vue'),
        meta: { isLinkageOfficeOnly: true, title: 'admin.settingsTitle' },
      },
      {
        path: 't/:tenant/audit',
        name: 'audit',
        component: () => import('../pages/tenant/AuditPage.vue'),
        meta: { isLinkageOfficeOnly: true, title: 'audit.title' },
      },
      {
        path: ':rest(.*)*',
        name: 'not-found',
        component: () => import('../pages/NotFoundPage.vue'),
      },
    ],
  },
];
