import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MatterCreateModel } from '../../components/matter-create/matter-create-form.ts';
import { useSessionStore } from '../../stores/session.ts';
import { ruleFixture } from '../../test/matter-rule-fixture.ts';
import { appPlugins, flush, json, stubFetch } from '../../test/mount-helpers.ts';
import MatterNewPage from './MatterNewPage.vue';

const RULES = {
  ruleVersion: 'fanshi@1.0.0',
  rules: [
    ruleFixture(),
    ruleFixture({ key: 'notMine', name: '不可发起', canCreate: false }),
    ruleFixture({
      key: 'clue',
      type: 'clueTransfer',
      typeName: { zh: '线索移送', en: 'Clue transfer' },
      name: '移送案件线索',
      from: [{ key: 'procuratorate', name: '县人民检察院' }],
      to: [],
      copyTo: [],
      needs: { decidedOn: false, periodEnd: false, urgentPeriod: false },
    }),
  ],
};
const unit = (key: string, name: string, status = 'active') => ({
  id: `id-${key}`,
  key,
  name,
  aliases: [],
  kind: 'department',
  isMember: true,
  sectors: [],
  roles: [],
  status,
  liaisons: [],
});
const UNITS = {
  units: [
    unit('procuratorate', '县人民检察院'),
    unit('police', '县公安局'),
    unit('tax', '县税务局'),
    unit('old', '县粮食局', 'retired'),
  ],
};

async function settle() {
  for (let i = 0; i < 10; i += 1) await flush();
}

/** The page at /t/fanshi/matters/new for the linkage office, answering from `handler`. */
async function mountPage(handler: (request: Request) => Response) {
  const calls = stubFetch((request) =>
    request.url.endsWith('/matter-rules')
      ? json(200, RULES)
      : request.url.endsWith('/units')
        ? json(200, UNITS)
        : handler(request),
  );
  const { plugins, router } = appPlugins();
  useSessionStore().me = { role: 'tenant_admin', isOperator: false } as never;
  await router.push('/t/fanshi/matters/new');
  const wrapper = mount(MatterNewPage, { global: { plugins: plugins as never[] }, attachTo: document.body });
  await settle();
  const model = (wrapper.vm as unknown as { model: MatterCreateModel }).model;
  const errors = () =>
    Object.fromEntries(
      wrapper
        .findAll('.el-form-item')
        .filter((item) => item.find('.el-form-item__error').exists())
        .map((item) => [item.find('label').text(), item.find('.el-form-item__error').text()]),
    );
  return { wrapper, model, calls, router, errors };
}

describe('MatterNewPage', () => {
  beforeEach(() => localStorage.clear());

  it('says next to each field what is missing, and sends nothing', async () => {
    const { wrapper, calls, errors } = await mountPage(() => json(500, {}));
    await wrapper.find('form').trigger('submit');
    await vi.waitFor(() => expect(errors()).toEqual({ 事项规则: '请选择事项规则', 标题: '请输入标题' }));
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);
    wrapper.unmount();
  });

  it('asks for what the chosen rule needs: the decision date, a recipient, an urgent period', async () => {
    const { wrapper, model, calls, errors } = await mountPage(() => json(500, {}));
    model.ruleKey = 'opinion';
    await settle();
    expect(wrapper.find('[data-testid="rule-preview"]').text()).toContain('县司法局、县委（系统外）');
    expect(wrapper.findAll('#matter-rule').length).toBe(1);
    model.title = '对张某的检察意见';
    model.toUnitKeys = [];
    model.isUrgent = true;
    await settle();
    await wrapper.find('form').trigger('submit');
    await vi.waitFor(() =>
      expect(errors()).toEqual({
        接收单位: '请至少选择一个接收单位',
        决定日期: '请填写决定日期',
        加急期限: '请填写加急期限（正整数）',
      }),
    );
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);
    wrapper.unmount();
  });

  it("shows the server's field errors next to the fields and keeps one idempotency key", async () => {
    const { wrapper, model, calls, errors } = await mountPage(() =>
      json(400, {
        error: {
          code: 'MATTER_URGENT_INVALID',
          message: 'The urgent period is not allowed by the rules.',
          messageZh: '加急期限不符合规则。',
          fields: [{ path: 'body.urgentPeriod', message: 'the urgent period may not end before 2026-03-05' }],
        },
        requestId: 'r1',
      }),
    );
    model.ruleKey = 'opinion';
    await settle();
    Object.assign(model, {
      title: '对张某的检察意见',
      decidedOn: '2026-03-02',
      isUrgent: true,
      urgentAmount: 1,
    });
    await settle();
    await wrapper.find('form').trigger('submit');
    await vi.waitFor(() => expect(errors()).toEqual({ 加急期限: '加急期限不符合规则。' }));
    expect(wrapper.find('[role="alert"]').text()).toContain('加急期限不符合规则。');
    await wrapper.find('form').trigger('submit');
    await settle();
    const posts = calls.filter((call) => call.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0]?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts[1]?.headers.get('idempotency-key')).toBe(posts[0]?.headers.get('idempotency-key'));
    expect(await posts[0]?.json()).toMatchObject({
      ruleKey: 'opinion',
      fromUnitKey: 'procuratorate',
      toUnitKeys: ['township', 'police'],
      decidedOn: '2026-03-02',
      urgentPeriod: { kind: 'calendarDays', days: 1 },
      send: true,
    });
    wrapper.unmount();
  });

  it('opens the new matter when it is created', async () => {
    const { wrapper, model, router } = await mountPage(() => json(201, { id: 'm-1' }));
    model.ruleKey = 'opinion';
    await settle();
    Object.assign(model, { title: '对张某的检察意见', decidedOn: '2026-03-02' });
    await settle();
    await wrapper.find('[data-testid="matter-save-draft"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/t/fanshi/matters/m-1'));
    wrapper.unmount();
  });

  it('lets the sender choose any active unit when the rule names no recipient', async () => {
    const { wrapper, model, calls, errors } = await mountPage(() => json(201, { id: 'm-2' }));
    model.ruleKey = 'clue';
    await settle();
    expect(wrapper.find('[data-testid="preview-recipients"]').text()).toBe('由发起人选择');
    const unitNames = new Set(UNITS.units.map((u) => u.name));
    const options = [...document.querySelectorAll('.el-select-dropdown__item')]
      .map((node) => node.textContent ?? '')
      .filter((name) => unitNames.has(name));
    // Not the sender itself, nor a retired unit.
    expect(options).toEqual(['县公安局', '县税务局']);
    model.title = '关于某公司涉嫌偷税的线索';
    await settle();
    await wrapper.find('form').trigger('submit');
    await vi.waitFor(() => expect(errors()).toEqual({ 接收单位: '请至少选择一个接收单位' }));
    model.toUnitKeys = ['tax'];
    await settle();
    await wrapper.find('form').trigger('submit');
    await vi.waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1));
    const post = calls.find((call) => call.method === 'POST');
    expect(await post?.json()).toEqual({
      ruleKey: 'clue',
      title: '关于某公司涉嫌偷税的线索',
      toUnitKeys: ['tax'],
      send: true,
    });
    wrapper.unmount();
  });
});
