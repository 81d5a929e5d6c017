/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../support/test-server.ts';
import { type Browser, openBrowser, signIn } from './support/browser.ts';
import { ensureWebBuilt } from './support/web-build.ts';

/**
 * Every form field on every main page has a name a screen reader can say (a label,
 * aria-label or aria-labelledby), and no page is wider than a 375 px phone.
 */
describe('form fields are labelled, and pages fit a phone', () => {
  let server: TestServer;
  let desktop: Browser;
  let phone: Browser;

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startTestServer({ serveWeb: true });
    desktop = await openBrowser(server.url);
    phone = await openBrowser(server.url, { width: 375, height: 740 });
  }, 240_000);

  afterAll(async () => {
    await desktop?.close();
    await phone?.close();
    await server?.close();
  });

  /** Describes each visible form control without an accessible name. */
  function unlabelled(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const selector =
        'input:not([type=hidden]), textarea, select, [role=combobox], [role=textbox], [role=spinbutton], [role=switch], [role=slider]';
      const visible = (element: Element) => element.getClientRects().length > 0;
      const text = (element: Element | null) => (element?.textContent ?? '').trim();
      const named = (element: Element): boolean => {
        if ((element.getAttribute('aria-label') ?? '').trim()) return true;
        const labelledBy = element.getAttribute('aria-labelledby');
        if (labelledBy?.split(/\s+/).some((id) => text(document.getElementById(id)))) return true;
        if (element.id && text(document.querySelector(`label[for="${CSS.escape(element.id)}"]`))) return true;
        if (text(element.closest('label'))) return true;
        return (element.getAttribute('title') ?? '').trim() !== '';
      };
      return [...document.querySelectorAll(selector)]
        .filter((element) => visible(element) && !element.closest('[aria-hidden="true"]'))
        .filter((element) => !named(element))
        .map((element) => {
          const where = element.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
          const hint = element.getAttribute('placeholder') ?? element.getAttribute('name') ?? '';
          return `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} “${hint}” in ${where || 'page'}`;
        });
    });
  }

  async function check(page: Page, path: string, ready: (page: Page) => Promise<unknown>) {
    await page.goto(path);
    await ready(page);
    expect(await unlabelled(page), path).toEqual([]);
  }

  const office = [
    ['/t/suzhou', (page: Page) => page.getByTestId('home-title').waitFor()],
    ['/t/suzhou/matters', (page: Page) => page.locator('h1').first().waitFor()],
    ['/t/suzhou/matters/new', (page: Page) => page.locator('form').first().waitFor()],
    ['/t/suzhou/task-list', (page: Page) => page.locator('h1').first().waitFor()],
    ['/t/suzhou/meetings', (page: Page) => page.locator('h1').first().waitFor()],
    ['/t/suzhou/units', (page: Page) => page.getByTestId('units-table').waitFor()],
    ['/t/suzhou/members', (page: Page) => page.getByTestId('members-table').waitFor()],
    ['/t/suzhou/settings', (page: Page) => page.locator('h1').first().waitFor()],
    ['/t/suzhou/audit', (page: Page) => page.getByTestId('audit-table').waitFor()],
  ] as const;

  it('names every field of the login page and the linkage office’s pages', async () => {
    const { page } = desktop;
    await page.goto('/login');
    await page.getByLabel('用户名').waitFor();
    expect(await unlabelled(page)).toEqual([]);
    // The check itself finds a field nobody named.
    await page.evaluate(() => {
      const stray = document.createElement('input');
      stray.placeholder = 'stray';
      document.body.append(stray);
    });
    expect(await unlabelled(page)).toEqual(['input “stray” in page']);
    await signIn(page, 'suzhou-admin', DEMO_PASSWORD);
    await page.waitForURL('**/t/suzhou');
    for (const [path, ready] of office) await check(page, path, ready);
  }, 180_000);

  it('names every field of the operator console and the onboarding wizard', async () => {
    const { page } = desktop;
    await signIn(page, 'operator', DEMO_PASSWORD);
    await page.waitForURL('**/platform');
    await check(page, '/platform', (current) => current.locator('h1').first().waitFor());
    await check(page, '/platform/onboard', (current) => current.locator('h1').first().waitFor());
  });

  it('fits every page of the linkage office in 375 px without sideways scrolling', async () => {
    const { page } = phone;
    await signIn(page, 'suzhou-admin', DEMO_PASSWORD);
    await page.waitForURL('**/t/suzhou');
    const wider: string[] = [];
    for (const [path, ready] of office) {
      await page.goto(path);
      await ready(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 376) wider.push(`${path}: ${width}px`);
    }
    expect(wider).toEqual([]);
  }, 180_000);
});
