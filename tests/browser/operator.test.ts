import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/test-server.ts';
import { screenshot, signIn } from './support/browser.ts';
import { useBrowserServer } from './support/browser-server.ts';

/**
 * A provincial operator compares the tenants of their provinces and onboards
 * a county through the wizard: pick the generic plugin, preview what it
 * brings, fix what the form flags, create, and land on the new tenant's home;
 * the new tenant's admin then signs in to it.
 */
describe('the operator console in the browser', () => {
  const running = useBrowserServer();

  it('shows the tenants side by side with their key figures', async () => {
    const { page } = running.browser;
    await signIn(page, 'operator', DEMO_PASSWORD);
    await page.waitForURL('**/platform');
    const cards = page.getByTestId('tenant-cards');
    await cards.locator('[data-tenant="xuyi"]').getByTestId('tenant-figures').getByText('在办事项').waitFor();
    for (const code of ['xuyi', 'suzhou', 'jiangan', 'fanshi', 'xiangan']) {
      expect(await cards.locator(`[data-tenant="${code}"]`).count()).toBe(1);
    }
    // The figures come from the platform dashboard, one request for every tenant.
    const xuyi = await cards.locator('[data-tenant="xuyi"]').getByTestId('tenant-figures').textContent();
    expect(xuyi).toMatch(/在办事项\s*\d+/);
    expect(xuyi).toMatch(/按期回复率\s*(\d+%|—)/);
    await screenshot(page, '30-operator-console');
  });

  it('onboards a county through the wizard and ends on its home', async () => {
    const { page } = running.browser;
    await page.getByTestId('start-onboarding').click();
    await page.waitForURL('**/platform/onboard');
    await page.locator('[data-plugin="generic"]').click();
    await screenshot(page, '31-wizard-plugin');
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('plugin-preview').waitFor();
    expect(await page.getByTestId('plugin-preview').textContent()).toMatch(/成员单位（\d+）/);
    await screenshot(page, '32-wizard-preview');
    await page.getByTestId('wizard-next').click();

    // Submitting empty says next to each field what is missing; nothing is created.
    await page.getByTestId('wizard-create').click();
    const form = page.getByTestId('onboard-form');
    await form.getByText('此项必填').first().waitFor();
    expect(await form.getByText('此项必填').count()).toBeGreaterThanOrEqual(4);
    await page.getByLabel('辖区代码').fill('Bad Code');
    await page.getByLabel('行政区划代码').fill('12');
    await page.getByLabel('管理员用户名').click();
    await form.getByText('辖区代码为 2–40 位小写字母').waitFor();
    await form.getByText('行政区划代码为 6 位数字').waitFor();
    await screenshot(page, '33-wizard-validation');

    await page.getByLabel('辖区名称').fill('洪泽区');
    await page.getByLabel('辖区代码').fill('hongze');
    await page.getByLabel('行政区划代码').fill('320813');
    await page.getByLabel('管理员用户名').fill('hongze-admin');
    await page.getByLabel('初始密码').fill('hongze-initial-1');
    await page.getByLabel('管理员姓名').fill('洪泽区联动办');
    await page.getByTestId('wizard-create').click();
    await page.waitForURL('**/t/hongze');
    await page.getByTestId('home-title').getByText('洪泽区').waitFor();
    await page.getByText(/已开通 洪泽区/).waitFor();
    await screenshot(page, '34-new-tenant-home');

    await page.goto('/platform');
    await page.getByTestId('tenant-cards').locator('[data-tenant="hongze"]').waitFor();
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
  });

  it('lets the new admin sign in to the new tenant only', async () => {
    const { page } = running.browser;
    await signIn(page, 'hongze-admin', 'hongze-initial-1');
    await page.waitForURL('**/t/hongze');
    await page.getByTestId('home-title').getByText('洪泽区').waitFor();
    await page.goto('/platform');
    await page.waitForURL('**/t/hongze');
    await page.goto('/t/xuyi');
    await page.waitForURL('**/t/hongze');
    expect(await page.locator('body').textContent()).not.toContain('盱眙');
  });
});
