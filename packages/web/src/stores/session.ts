import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api, refreshTokens, unwrap } from '../api/client.ts';
import type { paths } from '../api/schema';
import { readTokens, writeTokens } from '../api/tokens.ts';

export type Me = paths['/api/auth/me']['get']['responses'][200]['content']['application/json'];
type LoginBody = NonNullable<paths['/api/auth/login']['post']['requestBody']>['content']['application/json'];

/** Why the person is on the login page, shown as a notice there. */
export type SignOutReason = 'expired' | 'logout' | null;

/** Who is signed in, and the session's lifecycle (login, refresh on expiry, logout). */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null);
  const signOutReason = ref<SignOutReason>(null);
  const isSignedIn = computed(() => me.value !== null);
  const isOperator = computed(() => me.value?.isOperator === true);
  const tenantCode = computed(() => me.value?.tenant?.code ?? null);
  const role = computed(() => me.value?.role ?? null);
  const isLinkageOffice = computed(() => role.value === 'tenant_admin' || isOperator.value);
  /** The server shows a tenant's dashboard to its office, its leaders and operators. */
  const canReadDashboard = computed(() => isLinkageOffice.value || role.value === 'leader');

  async function loadMe(): Promise<Me | null> {
    if (!readTokens()) {
      me.value = null;
      return null;
    }
    me.value = await unwrap(api.GET('/api/auth/me'));
    return me.value;
  }

  async function login(credentials: LoginBody): Promise<Me | null> {
    const pair = await unwrap(api.POST('/api/auth/login', { body: credentials }));
    writeTokens({ accessToken: pair.accessToken, refreshToken: pair.refreshToken });
    signOutReason.value = null;
    return loadMe();
  }

  async function logout(): Promise<void> {
    const tokens = readTokens();
    writeTokens(null);
    me.value = null;
    signOutReason.value = 'logout';
    if (tokens) {
      // Best effort: the session is already gone on this device whatever the server answers.
      await api
        .POST('/api/auth/logout', { body: { refreshToken: tokens.refreshToken } })
        .catch(() => undefined);
    }
  }

  /** The server refused to renew the session: forget it and say why on the login page. */
  function expire(): void {
    writeTokens(null);
    me.value = null;
    signOutReason.value = 'expired';
  }

  return {
    me,
    signOutReason,
    isSignedIn,
    isOperator,
    tenantCode,
    role,
    isLinkageOffice,
    canReadDashboard,
    loadMe,
    login,
    logout,
    expire,
    refresh: refreshTokens,
  };
});
