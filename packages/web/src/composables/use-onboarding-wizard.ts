import { ElMessage, type FormInstance } from 'element-plus';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { api, unwrap } from '../api/client.ts';
import { toApiError } from '../api/errors.ts';
import type { OnboardResult, PluginManifest } from '../api/types.ts';
import {
  emptyOnboardingModel,
  fieldOfPath,
  type OnboardingModel,
  onboardingRules,
  toOnboardBody,
} from '../components/onboarding/onboarding-form.ts';
import { describeError } from './describe-error.ts';
import { useResource } from './use-resource.ts';

/** The wizard: pick a plugin, preview what it brings, name the tenant and its admin, create. */
export function useOnboardingWizard() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const step = ref(0);
  const pluginId = ref('');
  const plugins = useResource(() => unwrap(api.GET('/api/platform/plugins')));
  const manifest = shallowRef<PluginManifest | null>(null);
  const manifestError = ref('');
  const isManifestLoading = ref(false);
  const formRef = ref<FormInstance>();
  const model = reactive<OnboardingModel>(emptyOnboardingModel());
  const serverFieldErrors = reactive<Partial<Record<keyof OnboardingModel, string>>>({});
  const isCreating = ref(false);
  const createError = ref('');
  const result = shallowRef<OnboardResult | null>(null);

  const selected = computed(() => plugins.data.value?.plugins.find((plugin) => plugin.id === pluginId.value));
  const needsDivisionCode = computed(
    () => selected.value !== undefined && !selected.value.jurisdiction.divisionCode,
  );
  const rules = computed(() => onboardingRules(t, needsDivisionCode.value));

  watch(pluginId, async (id) => {
    manifest.value = null;
    manifestError.value = '';
    if (!id) return;
    const plugin = selected.value;
    if (plugin && !model.name) model.name = plugin.jurisdiction.divisionCode ? plugin.jurisdiction.name : '';
    if (plugin && !model.code && plugin.jurisdiction.divisionCode) model.code = plugin.id;
    isManifestLoading.value = true;
    try {
      manifest.value = await unwrap(api.GET('/api/platform/plugins/{id}', { params: { path: { id } } }));
    } catch (caught) {
      manifestError.value = describeError(toApiError(caught), t, locale.value);
    } finally {
      isManifestLoading.value = false;
    }
  });

  const canGoNext = computed(() => {
    if (step.value === 0) return pluginId.value !== '';
    if (step.value === 1) return manifest.value !== null;
    return true;
  });

  function next(): void {
    if (canGoNext.value && step.value < 2) step.value += 1;
  }

  function previous(): void {
    if (step.value > 0 && !isCreating.value) step.value -= 1;
  }

  function clearServerErrors(): void {
    for (const key of Object.keys(serverFieldErrors) as (keyof OnboardingModel)[])
      delete serverFieldErrors[key];
  }

  async function create(): Promise<void> {
    createError.value = '';
    clearServerErrors();
    const isValid = await formRef.value?.validate().catch(() => false);
    if (isValid === false) return;
    isCreating.value = true;
    step.value = 3;
    try {
      const created = await unwrap(
        api.POST('/api/platform/tenants', { body: toOnboardBody(pluginId.value, model) }),
      );
      result.value = created;
      const { tenant, instantiated } = created;
      ElMessage({
        type: created.created ? 'success' : 'info',
        duration: 6000,
        showClose: true,
        message: created.created
          ? t('onboard.created', {
              name: tenant.name,
              units: instantiated.units,
              slots: instantiated.liaisonSlots,
              series: instantiated.meetingSeries,
              templates: instantiated.taskListTemplates,
            })
          : t('onboard.existed', { code: tenant.code }),
      });
      await goHome();
    } catch (caught) {
      const error = toApiError(caught);
      for (const [path, message] of Object.entries(error.fields)) {
        const field = fieldOfPath(path);
        if (field) serverFieldErrors[field] = message;
      }
      createError.value = describeError(error, t, locale.value);
      step.value = 2;
    } finally {
      isCreating.value = false;
    }
  }

  async function goHome(): Promise<void> {
    if (result.value) await router.push({ name: 'home', params: { tenant: result.value.tenant.code } });
  }

  return {
    step,
    pluginId,
    plugins,
    selected,
    manifest,
    manifestError,
    isManifestLoading,
    needsDivisionCode,
    formRef,
    model,
    rules,
    serverFieldErrors,
    isCreating,
    createError,
    result,
    canGoNext,
    next,
    previous,
    create,
    goHome,
  };
}
