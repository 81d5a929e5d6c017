import type { FormItemRule, FormRules } from 'element-plus';
import type { OnboardBody } from '../../api/types.ts';

/** What the operator types in the wizard's third step. */
export interface OnboardingModel {
  code: string;
  name: string;
  divisionCode: string;
  adminUsername: string;
  adminPassword: string;
  adminDisplayName: string;
}

type Translate = (key: string) => string;

export const CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const DIVISION_PATTERN = /^\d{6}$/;

export function emptyOnboardingModel(): OnboardingModel {
  return { code: '', name: '', divisionCode: '', adminUsername: '', adminPassword: '', adminDisplayName: '' };
}

function pattern(regex: RegExp, message: string): FormItemRule {
  return { pattern: regex, message, trigger: 'blur' };
}

/** The same checks the server makes, so mistakes show next to the field before sending. */
export function onboardingRules(t: Translate, needsDivisionCode: boolean): FormRules<OnboardingModel> {
  const required = (trigger = 'blur'): FormItemRule => ({
    required: true,
    whitespace: true,
    message: t('onboard.required'),
    trigger,
  });
  return {
    code: [required(), pattern(CODE_PATTERN, t('onboard.codeInvalid'))],
    name: [required()],
    divisionCode: [
      ...(needsDivisionCode ? [required()] : []),
      pattern(DIVISION_PATTERN, t('onboard.divisionInvalid')),
    ],
    adminUsername: [required(), pattern(USERNAME_PATTERN, t('onboard.usernameInvalid'))],
    adminPassword: [required(), { min: 10, message: t('onboard.passwordShort'), trigger: 'blur' }],
  };
}

/** The request body for `POST /api/platform/tenants`. */
export function toOnboardBody(pluginId: string, model: OnboardingModel): OnboardBody {
  const displayName = model.adminDisplayName.trim();
  const divisionCode = model.divisionCode.trim();
  return {
    code: model.code.trim(),
    name: model.name.trim(),
    pluginId,
    ...(divisionCode ? { divisionCode } : {}),
    admin: {
      username: model.adminUsername.trim(),
      password: model.adminPassword,
      ...(displayName ? { displayName } : {}),
    },
  };
}

/** Maps the server's field paths (`admin.username`) to the model's fields. */
export function fieldOfPath(path: string): keyof OnboardingModel | null {
  const map: Record<string, keyof OnboardingModel> = {
    code: 'code',
    name: 'name',
    divisionCode: 'divisionCode',
    'admin.username': 'adminUsername',
    'admin.password': 'adminPassword',
    'admin.displayName': 'adminDisplayName',
  };
  return map[path] ?? null;
}
