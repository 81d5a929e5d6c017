import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/test-server.ts';
import { screenshot, signIn, signOut } from './support/browser.ts';
import { useBrowserServer } from './support/browser-server.ts';

/**
 * Meetings in the browser: the office schedules the year from the series'
 * cadences; a liaison proposes an agenda item and subscribes to the calendar;
 * the office accepts the item, records minutes and turns a decision into a task.
 */
describe('meetings in the browser', () => {
  const running = useBrowserServer();

  it('lets the office schedule the year', async () => {
    const { page } = running.browser;
    await signIn(page, 'xuyi-admin', DEMO_PASSWORD);
    await page.waitForURL('**/t/xuyi');
    await page.getByRole('menuitem', { name: '会议' }).click();
    await page.getByTestId('schedule-year').click();
    await page.getByTestId('meetings-table').locator('tbody tr').first().waitFor();
    await screenshot(page, '50-meetings-list', false);
    await page.getByRole('radio', { name: '日历' }).click({ force: true });
    await page.getByTestId('meetings-calendar').waitFor();
    await screenshot(page, '51-meetings-calendar', false);
    await signOut(page);
  });

  it('lets a liaison propose an agenda item and subscribe to the calendar', async () => {
    const { page } = running.browser;
    await signIn(page, 'xuyi-liaison', DEMO_PASSWORD);
    await page.waitForURL('**/t/xuyi');
    await page.getByRole('menuitem', { name: '会议' }).click();
    // The year's last meeting is still ahead, so it takes agenda proposals.
    const first = page.getByTestId('meetings-table').locator('tbody tr').last();
    await first.waitFor();
    await first.getByRole('button').first().click();
    await page.getByLabel('议题名称').fill('研究行政执法与检察监督衔接中的证据移送问题');
    await page.getByRole('button', { name: '提出议题' }).click();
    await page.getByTestId('agenda-items').getByText('研究行政执法与检察监督衔接中的证据移送问题').waitFor();
    await screenshot(page, '52-meeting-agenda-liaison');
    await page.keyboard.press('Escape');
    await page.getByTestId('subscribe').click();
    const feed = await page.getByTestId('feed-url').locator('code').textContent();
    expect(feed).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/.+\.ics$/);
    const ics = await fetch(feed ?? '');
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    await signOut(page);
  });

  it('lets the office accept the item, record minutes and turn a decision into a task', async () => {
    const { page } = running.browser;
    await signIn(page, 'xuyi-admin', DEMO_PASSWORD);
    await page.waitForURL('**/t/xuyi');
    await page.getByRole('menuitem', { name: '会议' }).click();
    // The year's last meeting is still ahead, so it takes agenda proposals.
    const first = page.getByTestId('meetings-table').locator('tbody tr').last();
    await first.getByRole('button').first().click();
    const agenda = page.getByTestId('agenda-items');
    await agenda.getByText('研究行政执法与检察监督衔接中的证据移送问题').waitFor();
    await agenda.getByRole('button', { name: '采纳', exact: true }).click();
    await agenda.getByText('已采纳').waitFor();
    await page.getByLabel('会议纪要').fill('会议听取了各成员单位工作汇报，研究了证据移送问题。');
    await page.getByRole('button', { name: '保存纪要' }).click();
    await page.getByText('纪要已保存').waitFor();
    await page.getByLabel('决议内容').fill('由县司法局牵头制定证据移送工作指引。');
    await page
      .locator('.el-select')
      .filter({ has: page.locator('#decision-units') })
      .click();
    await page.getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '记为决议并交办' }).click();
    await page.getByTestId('decisions').getByText('由县司法局牵头制定证据移送工作指引。').waitFor();
    await screenshot(page, '53-meeting-office');
  });
});
