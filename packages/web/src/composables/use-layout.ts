import { computed, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { type Locale, setLocale } from '../i18n/index.ts';
import { useSessionStore } from '../stores/session.ts';
import { useTenantStore } from '../stores/tenant.ts';
import { useNav } from './use-nav.ts';

/** The shell: the menu, whose tenant I am in, who I am, language and sign-out. */
export function useLayout() {
  const { t, locale } = useI18n();
  const session = useSessionStore();
  const tenantStore = useTenantStore();
  const router = useRouter();
  const { items, active, tenant } = useNav();
  const isDrawerOpen = ref(false);

  watch(
    tenant,
    (code) => {
      if (code) tenantStore.load(code).catch(() => undefined);
      else tenantStore.clear();
    },
    { immediate: true },
  );

  const title = computed(() => {
    const name = tenant.value
      ? (tenantStore.overview?.tenant.name ?? session.me?.tenant?.name ?? tenant.value)
      : null;
    return name ? `${name} · ${t('app.title')}` : t('app.title');
  });

  const userLabel = computed(() => {
    const me = session.me;
    if (!me) return '';
    const role = me.isOperator ? 'operator' : (me.role ?? '');
    return role ? `${me.displayName}（${t(`roles.${role}`)}）` : me.displayName;
  });

  function changeLocale(next: Locale): void {
    setLocale(next);
  }

  async function logout(): Promise<void> {
    await session.logout();
    tenantStore.clear();
    await router.push({ name: 'login' });
  }

  return { items, active, title, userLabel, isDrawerOpen, locale, changeLocale, logout };
}
