import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../support/test-server.ts';
import { type Browser, openBrowser, screenshot, signIn, signOut } from './support/browser.ts';
import { ensureWebBuilt } from './support/web-build.ts';

/**
 * A matter in the browser: the linkage office files the procuratorate's
 * opinion through the new-matter form; the township liaison finds it on the
 * home page with its light, reads why the date is what it is,
 * receives and answers it, and comments; the linkage office then sees the
 * timeline, and a leader sees the matter with nothing to do.
 */
describe('a matter answered in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let matterId = '';
  const clock = new ManualClock('2026-03-02T02:00:00Z');

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startTestServer({ serveWeb: true, clock });
    browser = await openBrowser(server.url);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the linkage office file the opinion through the form, with its checks and the rule explained', async () => {
    const { page } = browser;
    await signIn(page, 'fanshi-admin', DEMO_PASSWORD);
    await page.waitForURL('**/t/fanshi');
    await page.getByRole('menuitem', { name: '事项' }).click();
    await page.getByTestId('matter-new').click();
    await page.waitForURL('**/t/fanshi/matters/new');

    // Nothing chosen: the form says what is missing next to each field and sends nothing.
    await page.getByTestId('matter-send').click();
    await page.getByText('请选择事项规则').waitFor();
    await page.getByText('请输入标题').waitFor();

    await page.getByLabel('事项规则').click();
    await page.getByRole('option', { name: '对被不起诉人给予行政处罚的检察意见' }).click();
    const preview = page.getByTestId('rule-preview');
    await preview.getByText('自不起诉决定作出之日起三日内', { exact: false }).waitFor();
    expect(await preview.getByTestId('preview-copy-to').textContent()).toContain('司法');
    await page.getByLabel('标题').fill('对张某不起诉后给予行政处罚的检察意见');
    await page
      .getByLabel('内容摘要（可选）')
      .fill('建议对张某的违法行为依法给予行政处罚，并于两个月内书面回复。');
    await page.getByTestId('matter-send').click();
    await page.getByText('请填写决定日期').waitFor();
    await page.getByLabel('决定日期').fill('2026-03-02');
    await screenshot(page, '19-matter-new-form');

    // A double click files one matter: the button locks and the idempotency key is the same.
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/t/fanshi/matters')) {
        posts.push(request.headers()['idempotency-key'] ?? '');
      }
    });
    await page.getByTestId('matter-send').dblclick();
    await page.waitForURL(/\/t\/fanshi\/matters\/[0-9a-f-]{36}$/);
    matterId = page.url().split('/').pop() ?? '';
    await page.getByTestId('matter-title').waitFor();
    expect(await page.getByTestId('matter-state').textContent()).toBe('已发出');
    expect(new Set(posts).size).toBe(1);
    expect(posts[0]).toMatch(/^[0-9a-f-]{36}$/);
    await screenshot(page, '19b-matter-created');
    await signOut(page);
  });

  it('shows the liaison the matter on the home page, why it is due then, and lets them receive and reply', async () => {
    const { page } = browser;
    await signIn(page, 'fanshi-liaison', DEMO_PASSWORD);
    await page.waitForURL('**/t/fanshi');
    const pending = page.getByTestId('home-pending');
    await pending.getByText('对张某不起诉后给予行政处罚的检察意见').waitFor();
    expect(await pending.locator('[data-light]').first().getAttribute('data-light')).toMatch(
      /green|blue|yellow|red/,
    );
    await screenshot(page, '20-home-with-matter');

    await pending.getByText('对张某不起诉后给予行政处罚的检察意见').click();
    await page.waitForURL(`**/t/fanshi/matters/${matterId}`);
    await page.getByTestId('matter-title').waitFor();
    expect(await page.getByTestId('matter-state').textContent()).toBe('已发出');
    const serve = page.getByTestId('matter-clock').filter({ hasText: '3日内' });
    await serve.getByText('为什么是这一天').waitFor();
    expect(await serve.textContent()).toContain('期满日为2026-03-05');
    await screenshot(page, '21-matter-detail-sent');

    const actions = page.getByTestId('matter-actions');
    // Only the recipient's side (receive, or send it back); never the sender's withdraw or close.
    expect(
      await actions
        .locator('[data-action]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action'))),
    ).toEqual(['receive', 'return']);
    await actions.getByRole('button', { name: '签收' }).click();
    await page.getByTestId('confirm-action').click();
    await page.getByTestId('matter-state').getByText('已签收').waitFor();

    await actions.getByRole('button', { name: '回复' }).click();
    await page.getByLabel('办理说明（可选）').fill('已依法立案处罚，处罚决定书随后报送。');
    await page.getByTestId('confirm-action').click();
    await page.getByTestId('matter-state').getByText('已回复').waitFor();

    await page.getByLabel('写下意见或补充说明').fill('处罚决定书已于今日送达当事人。');
    await page.getByRole('button', { name: '发表' }).click();
    await page.getByTestId('matter-comments').getByText('处罚决定书已于今日送达当事人。').waitFor();
    await page.getByTestId('matter-timeline').getByText('回复').waitFor();

    // Files: the server judges the type by content and says so in words; an accepted one downloads.
    const files = page.getByTestId('matter-attachments');
    await files.getByTestId('attachment-input').setInputFiles({
      name: '处罚决定书.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]),
    });
    await files.getByRole('alert').getByText('仅接受 PDF、PNG、JPEG、DOCX/XLSX 和纯文本文件').waitFor();
    await files.getByTestId('attachment-input').setInputFiles({
      name: '处罚决定书.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('繁峙县某镇人民政府行政处罚决定书\n当事人：张某\n', 'utf8'),
    });
    const file = files.getByRole('button', { name: /处罚决定书/ });
    await file.waitFor();
    expect(await files.getByRole('alert').count()).toBe(0);
    const download = page.waitForEvent('download');
    await file.click();
    expect((await download).suggestedFilename()).toMatch(/处罚决定书/);
    await screenshot(page, '22-matter-detail-replied');
    await signOut(page);
  });

  it('lists the matter for the linkage office with filters and a saved view', async () => {
    const { page } = browser;
    await signIn(page, 'fanshi-admin', DEMO_PASSWORD);
    await page.waitForURL('**/t/fanshi');
    await page.getByRole('menuitem', { name: '事项' }).click();
    const table = page.getByTestId('matters-table');
    const stateFilter = page.locator('.el-select').filter({ has: page.locator('#matter-filter-state') });
    await table.getByText('对张某不起诉后给予行政处罚的检察意见').waitFor();

    await stateFilter.click();
    await page.getByRole('option', { name: '已办结' }).click();
    await page.getByText('没有符合条件的事项').waitFor();
    await stateFilter.click();
    await page.getByRole('option', { name: '已回复' }).click();
    await table.getByText('对张某不起诉后给予行政处罚的检察意见').waitFor();

    await page.getByTestId('save-view').click();
    await page.getByRole('dialog').getByRole('textbox').fill('待评估');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: '待评估' }).waitFor();
    await screenshot(page, '23-matters-list');

    await table.getByText('对张某不起诉后给予行政处罚的检察意见').click();
    await page.getByTestId('matter-timeline').getByText('签收').waitFor();

    // The dashboard rates units on the clocks that stopped: the service was on time.
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    await page.getByTestId('chart-on-time').locator('canvas').waitFor();
    await page.getByTestId('chart-by-type').locator('canvas').waitFor();
    await screenshot(page, '24-dashboard');
    await signOut(page);
  });

  it('shows a leader the matter with nothing to do, and another tenant nothing at all', async () => {
    const { page } = browser;
    await signIn(page, 'fanshi-leader', DEMO_PASSWORD);
    await page.waitForURL('**/t/fanshi');
    await page.goto(`/t/fanshi/matters/${matterId}`);
    await page.getByTestId('matter-title').waitFor();
    await page.getByTestId('matter-actions').getByText('您没有可办理的操作').waitFor();
    await signOut(page);

    await signIn(page, 'xuyi-admin', DEMO_PASSWORD);
    await page.waitForURL('**/t/xuyi');
    await page.goto(`/t/xuyi/matters/${matterId}`);
    await page.getByTestId('error-state').waitFor();
    expect(await page.locator('body').textContent()).not.toContain('张某');
    await page.getByRole('menuitem', { name: '事项' }).click();
    await page.getByTestId('empty-state').waitFor();
    await signOut(page);
  });
});
