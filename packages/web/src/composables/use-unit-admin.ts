import { ElMessageBox, type FormInstance, type FormRules } from 'element-plus';
import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { api, unwrap } from '../api/client.ts';
import type { Unit } from '../api/types.ts';
import { describeFieldError } from './describe-error.ts';
import { useConfirmedAction } from './use-confirmed-action.ts';
import { useTenantParam } from './use-tenant-param.ts';

export const UNIT_KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/;

export interface NewUnitModel {
  key: string;
  name: string;
  kind: string;
  isMember: boolean;
  liaisonSlots: number;
}

function emptyUnit(): NewUnitModel {
  return { key: '', name: '', kind: 'department', isMember: true, liaisonSlots: 1 };
}

/** The linkage office's changes to units: add, rename, retire or reinstate, and name liaisons. */
export function useUnitAdmin(reload: () => Promise<void>) {
  const { t, locale } = useI18n();
  const tenant = useTenantParam();
  const { run, explain } = useConfirmedAction();
  const formRef = ref<FormInstance>();
  const model = reactive<NewUnitModel>(emptyUnit());
  const fieldErrors = reactive<Partial<Record<keyof NewUnitModel, string>>>({});
  const dialog = reactive({ isOpen: false, isSaving: false, error: '' });
  const rules: FormRules<NewUnitModel> = {
    key: [
      { required: true, whitespace: true, message: t('admin.required'), trigger: 'blur' },
      { pattern: UNIT_KEY_PATTERN, message: t('admin.unitKeyInvalid'), trigger: 'blur' },
    ],
    name: [{ required: true, whitespace: true, message: t('admin.required'), trigger: 'blur' }],
    kind: [{ required: true, message: t('admin.required'), trigger: 'change' }],
  };
  const path = (unit: Unit) => ({ tenant: tenant.value, unitId: unit.id });

  function openAdd(): void {
    Object.assign(model, emptyUnit());
    Object.assign(dialog, { isOpen: true, error: '' });
    for (const key of Object.keys(fieldErrors) as (keyof NewUnitModel)[]) delete fieldErrors[key];
  }

  async function add(): Promise<void> {
    if (dialog.isSaving) return;
    for (const key of Object.keys(fieldErrors) as (keyof NewUnitModel)[]) delete fieldErrors[key];
    dialog.error = '';
    if ((await formRef.value?.validate().catch(() => false)) === false) return;
    dialog.isSaving = true;
    try {
      await unwrap(
        api.POST('/api/t/{tenant}/units', {
          params: { path: { tenant: tenant.value } },
          body: { ...model, key: model.key.trim(), name: model.name.trim() },
        }),
      );
      dialog.isOpen = false;
      await reload();
    } catch (caught) {
      const { text, error } = explain(caught);
      for (const [field, message] of Object.entries(error.fields)) {
        if (field in model)
          fieldErrors[field as keyof NewUnitModel] = describeFieldError(error, message, t, locale.value);
      }
      dialog.error = text;
    } finally {
      dialog.isSaving = false;
    }
  }

  async function prompt(message: string, title: string, value: string, isRequired: boolean) {
    const answer = await ElMessageBox.prompt(message, title, {
      inputValue: value,
      confirmButtonText: t('common.save'),
      cancelButtonText: t('common.cancel'),
      inputValidator: (input: string) =>
        input.trim().length > 100
          ? t('admin.tooLong', { max: 100 })
          : isRequired && !input.trim()
            ? t('admin.required')
            : true,
    }).catch(() => null);
    return answer && 'value' in answer ? answer.value.trim() : null;
  }

  async function rename(unit: Unit): Promise<void> {
    const name = await prompt(
      t('admin.renamePrompt', { name: unit.name }),
      t('admin.rename'),
      unit.name,
      true,
    );
    if (!name || name === unit.name) return;
    const done = await run(
      () =>
        unwrap(api.PATCH('/api/t/{tenant}/units/{unitId}', { params: { path: path(unit) }, body: { name } })),
      { done: t('admin.renamed', { name }) },
    );
    if (done) await reload();
  }

  async function retire(unit: Unit): Promise<void> {
    const done = await run(
      () => unwrap(api.POST('/api/t/{tenant}/units/{unitId}/retire', { params: { path: path(unit) } })),
      {
        confirm: t('admin.retireConfirm', { name: unit.name }),
        done: t('admin.retired', { name: unit.name }),
      },
    );
    if (done) await reload();
  }

  async function reinstate(unit: Unit): Promise<void> {
    const done = await run(
      () => unwrap(api.POST('/api/t/{tenant}/units/{unitId}/reinstate', { params: { path: path(unit) } })),
      {
        confirm: t('admin.reinstateConfirm', { name: unit.name }),
        done: t('admin.reinstated', { name: unit.name }),
      },
    );
    if (done) await reload();
  }

  async function nameLiaison(unit: Unit, slot: number, current: string | null): Promise<void> {
    const personName = await prompt(
      t('admin.liaisonPrompt', { unit: unit.name, slot }),
      t('admin.liaison'),
      current ?? '',
      false,
    );
    if (personName === null || personName === (current ?? '')) return;
    const done = await run(
      () =>
        unwrap(
          api.PUT('/api/t/{tenant}/units/{unitId}/liaisons/{slot}', {
            params: { path: { ...path(unit), slot } },
            body: { personName: personName || null },
          }),
        ),
      {
        ...(personName ? {} : { confirm: t('admin.liaisonClearConfirm', { unit: unit.name }) }),
        done: personName ? t('admin.liaisonNamed', { name: personName }) : t('admin.liaisonCleared'),
      },
    );
    if (done) await reload();
  }

  return { formRef, model, rules, fieldErrors, dialog, openAdd, add, rename, retire, reinstate, nameLiaison };
}
