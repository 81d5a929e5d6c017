import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appPlugins, flush, json, stubFetch } from '../test/mount-helpers.ts';
import LoginPage from './LoginPage.vue';

/** Element Plus shows a field's error after a short debounce. */
async function settle() {
  for (let i = 0; i < 10; i += 1) await flush();
  await new Promise((resolve) => setTimeout(resolve, 250));
}

describe('LoginPage', () => {
  beforeEach(() => localStorage.clear());

  it('says next to each field what is missing, and sends nothing', async () => {
    const calls = stubFetch(() => json(500, {}));
    const { plugins } = appPlugins();
    const wrapper = mount(LoginPage, { global: { plugins: plugins as never[] }, attachTo: document.body });
    await wrapper.find('form').trigger('submit');
    // Element Plus shows a field's error after a short debounce.
    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((node) => node.text())).toEqual([
        '请输入用户名',
        '请输入密码',
      ]),
    );
    expect(calls).toHaveLength(0);
    wrapper.unmount();
  });

  it('explains a lockout with the time it ends, in Chinese', async () => {
    stubFetch(() =>
      json(423, {
        error: {
          code: 'AUTH_ACCOUNT_LOCKED',
          message: 'locked',
          messageZh: '账号已锁定',
          details: { lockedUntil: '2026-11-24T04:00:00.000Z' },
        },
        requestId: 'r',
      }),
    );
    const { plugins } = appPlugins();
    const wrapper = mount(LoginPage, { global: { plugins: plugins as never[] }, attachTo: document.body });
    await settle();
    await wrapper.find('#login-username').setValue('xuyi-staff');
    await wrapper.find('#login-password').setValue('wrong-password');
    await wrapper.find('form').trigger('submit');
    await settle();
    const alert = wrapper.find('[data-testid="login-error"]');
    expect(alert.text()).toContain('已被临时锁定');
    expect(alert.text()).toContain('12:00');
    wrapper.unmount();
  });

  it('gives every field a label', () => {
    const { plugins } = appPlugins();
    const wrapper = mount(LoginPage, { global: { plugins: plugins as never[] }, attachTo: document.body });
    for (const id of ['login-username', 'login-password']) {
      expect(wrapper.find(`label[for="${id}"]`).exists()).toBe(true);
    }
    wrapper.unmount();
  });
});
