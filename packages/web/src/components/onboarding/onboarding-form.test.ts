import { mount } from '@vue/test-utils';
import { ElForm, ElFormItem, ElInput } from 'element-plus';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, reactive, ref } from 'vue';
import { zhCN } from '../../i18n/zh-CN.ts';
import { emptyOnboardingModel, fieldOfPath, onboardingRules, toOnboardBody } from './onboarding-form.ts';

const t = (key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], zhCN) as string;

/** The wizard's form, reduced to its fields and rules. */
function mountForm(needsDivisionCode: boolean, values: Partial<ReturnType<typeof emptyOnboardingModel>>) {
  const form = ref<InstanceType<typeof ElForm>>();
  const model = reactive({ ...emptyOnboardingModel(), ...values });
  const fields = ['name', 'code', 'divisionCode', 'adminUsername', 'adminPassword'] as const;
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(ElForm, { ref: form, model, rules: onboardingRules(t, needsDivisionCode) }, () =>
          fields.map((field) =>
            h(ElFormItem, { prop: field, label: field, 'data-field': field }, () =>
              h(ElInput, {
                modelValue: model[field],
                'onUpdate:modelValue': (v: string) => (model[field] = v),
              }),
            ),
          ),
        ),
    }),
    { attachTo: document.body },
  );
  return { wrapper, form };
}

async function expectErrors(
  needsDivisionCode: boolean,
  values: Partial<ReturnType<typeof emptyOnboardingModel>>,
  expected: Record<string, string>,
) {
  const { wrapper, form } = mountForm(needsDivisionCode, values);
  await form.value?.validate().catch(() => false);
  const errorsNow = () => {
    const errors: Record<string, string> = {};
    for (const item of wrapper.findAll('[data-field]')) {
      const error = item.find('.el-form-item__error');
      if (error.exists()) errors[item.attributes('data-field') ?? ''] = error.text();
    }
    return errors;
  };
  // Element Plus shows a field's error after a short debounce: wait for it, then check it stays.
  await vi.waitFor(() => expect(errorsNow()).toEqual(expected));
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(errorsNow()).toEqual(expected);
  wrapper.unmount();
}

describe('the onboarding form', () => {
  it('marks every required field when nothing is entered', async () => {
    await expectErrors(
      true,
      {},
      {
        name: '此项必填',
        code: '此项必填',
        divisionCode: '此项必填',
        adminUsername: '此项必填',
        adminPassword: '此项必填',
      },
    );
  });

  it('explains malformed codes, usernames and short passwords next to the field', async () => {
    await expectErrors(
      false,
      { name: '新县', code: 'X1', divisionCode: '12345', adminUsername: 'A', adminPassword: 'short' },
      {
        code: zhCN.onboard.codeInvalid,
        divisionCode: zhCN.onboard.divisionInvalid,
        adminUsername: zhCN.onboard.usernameInvalid,
        adminPassword: zhCN.onboard.passwordShort,
      },
    );
  });

  it('accepts a complete form, and the division code is optional for a charter plugin', async () => {
    await expectErrors(
      false,
      { name: '新县', code: 'xinxian', adminUsername: 'xinxian-admin', adminPassword: 'long-enough-1' },
      {},
    );
  });

  it('sends what the API expects and maps its field paths back', () => {
    const body = toOnboardBody('generic', {
      ...emptyOnboardingModel(),
      code: ' xinxian ',
      name: '新县',
      divisionCode: '320830',
      adminUsername: 'xinxian-admin',
      adminPassword: 'long-enough-1',
    });
    expect(body).toEqual({
      code: 'xinxian',
      name: '新县',
      pluginId: 'generic',
      divisionCode: '320830',
      admin: { username: 'xinxian-admin', password: 'long-enough-1' },
    });
    expect(fieldOfPath('admin.username')).toBe('adminUsername');
    expect(fieldOfPath('unknown')).toBeNull();
  });
});
