import { ElMessage } from 'element-plus';
import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import { api, unwrap } from '../api/client.ts';
import { toApiError } from '../api/errors.ts';
import type { MatterAction, MatterClock } from '../api/types.ts';
import { useSessionStore } from '../stores/session.ts';
import { useTenantStore } from '../stores/tenant.ts';
import { describeError } from './describe-error.ts';
import { myActions } from './matter-sides.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

interface ExplanationLike {
  zh?: unknown;
  en?: unknown;
  steps?: { code?: unknown; years?: unknown }[];
}

/** Why the clock's due date is that day, and which years' holidays are still provisional. */
export function explain(clock: MatterClock, locale: string): { text: string; provisionalYears: number[] } {
  const explanation = clock.explanation as ExplanationLike;
  const text = locale === 'en' ? explanation.en : explanation.zh;
  const provisional = (explanation.steps ?? []).find((step) => step.code === 'PROVISIONAL_YEARS');
  const years = Array.isArray(provisional?.years)
    ? provisional.years.filter((y) => typeof y === 'number')
    : [];
  return { text: typeof text === 'string' ? text : '', provisionalYears: years };
}

/** One matter: its clocks and why, timeline, comments, and the actions that are mine to take. */
export function useMatterDetail() {
  const { t, locale } = useI18n();
  const route = useRoute();
  const session = useSessionStore();
  const tenantStore = useTenantStore();
  const tenant = useTenantParam();
  const id = computed(() => String(route.params.id ?? ''));
  const path = computed(() => ({ tenant: tenant.value, id: id.value }));

  const matter = useResource(() =>
    unwrap(api.GET('/api/t/{tenant}/matters/{id}', { params: { path: path.value } })),
  );
  const timeline = useResource(() =>
    unwrap(api.GET('/api/t/{tenant}/matters/{id}/timeline', { params: { path: path.value } })),
  );
  const comments = useResource(() =>
    unwrap(api.GET('/api/t/{tenant}/matters/{id}/comments', { params: { path: path.value } })),
  );

  const viewer = computed(() => ({
    role: session.isOperator ? 'platform_operator' : (tenantStore.overview?.me.role ?? session.role),
    unitId: tenantStore.overview?.me.unitId ?? session.me?.unitId ?? null,
  }));
  const actions = computed(() => (matter.data.value ? myActions(matter.data.value, viewer.value) : []));
  const canComment = computed(
    () => viewer.value.role !== 'leader' && viewer.value.role !== 'platform_operator',
  );

  const pendingAction = ref<MatterAction | null>(null);
  const actionNote = ref('');
  const actionError = ref('');
  const isActing = ref(false);

  function startAction(action: MatterAction): void {
    pendingAction.value = action;
    actionNote.value = '';
    actionError.value = '';
  }

  async function confirmAction(): Promise<void> {
    const action = pendingAction.value;
    const current = matter.data.value;
    if (!action || !current) return;
    isActing.value = true;
    actionError.value = '';
    try {
      const note = actionNote.value.trim();
      matter.data.value = await unwrap(
        api.POST('/api/t/{tenant}/matters/{id}/actions/{action}', {
          params: { path: { ...path.value, action } },
          body: { version: current.version, ...(note ? { note } : {}) },
        }),
      );
      pendingAction.value = null;
      ElMessage.success(t('matters.done', { action: t(`matterActions.${action}`) }));
      void timeline.reload();
    } catch (caught) {
      const error = toApiError(caught);
      actionError.value = describeError(error, t, locale.value);
      if (error.code === 'MATTER_VERSION_CONFLICT') void matter.reload();
    } finally {
      isActing.value = false;
    }
  }

  const commentText = ref('');
  const commentError = ref('');
  const isCommenting = ref(false);

  async function addComment(): Promise<void> {
    const body = commentText.value.trim();
    if (!body) return;
    isCommenting.value = true;
    commentError.value = '';
    try {
      await unwrap(
        api.POST('/api/t/{tenant}/matters/{id}/comments', { params: { path: path.value }, body: { body } }),
      );
      commentText.value = '';
      await comments.reload();
    } catch (caught) {
      commentError.value = describeError(toApiError(caught), t, locale.value);
    } finally {
      isCommenting.value = false;
    }
  }

  return {
    tenant,
    matter,
    timeline,
    comments,
    actions,
    canComment,
    pendingAction,
    actionNote,
    actionError,
    isActing,
    startAction,
    confirmAction,
    commentText,
    commentError,
    isCommenting,
    addComment,
    explainClock: (clock: MatterClock) => explain(clock, locale.value),
  };
}
