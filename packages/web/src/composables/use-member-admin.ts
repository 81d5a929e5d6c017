import { ElMessageBox, type FormInstance, type FormRules } from 'element-plus';
import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { api, unwrap } from '../api/client.ts';
import type { paths } from '../api/schema';
import { describeFieldError } from './describe-error.ts';
import { useConfirmedAction } from './use-confirmed-action.ts';
import { useTenantParam } from './use-tenant-param.ts';

export type MemberRole = NonNullable<
  paths['/api/t/{tenant}/members']['post']['requestBody']
>['content']['application/json']['role'];
export const MEMBER_ROLES: readonly MemberRole[] = ['tenant_admin', 'liaison', 'staff', 'leader'];
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export interface InviteModel {
  username: string;
  displayName: string;
  unitId: string;
  role: MemberRole;
}

interface MemberRef {
  readonly id: string;
  readonly displayName: string;
  readonly role: string;
}

function emptyInvite(): InviteModel {
  return { username: '', displayName: '', unitId: '', role: 'staff' };
}

/** The linkage office's changes to people: invite to a unit with a role, change the role, disable or enable. */
export function useMemberAdmin(reload: () => Promise<void>) {
  const { t, locale } = useI18n();
  const tenant = useTenantParam();
  const { run, explain } = useConfirmedAction();
  const formRef = ref<FormInstance>();
  const model = reactive<InviteModel>(emptyInvite());
  const fieldErrors = reactive<Partial<Record<keyof InviteModel, string>>>({});
  const dialog = reactive({ isOpen: false, isSaving: false, error: '' });
  const rules = computed<FormRules<InviteModel>>(() => ({
    username: [
      { required: true, whitespace: true, message: t('admin.required'), trigger: 'blur' },
      { pattern: USERNAME_PATTERN, message: t('admin.usernameInvalid'), trigger: 'blur' },
    ],
    displayName: [{ required: true, whitespace: true, message: t('admin.required'), trigger: 'blur' }],
    unitId: [{ required: true, message: t('admin.required'), trigger: 'change' }],
    role: [{ required: true, message: t('admin.required'), trigger: 'change' }],
  }));
  const path = (member: MemberRef) => ({ tenant: tenant.value, memberId: member.id });

  function clearFieldErrors(): void {
    for (const key of Object.keys(fieldErrors) as (keyof InviteModel)[]) delete fieldErrors[key];
  }

  function openInvite(): void {
    Object.assign(model, emptyInvite());
    Object.assign(dialog, { isOpen: true, error: '' });
    clearFieldErrors();
  }

  async function invite(): Promise<void> {
    if (dialog.isSaving) return;
    clearFieldErrors();
    dialog.error = '';
    if ((await formRef.value?.validate().catch(() => false)) === false) return;
    dialog.isSaving = true;
    try {
      const created = await unwrap(
        api.POST('/api/t/{tenant}/members', {
          params: { path: { tenant: tenant.value } },
          body: { ...model, username: model.username.trim(), displayName: model.displayName.trim() },
        }),
      );
      dialog.isOpen = false;
      await reload();
      // The initial password is shown once; the person changes it at first sign-in.
      await ElMessageBox.alert(
        t('admin.invited', {
          name: created.member.displayName,
          username: created.member.username,
          password: created.initialPassword,
        }),
        t('admin.initialPassword'),
        { confirmButtonText: t('admin.passwordNoted') },
      ).catch(() => undefined);
    } catch (caught) {
      const { text, error } = explain(caught);
      for (const [field, message] of Object.entries(error.fields)) {
        if (field in model)
          fieldErrors[field as keyof InviteModel] = describeFieldError(error, message, t, locale.value);
      }
      if (error.code === 'USERNAME_TAKEN') fieldErrors.username = text;
      dialog.error = text;
    } finally {
      dialog.isSaving = false;
    }
  }

  async function changeRole(member: MemberRef, role: MemberRole): Promise<void> {
    if (role === member.role) return;
    await run(
      () =>
        unwrap(
          api.PATCH('/api/t/{tenant}/members/{memberId}', { params: { path: path(member) }, body: { role } }),
        ),
      {
        confirm: t('admin.roleConfirm', { name: member.displayName, role: t(`roles.${role}`) }),
        done: t('admin.roleChanged', { name: member.displayName }),
      },
    );
    // Reload either way: a cancelled change puts the old role back in the picker.
    await reload();
  }

  async function disable(member: MemberRef): Promise<void> {
    const done = await run(
      () =>
        unwrap(api.POST('/api/t/{tenant}/members/{memberId}/disable', { params: { path: path(member) } })),
      {
        confirm: t('admin.disableConfirm', { name: member.displayName }),
        done: t('admin.disabled', { name: member.displayName }),
      },
    );
    if (done) await reload();
  }

  async function enable(member: MemberRef): Promise<void> {
    const done = await run(
      () => unwrap(api.POST('/api/t/{tenant}/members/{memberId}/enable', { params: { path: path(member) } })),
      { done: t('admin.enabled', { name: member.displayName }) },
    );
    if (done) await reload();
  }

  return { formRef, model, rules, fieldErrors, dialog, openInvite, invite, changeRole, disable, enable };
}
