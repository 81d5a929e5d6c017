import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { setSessionEndedListener } from './api/client.ts';
import { i18n } from './i18n/index.ts';
import { router } from './router/index.ts';
import { useSessionStore } from './stores/session.ts';
import './styles/base.css';

const app = createApp(App).use(createPinia()).use(i18n).use(router);

setSessionEndedListener(() => {
  useSessionStore().expire();
  const current = router.currentRoute.value;
  if (current.name !== 'login') void router.push({ name: 'login', query: { redirect: current.fullPath } });
});

app.mount('#app');
