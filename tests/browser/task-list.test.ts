import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, signedIn } from '../support/test-server.ts';
import { screenshot, signIn, signOut } from './support/browser.ts';
import { useBrowserServer } from './support/browser-server.ts';

/**
 * The year's task list in the browser: the office starts the 2022 list from
 * the plugin's template; a liaison files progress on a measure of their unit
 * in the familiar table; the office sees it, records an
 * inspection, marks the measure done, reads completion and exports the sheet.
 */
describe('the task list in the browser', () => {
  const running = useBrowserServer();
  let measureText = '';

  it('lets the office start the 2022 list from the plugin’s template', async () => {
    const { page } = running.browser;
    await signIn(page, 'suzhou-admin', DEMO_PASSWORD);
    await page.waitForURL('**/t/suzhou');
    await page.getByRole('menuitem', { name: '任务清单' }).click();
    await page.getByLabel('年度', { exact: true }).fill('2022');
    await page.getByLabel('年度', { exact: true }).press('Enter');
    const create = page.getByTestId('task-list-create');
    await create.getByText('新建 2022 年任务清单').waitFor();
    // The template made for 2022 is chosen for 2022; its areas show what it brings.
    const template = create.getByRole('radio', { name: /2022年度“府检联动”重点工作任务清单/ });
    expect(await template.isChecked()).toBe(true);
    await create
      .getByTestId('template-preview')
      .getByText(/项任务，\d+ 条措施/)
      .first()
      .waitFor();
    await screenshot(page, '39-task-list-from-template', false);
    await create.getByTestId('create-task-list').click();
    await page.getByText('已新建任务清单').waitFor();
    const table = page.getByTestId('task-list-table');
    await table.locator('tbody tr').first().waitFor();
    await page.getByRole('heading', { name: '2022年度“府检联动”重点工作任务清单' }).waitFor();
    await signOut(page);

    // A measure the demo liaison's unit answers for, to file progress on in the browser.
    const office = await signedIn(running.server, 'suzhou-admin');
    const liaison = await signedIn(running.server, 'suzhou-liaison');
    const me = (await liaison.get('/api/auth/me')).body as { unitId: string };
    const lists = (await office.get('/api/t/suzhou/task-lists?year=2022')).body as {
      taskLists: { id: string }[];
    };
    expect(lists.taskLists).toHaveLength(1);
    const list = (await office.get(`/api/t/suzhou/task-lists/${lists.taskLists[0]?.id}`)).body as {
      areas: { tasks: { measures: { text: string; leadUnitIds: string[]; unitIds: string[] }[] }[] }[];
    };
    const mine = list.areas
      .flatMap((area) => area.tasks.flatMap((task) => task.measures))
      .find((measure) => [...measure.leadUnitIds, ...measure.unitIds].includes(me.unitId));
    expect(mine, 'the liaison’s unit answers for some measure').toBeDefined();
    measureText = mine?.text ?? '';
  });

  it('lets a liaison file progress on their own unit’s measure', async () => {
    const { page } = running.browser;
    await signIn(page, 'suzhou-liaison', DEMO_PASSWORD);
    await page.waitForURL('**/t/suzhou');
    await page.getByRole('menuitem', { name: '任务清单' }).click();
    await page.getByLabel('年度', { exact: true }).fill('2022');
    await page.getByLabel('年度', { exact: true }).press('Enter');
    const table = page.getByTestId('task-list-table');
    await table.locator('tbody tr').first().waitFor();
    for (const header of ['重点任务', '具体措施', '完成时限', '责任单位', '进展情况']) {
      await table.getByRole('columnheader', { name: header }).waitFor();
    }
    const mine = table
      .locator('tr')
      .filter({ hasText: measureText.slice(0, 20) })
      .first();
    const report = mine.getByRole('button', { name: '填报进展' });
    await report.click();
    await page.getByTestId('save-progress').click();
    await page.getByText('请填写进展情况').waitFor();
    await page.getByLabel('进展情况').fill('已召开专题会议部署，完成第一批案件移送。');
    await page.getByTestId('save-progress').click();
    await table.getByText('已召开专题会议部署，完成第一批案件移送。').waitFor();
    await mine.scrollIntoViewIfNeeded();
    await screenshot(page, '40-task-list-liaison', false);
    await signOut(page);
  });

  it('shows the office progress and completion, and records an inspection and completion', async () => {
    const { page } = running.browser;
    await signIn(page, 'suzhou-admin', DEMO_PASSWORD);
    await page.waitForURL('**/t/suzhou');
    await page.getByRole('menuitem', { name: '任务清单' }).click();
    await page.getByLabel('年度', { exact: true }).fill('2022');
    await page.getByLabel('年度', { exact: true }).press('Enter');
    const table = page.getByTestId('task-list-table');
    const row = table.locator('tr').filter({ hasText: '已召开专题会议部署' }).first();
    await row.waitFor();
    await row.getByRole('button', { name: '督导检查' }).click();
    await page.getByLabel('检查发现').fill('进度符合要求，材料齐全。');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByText('检查记录已保存').waitFor();
    await row.getByRole('button', { name: '标记完成' }).click();
    await row.getByText('已完成').waitFor();
    await page.getByTestId('task-completion').getByText('按责任单位').waitFor();
    await screenshot(page, '41-task-list-office', false);

    const download = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    await signOut(page);
  });
});
