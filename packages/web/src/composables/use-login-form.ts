import type { FormInstance } from 'element-plus';
import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import { toApiError } from '../api/errors.ts';
import { type LoginModel, loginRules } from '../components/login/login-form.ts';
import { startOf } from '../router/guard.ts';
import { useSessionStore } from '../stores/session.ts';
import { describeError } from './describe-error.ts';

/** Signs in, says clearly why not (wrong password, locked account), then goes where the person was heading. */
export function useLoginForm() {
  const { t, locale } = useI18n();
  const session = useSessionStore();
  const router = useRouter();
  const route = useRoute();
  const formRef = ref<FormInstance>();
  const model = reactive<LoginModel>({ username: '', password: '' });
  const rules = computed(() => loginRules(t));
  const isSubmitting = ref(false);
  const errorText = ref('');
  const errorKind = ref<'locked' | 'failed' | null>(null);

  const notice = computed(() => {
    if (session.signOutReason === 'expired') return t('login.expired');
    if (session.signOutReason === 'logout') return t('login.loggedOut');
    return '';
  });

  async function submit(): Promise<void> {
    errorText.value = '';
    errorKind.value = null;
    const isValid = await formRef.value?.validate().catch(() => false);
    if (isValid === false) return;
    isSubmitting.value = true;
    try {
      await session.login({ username: model.username.trim(), password: model.password });
      const redirect = route.query.redirect;
      const target = typeof redirect === 'string' && redirect.startsWith('/') ? redirect : startOf(session);
      await router.replace(target);
    } catch (caught) {
      const error = toApiError(caught);
      errorKind.value = error.code === 'AUTH_ACCOUNT_LOCKED' ? 'locked' : 'failed';
      errorText.value = describeError(error, t, locale.value);
      model.password = '';
    } finally {
      isSubmitting.value = false;
    }
  }

  return { formRef, model, rules, isSubmitting, errorText, errorKind, notice, submit };
}
