import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defaultChoice, EMPTY_CHOICE } from '../../composables/use-task-list-create.ts';
import { appPlugins, flush, json, stubFetch } from '../../test/mount-helpers.ts';
import TaskListCreate from './TaskListCreate.vue';

const template = (key: string, year: number | null) => ({
  key,
  title: `${year ?? '通用'}年度重点工作任务清单`,
  year,
  theme: null,
  areas: [{ no: '一', title: '重大改革推进方面', tasks: 3, measures: 14 }],
  source: '附件',
});

async function settle() {
  for (let i = 0; i < 10; i += 1) await flush();
}

describe('starting a year’s task list', () => {
  it('picks the template made for the year, else one for any year, else an empty list', () => {
    const templates = [template('any', null), template('y2022', 2022)];
    expect(defaultChoice(templates, 2022)).toBe('y2022');
    expect(defaultChoice(templates, 2026)).toBe('any');
    expect(defaultChoice([template('y2022', 2022)], 2026)).toBe(EMPTY_CHOICE);
  });

  it('shows what the template brings and creates the list from it', async () => {
    const calls = stubFetch((request) =>
      request.method === 'POST'
        ? json(201, { id: 'list-1' })
        : json(200, { templates: [template('y2022', 2022)] }),
    );
    const { plugins, router } = appPlugins();
    await router.push('/t/suzhou/task-list');
    const wrapper = mount(TaskListCreate, {
      props: { year: 2022 },
      global: { plugins: plugins as never[] },
      attachTo: document.body,
    });
    await settle();
    expect(wrapper.find('[data-testid="template-preview"]').text()).toContain('3 项任务，14 条措施');
    await wrapper.find('[data-testid="create-task-list"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.emitted('created')).toEqual([['list-1']]));
    const post = calls.find((call) => call.method === 'POST');
    expect(await post?.json()).toEqual({ year: 2022, templateKey: 'y2022' });
    wrapper.unmount();
  });
});
