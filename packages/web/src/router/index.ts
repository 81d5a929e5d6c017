import { createRouter, createWebHistory } from 'vue-router';
import { i18n } from '../i18n/index.ts';
import { useSessionStore } from '../stores/session.ts';
import { guard } from './guard.ts';
import { routes } from './routes.ts';

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach((to) => guard(to, useSessionStore()));

router.afterEach((to) => {
  const { t } = i18n.global;
  document.title = to.meta.title ? `${t(to.meta.title)} · ${t('app.title')}` : t('app.title');
});
