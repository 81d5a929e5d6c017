import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { setSessionEndedListener } from './api/client.ts';
import { i18n } from './i18n/index.ts';
import { router } from './router/index.ts';
import { useSessionStore } from './stores/session.ts';
import './styles/base.css';
// Services called from composables (not templates) bring no styles of their own on demand.
import 'element-plus/theme-chalk/el-message.css';
import 'element-plus/theme-chalk/el-message-box.css';
import 'element-plus/theme-chalk/el-overlay.css';

const app = createApp(App).use(createPinia()).use(i18n).use(router);

setSessionEndedListener(() => {
  useSessionStore().expire();
  const current = router.currentRoute.value;
  if (current.name !== 'login') void router.push({ name: 'login', query: { redirect: current.fullPath } });
});

app.mount('#app');
