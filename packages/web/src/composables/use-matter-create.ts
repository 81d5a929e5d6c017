import type { FormInstance } from 'element-plus';
import { computed, reactive, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { api, unwrap } from '../api/client.ts';
import { toApiError } from '../api/errors.ts';
import {
  applyRuleDefaults,
  asksFromUnit,
  emptyMatterCreateModel,
  fieldOfPath,
  groupCreatableRules,
  isOpenRecipients,
  type MatterCreateField,
  type MatterCreateModel,
  matterCreateRules,
  newIdempotencyKey,
  toCreateMatterBody,
  unitRecipients,
} from '../components/matter-create/matter-create-form.ts';
import { useSessionStore } from '../stores/session.ts';
import { describeError, describeFieldError } from './describe-error.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

/** The new-matter form: the rules I may create under, what each asks for, and one create per open. */
export function useMatterCreate() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const tenant = useTenantParam();
  const session = useSessionStore();
  const rulesResource = useResource(() =>
    unwrap(api.GET('/api/t/{tenant}/matter-rules', { params: { path: { tenant: tenant.value } } })),
  );
  const formRef = ref<FormInstance>();
  const model = reactive<MatterCreateModel>(emptyMatterCreateModel());
  const serverFieldErrors = reactive<Partial<Record<MatterCreateField, string>>>({});
  const submitError = ref('');
  const submitting = ref<'draft' | 'send' | null>(null);
  // One key per opening of the form: a double click or a retry never files two matters.
  const idempotencyKey = newIdempotencyKey();

  const isLinkageOffice = computed(() => session.isLinkageOffice);
  const groups = computed(() => groupCreatableRules(rulesResource.data.value?.rules ?? [], locale.value));
  const hasCreatable = computed(() => groups.value.length > 0);
  const rule = computed(() =>
    rulesResource.data.value?.rules.find(
      (candidate) => candidate.key === model.ruleKey && candidate.canCreate,
    ),
  );
  // Units to choose from when a rule leaves the recipients open; read only then.
  const units = useResource(
    () => unwrap(api.GET('/api/t/{tenant}/units', { params: { path: { tenant: tenant.value } } })),
    { immediate: false },
  );
  const isOpen = computed(() => (rule.value ? isOpenRecipients(rule.value) : false));
  const recipients = computed(() => {
    if (!rule.value) return [];
    if (!isOpen.value) return unitRecipients(rule.value);
    const sender = model.fromUnitKey || rule.value.from[0]?.key;
    return (units.data.value?.units ?? [])
      .filter((unit) => unit.status === 'active' && unit.key !== sender)
      .map((unit) => ({ key: unit.key, name: unit.name }));
  });
  const isFromAsked = computed(() => (rule.value ? asksFromUnit(rule.value, isLinkageOffice.value) : false));
  const rules = computed(() => matterCreateRules(t, rule.value, model, isLinkageOffice.value));

  function clearServerErrors(): void {
    for (const key of Object.keys(serverFieldErrors) as MatterCreateField[]) delete serverFieldErrors[key];
  }

  watch(
    () => model.ruleKey,
    () => {
      applyRuleDefaults(model, rule.value);
      if (isOpen.value && !units.data.value) void units.reload();
      clearServerErrors();
      formRef.value?.clearValidate();
    },
  );

  async function submit(send: boolean): Promise<void> {
    if (submitting.value) return;
    submitError.value = '';
    clearServerErrors();
    const isValid = await formRef.value?.validate().catch(() => false);
    if (isValid === false || !rule.value) return;
    submitting.value = send ? 'send' : 'draft';
    try {
      const created = await unwrap(
        api.POST('/api/t/{tenant}/matters', {
          params: { path: { tenant: tenant.value }, header: { 'idempotency-key': idempotencyKey } },
          body: toCreateMatterBody(model, rule.value, isLinkageOffice.value, send),
        }),
      );
      await router.push({ name: 'matter', params: { tenant: tenant.value, id: created.id } });
    } catch (caught) {
      const error = toApiError(caught);
      for (const [path, message] of Object.entries(error.fields)) {
        const field = fieldOfPath(path);
        if (field) serverFieldErrors[field] = describeFieldError(error, message, t, locale.value);
      }
      submitError.value = describeError(error, t, locale.value);
    } finally {
      submitting.value = null;
    }
  }

  return {
    tenant,
    rulesResource,
    formRef,
    model,
    rules,
    rule,
    groups,
    hasCreatable,
    recipients,
    isOpen,
    units,
    isFromAsked,
    serverFieldErrors,
    submitError,
    submitting,
    submit,
  };
}
