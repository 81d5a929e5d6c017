import type { FormRules } from 'element-plus';

export interface LoginModel {
  username: string;
  password: string;
}

type Translate = (key: string) => string;

/** The login form's validation: both fields are required, said in the person's language. */
export function loginRules(t: Translate): FormRules<LoginModel> {
  return {
    username: [{ required: true, whitespace: true, message: t('login.usernameRequired'), trigger: 'blur' }],
    password: [{ required: true, message: t('login.passwordRequired'), trigger: 'blur' }],
  };
}
