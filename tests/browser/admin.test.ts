import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/test-server.ts';
import { screenshot, signIn, signOut } from './support/browser.ts';
import { useBrowserServer } from './support/browser-server.ts';

/**
 * The linkage office's administration in the browser: units (add, rename,
 * liaison, retire), people (invite, role, disable), local working days and
 * webhooks — each asked for confirmation where it matters and explained when
 * it fails.
 */
describe('the linkage office administers its tenant in the browser', () => {
  const running = useBrowserServer();

  it('adds, renames, staffs and retires a unit', async () => {
    const { page } = running.browser;
    await signIn(page, 'xiangan-admin', DEMO_PASSWORD);
    await page.waitForURL('**/t/xiangan');
    await page.getByRole('menuitem', { name: '成员单位' }).click();
    await page.getByTestId('add-unit').click();
    const dialog = page.getByRole('dialog', { name: '新增单位' });
    await dialog.getByTestId('save-unit').click();
    await dialog.getByText('此项必填').first().waitFor();
    await dialog.getByLabel('单位名称').fill('区数据资源管理局');
    await dialog.getByLabel('单位标识').fill('9data');
    await dialog.getByTestId('save-unit').click();
    await dialog.getByText('以英文字母开头').waitFor();
    await dialog.getByLabel('单位标识').fill('dataBureau');
    await dialog.getByTestId('save-unit').click();
    const table = page.getByTestId('units-table');
    await table.getByText('区数据资源管理局').waitFor();

    await page.getByTestId('rename-dataBureau').click();
    const prompt = page.getByRole('dialog', { name: '改名' });
    await prompt.getByRole('textbox').fill('区大数据资源管理局');
    await prompt.getByRole('button', { name: '保存' }).click();
    await table.getByText('区大数据资源管理局').waitFor();

    const row = table.locator('tr').filter({ hasText: '区大数据资源管理局' });
    await row.getByRole('button', { name: '待指定' }).click();
    const liaison = page.getByRole('dialog', { name: '联络员' });
    await liaison.getByRole('textbox').fill('王五');
    await liaison.getByRole('button', { name: '保存' }).click();
    await row.getByRole('button', { name: '王五' }).waitFor();

    await page.getByTestId('retire-dataBureau').click();
    const confirm = page.getByRole('dialog', { name: '请确认' });
    await confirm.getByText('历史记录保留').waitFor();
    await confirm.getByRole('button', { name: '确认' }).click();
    await row.getByText('已撤销').waitFor();
    await screenshot(page, '60-units-admin');
  });

  it('invites a person with a role, changes the role and disables the account', async () => {
    const { page } = running.browser;
    await page.getByRole('menuitem', { name: '用户与角色' }).click();
    await page.getByTestId('invite-member').click();
    const dialog = page.getByRole('dialog', { name: '邀请人员' });
    await dialog.getByLabel('姓名').fill('赵六');
    await dialog.getByLabel('登录用户名').fill('Zhao Liu');
    await dialog.getByTestId('save-invite').click();
    await dialog.getByText('3–64 位小写字母').waitFor();
    await dialog.getByText('此项必填').waitFor();
    await dialog.getByLabel('登录用户名').fill('xiangan-zhaoliu');
    await dialog.getByLabel('所属单位').click();
    await page.getByRole('option', { name: '厦门市翔安区人民检察院' }).click();
    await dialog.getByTestId('save-invite').click();
    const password = page.getByRole('dialog', { name: '初始密码' });
    await password.getByText('只显示这一次').waitFor();
    expect(await password.textContent()).toMatch(/初始密码：\S{8,}/);
    await password.getByRole('button', { name: '我已记下' }).click();

    const table = page.getByTestId('members-table');
    const row = table.locator('tr').filter({ hasText: '赵六' });
    await row.locator('.el-select').click();
    await page.getByRole('option', { name: '联络员' }).click();
    await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '确认' }).click();
    await page.getByText('已修改 赵六 的角色').waitFor();

    await row.getByRole('button', { name: '停用' }).click();
    await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '确认' }).click();
    await row.getByText('已停用').waitFor();
    await screenshot(page, '61-members-admin');
  });

  it('sets a local rest day and adds, then disables, a webhook', async () => {
    const { page } = running.browser;
    await page.getByRole('menuitem', { name: '工作日与接口' }).click();
    const days = page.getByTestId('local-days');
    await days.getByTestId('add-local-day').click();
    await days.getByText('请选择日期').waitFor();
    await days.getByLabel('日期').fill('2026-05-06');
    await days.getByLabel('名称').fill('区庆');
    await days.getByTestId('add-local-day').click();
    await days.getByTestId('local-days-table').getByText('区庆').waitFor();
    await days.getByText(/已重新计算 \d+ 个期限/).waitFor();

    const hooks = page.getByTestId('webhooks');
    await hooks.getByLabel('推送地址').fill('oa.example.gov.cn');
    await hooks.getByTestId('add-webhook').click();
    await hooks.getByText('请输入以 http:// 或 https:// 开头的地址').waitFor();
    await hooks.getByLabel('推送地址').fill('https://oa.example.gov.cn/hooks/liandong');
    await hooks.getByTestId('add-webhook').click();
    const secret = page.getByRole('dialog', { name: '已添加推送地址' });
    await secret.getByText('只显示这一次').waitFor();
    await secret.getByRole('button', { name: '我已记下' }).click();
    const row = hooks.getByTestId('webhooks-table').locator('tr').filter({ hasText: 'oa.example.gov.cn' });
    await row.getByRole('button', { name: '发送测试' }).click();
    await page.getByText('已向 https://oa.example.gov.cn/hooks/liandong 发送一条测试通知').waitFor();
    await row.getByRole('button', { name: '停用' }).click();
    await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '确认' }).click();
    await row.getByText('已停用').waitFor();
    await screenshot(page, '62-settings-admin');
  });

  it('reads in English too', async () => {
    const { page } = running.browser;
    await page.locator('.ld-lang').click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Working days and integrations' }).waitFor();
    await page.getByRole('menuitem', { name: 'Matters' }).click();
    await page.getByTestId('matter-new').click();
    await page.getByRole('heading', { name: 'New matter' }).waitFor();
    await page.getByTestId('matter-send').click();
    await page.getByText('Choose a matter rule').waitFor();
    await page.getByText('Enter a title').waitFor();
    await screenshot(page, '63-matter-new-english');
    // Back to Chinese for whoever signs in next on this browser.
    await page.locator('.ld-lang').click();
    await page.getByRole('option', { name: '中文' }).click();
    await page.getByRole('heading', { name: '新建事项' }).waitFor();
    await signOut(page);
  });
});
