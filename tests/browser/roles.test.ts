import { ManualClock } from '@liandong/server';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/test-server.ts';
import { openBrowser, screenshot, signIn, signOut } from './support/browser.ts';
import { useBrowserServer } from './support/browser-server.ts';

/**
 * County staff in the browser: each role signs in, sees its own tenant's pages
 * (the linkage office sees more), never another tenant's, and signs out; the
 * session renews itself when the access token expires and says so when it ends.
 */
describe('county staff in the browser', () => {
  const clock = new ManualClock(new Date());
  const running = useBrowserServer({ clock });

  it('signs in with the keyboard, shows the linkage office its tenant, and signs out', async () => {
    const { page } = running.browser;
    await page.goto('/');
    await page.waitForURL('**/login');
    await expect(page.getByRole('heading', { name: /府检联动工作平台/ })).toBeTruthy();
    await screenshot(page, '01-login');

    await signIn(page, 'xuyi-admin', DEMO_PASSWORD);
    await page.waitForURL('**/t/xuyi');
    await page.getByTestId('home-title').waitFor();
    expect(await page.getByTestId('home-title').textContent()).toContain('盱眙');
    expect(await page.getByTestId('current-user').textContent()).toContain('联动办');
    await page.getByTestId('home-pending').getByText('暂无待办事项').waitFor();
    await screenshot(page, '02-home-linkage-office');

    await page.getByRole('menuitem', { name: '成员单位' }).click();
    await page.getByTestId('units-table').getByText('县人民检察院').first().waitFor();
    await screenshot(page, '03-units');

    await page.getByRole('menuitem', { name: '用户与角色' }).click();
    await page.getByTestId('members-table').getByText('联络员').first().waitFor();
    await screenshot(page, '04-members');

    await page.getByRole('menuitem', { name: '操作日志' }).click();
    await page.getByTestId('audit-table').locator('tbody tr').first().waitFor();
    await screenshot(page, '05-audit');
    // The filter asks the server, so it searches the whole log, not the page on screen.
    await page.getByLabel('按操作人筛选').fill('无此操作人');
    await page.getByTestId('empty-state').waitFor();
    await page.getByLabel('按操作人筛选').fill('');
    await page.getByTestId('audit-table').locator('tbody tr').first().waitFor();

    await page.getByRole('menuitem', { name: '统计分析' }).click();
    await page.getByTestId('chart-units').locator('canvas').waitFor();
    await screenshot(page, '06-dashboard');

    await page.getByRole('menuitem', { name: '事项' }).click();
    await page.getByTestId('empty-state').getByText('暂无事项').waitFor();

    await signOut(page);
    await page.getByTestId('login-notice').getByText('您已安全退出').waitFor();
  });

  it('shows liaisons, staff and leaders their own pages only, and never another tenant', async () => {
    const { page } = running.browser;
    for (const role of ['liaison', 'staff', 'leader'] as const) {
      await signIn(page, `xuyi-${role}`, DEMO_PASSWORD);
      await page.waitForURL('**/t/xuyi');
      await page.getByTestId('home-title').waitFor();
      expect(await page.getByRole('menuitem', { name: '用户与角色' }).count()).toBe(0);
      expect(await page.getByRole('menuitem', { name: '操作日志' }).count()).toBe(0);
      // The dashboard is the office's and the leaders' (the server refuses it to others).
      expect(await page.getByRole('menuitem', { name: '统计分析' }).count()).toBe(role === 'leader' ? 1 : 0);
      await screenshot(page, `07-home-${role}`);

      // A linkage-office page and another tenant's page both land back on my own home.
      await page.goto('/t/xuyi/members');
      await page.waitForURL('**/t/xuyi');
      await page.goto('/t/suzhou/units');
      await page.waitForURL('**/t/xuyi');
      await page.getByTestId('home-title').waitFor();
      expect(await page.locator('body').textContent()).not.toContain('宿州');
      await signOut(page);
    }
  });

  it('renews an expired access token silently, and says so when the session has ended', async () => {
    const { page } = running.browser;
    await signIn(page, 'xuyi-staff', DEMO_PASSWORD);
    await page.getByTestId('home-title').waitFor();

    clock.advance(16 * 60_000); // past the access token's 15 minutes
    await page.getByRole('menuitem', { name: '成员单位' }).click();
    await page.getByTestId('units-table').locator('tbody tr').first().waitFor();

    clock.advance(31 * 24 * 3_600_000); // past the refresh token's 30 days
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.waitForURL(/\/login\?redirect=/);
    await page.getByTestId('login-notice').getByText('登录已过期，请重新登录').waitFor();
    await screenshot(page, '08-login-expired');

    // Signing in again goes back where the person was heading.
    await page.getByLabel('用户名').fill('xuyi-staff');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/t/xuyi');
    await signOut(page);
  });

  it('says clearly when the password is wrong and when the account is locked', async () => {
    const { page } = running.browser;
    await signIn(page, 'fanshi-staff', 'not-the-password');
    await page.getByTestId('login-error').getByText('用户名或密码不正确').waitFor();
    for (let attempt = 2; attempt <= 6; attempt += 1) {
      await page.getByLabel('密码', { exact: true }).fill('not-the-password');
      const answered = page.waitForResponse('**/api/auth/login');
      await page.getByRole('button', { name: '登录' }).click();
      await answered;
    }
    await page.getByTestId('login-error').getByText('已被临时锁定').waitFor();
    const text = await page.getByTestId('login-error').textContent();
    expect(text).toMatch(/请于 .+ 之后再试/);
    expect(text).not.toContain('{');
    await screenshot(page, '09-login-locked');
  });

  it('is usable 375 px wide', async () => {
    const mobile = await openBrowser(running.server.url, { width: 375, height: 740 });
    try {
      const { page } = mobile;
      await signIn(page, 'xuyi-liaison', DEMO_PASSWORD);
      await page.getByTestId('home-title').waitFor();
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, '10-mobile-home');
      await page.getByRole('button', { name: '菜单' }).click();
      await page.getByRole('menuitem', { name: '成员单位' }).last().click();
      await page.getByTestId('units-table').locator('tbody tr').first().waitFor();
      await screenshot(page, '11-mobile-units');

      // The new-matter form: one column, every field reachable, nothing wider than the phone.
      await page.goto('/t/xuyi/matters/new');
      await page.getByLabel('事项规则').click();
      await page.getByRole('option').first().click();
      await page.getByTestId('rule-preview').waitFor();
      await page.getByLabel('标题').fill('关于某事项的移送');
      expect(
        await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
      ).toBeLessThanOrEqual(0);
      await screenshot(page, '12-mobile-matter-new');
    } finally {
      await mobile.close();
    }
  });
});
