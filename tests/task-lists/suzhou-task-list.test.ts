import { computeDueDate, officialCalendar, unwrap } from '@liandong/core';
import { ManualClock } from '@liandong/server';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';
import { download, type ListDto, listShape, measureAt, measuresOf, upload } from './task-list-support.ts';

let server: TestServer;
let admin: ApiClient;
let liaison: ApiClient;
let list: ListDto;
let units: { id: string; name: string; isMember: boolean }[];
let liaisonUnitId: string;
const clock = new ManualClock('2022-06-15T02:00:00Z');

function unitId(name: string): string {
  const unit = units.find((candidate) => candidate.name === name);
  expect(unit, name).toBeDefined();
  return unit?.id ?? '';
}

function dueOf(rule: Parameters<typeof computeDueDate>[0]): string | null {
  return unwrap(computeDueDate(rule, '2022-01-01', officialCalendar)).due;
}

beforeAll(async () => {
  server = await startTestServer({ clock });
  admin = await signedIn(server, 'suzhou-admin');
  liaison = await signedIn(server, 'suzhou-liaison');
  units = ((await admin.get('/api/t/suzhou/units')).body as { units: typeof units }).units;
  liaisonUnitId = ((await liaison.get('/api/t/suzhou')).body as { me: { unitId: string } }).me.unitId;
  const created = await admin.post('/api/t/suzhou/task-lists', { year: 2022, templateKey: 'keyTasks2022' });
  expect(created.status).toBe(201);
  list = created.body as ListDto;
});
afterAll(() => server.close());

describe("Suzhou's 2022 task list from the plugin template", () => {
  it('has the annex: 14 tasks in 5 areas, 45 measures', () => {
    expect(list.title).toBe('2022年度“府检联动”重点工作任务清单');
    expect(list.areas.map((area) => `${area.no}、${area.title}`)).toEqual([
      '一、重大改革推进方面',
      '二、重大矛盾化解方面',
      '三、重大项目建设方面',
      '四、重大风险防控方面',
      '五、重大利益保护方面',
    ]);
    expect(list.areas.flatMap((area) => area.tasks.map((task) => task.no))).toEqual(
      Array.from({ length: 14 }, (_, index) => String(index + 1)),
    );
    expect(measuresOf(list)).toHaveLength(45);
  });

  it('keeps the deadlines of the annex and computes their due dates with core', () => {
    const m13 = measureAt(list, '1', '③');
    expect(m13.deadline.text).toBe('5月底前完成并长期坚持');
    expect(m13.deadline.dueOn).toBe(dueOf({ kind: 'endOfMonth', month: 5 }));
    expect(m13.deadline.isOngoing).toBe(true);
    expect(m13.deadline.explanation?.zh).toBeTruthy();
    const m14 = measureAt(list, '1', '④');
    expect([m14.deadline.text, m14.deadline.dueOn]).toEqual([
      '10月底前',
      dueOf({ kind: 'endOfMonth', month: 10 }),
    ]);
    expect(m14.leadUnitIds).toEqual([unitId('市检察院')]);
    const m22 = measureAt(list, '2', '②');
    expect([m22.deadline.text, m22.deadline.dueOn]).toEqual([
      '4月底前',
      dueOf({ kind: 'endOfMonth', month: 4 }),
    ]);
    const m11 = measureAt(list, '1', '①');
    expect([m11.deadline.text, m11.deadline.dueOn, m11.deadline.isOngoing]).toEqual(['长期坚持', null, true]);
  });

  it('gives the single measure of tasks 4, 8 and 10 the deadline and units stated for the task', () => {
    const m4 = measureAt(list, '4', '—');
    expect(m4.deadline.text).toBe('12月底前');
    expect(m4.unitIds.sort()).toEqual([unitId('市司法局'), unitId('市检察院')].sort());
    const m8 = measureAt(list, '8', '—');
    expect(m8.unitIds.sort()).toEqual(
      units
        .filter((unit) => unit.isMember)
        .map((unit) => unit.id)
        .sort(),
    );
  });

  it('refuses other roles and bad input', async () => {
    for (const username of ['suzhou-liaison', 'suzhou-staff', 'suzhou-leader', 'operator']) {
      const client = await signedIn(server, username);
      expect((await client.post('/api/t/suzhou/task-lists', { year: 2022 })).status, username).toBe(403);
      expect((await client.get(`/api/t/suzhou/task-lists/${list.id}`)).status, username).toBe(200);
    }
    expect((await admin.post('/api/t/suzhou/task-lists', { year: 1999 })).status).toBe(400);
    const unknown = await admin.post('/api/t/suzhou/task-lists', { year: 2022, templateKey: 'nope' });
    expect([unknown.status, (unknown.body as { error: { code: string } }).error.code]).toEqual([
      400,
      'TASK_TEMPLATE_UNKNOWN',
    ]);
  });
});

describe('progress, completion and inspections', () => {
  it("lets a responsible unit's liaison file progress, and no one else", async () => {
    const m71 = measureAt(list, '7', '①');
    expect(m71.unitIds).toContain(liaisonUnitId);
    const filed = await liaison.post(`/api/t/suzhou/task-lists/${list.id}/measures/${m71.id}/progress`, {
      text: '已在行政协议论证中邀请检察院派员参与3次。',
    });
    expect(filed.status).toBe(201);
    const notMine = measuresOf(list).find((measure) => !measure.unitIds.includes(liaisonUnitId));
    const refused = await liaison.post(
      `/api/t/suzhou/task-lists/${list.id}/measures/${notMine?.id}/progress`,
      {
        text: '越权报送',
      },
    );
    expect([refused.status, (refused.body as { error: { code: string } }).error.code]).toEqual([
      403,
      'TASK_NOT_RESPONSIBLE',
    ]);
    const leader = await signedIn(server, 'suzhou-leader');
    expect(
      (await leader.post(`/api/t/suzhou/task-lists/${list.id}/measures/${m71.id}/progress`, { text: 'x' }))
        .status,
    ).toBe(403);
    expect(
      (await liaison.post(`/api/t/suzhou/task-lists/${list.id}/measures/${m71.id}/progress`, { text: '' }))
        .status,
    ).toBe(400);
  });

  it('lets the office mark a measure done and record an inspection, and counts it', async () => {
    const m22 = measureAt(list, '2', '②');
    const base = `/api/t/suzhou/task-lists/${list.id}/measures/${m22.id}`;
    expect((await liaison.post(`${base}/completion`, { done: true })).status).toBe(403);
    const done = await admin.post(`${base}/completion`, { done: true });
    expect([done.status, (done.body as { status: string; doneOn: string }).status]).toEqual([200, 'done']);
    expect(
      (await admin.post(`${base}/inspections`, { inspectedOn: '2022-06-10', findings: '已出台实施办法。' }))
        .status,
    ).toBe(201);
    expect((await admin.post(`${base}/inspections`, { inspectedOn: 'soon', findings: 'x' })).status).toBe(
      400,
    );
    const detail = (await admin.get(base)).body as { inspections: { findings: string }[] };
    expect(detail.inspections.map((inspection) => inspection.findings)).toEqual(['已出台实施办法。']);

    const figures = (await liaison.get(`/api/t/suzhou/task-lists/${list.id}/completion`)).body as {
      totals: { total: number; done: number; overdue: number; reported: number };
      areas: { no: string; total: number; done: number }[];
      units: { unitId: string; total: number; done: number }[];
    };
    const read = (await liaison.get(`/api/t/suzhou/task-lists/${list.id}`)).body as ListDto;
    const lightOf = (taskNo: string, no: string) =>
      (measureAt(read, taskNo, no) as { light?: string | null }).light;
    // 15 June 2022: 1.③ was due 31 May (red), 2.② was done (doneOnTime or doneLate), 1.① is ongoing (no light).
    expect(lightOf('1', '③')).toBe('red');
    expect(lightOf('2', '②')).toMatch(/^done/);
    expect(lightOf('1', '①')).toBeNull();
    expect(lightOf('1', '④')).toBe('green');
    expect(figures.totals.total).toBe(45);
    expect(figures.totals.done).toBe(1);
    expect(figures.totals.reported).toBe(1);
    // On 15 June 2022, 1.③ (due 31 May) is open and overdue; 4月底前 2.② is done.
    expect(figures.totals.overdue).toBeGreaterThanOrEqual(1);
    expect(figures.areas.map((area) => [area.no, area.total])).toEqual([
      ['一', 14],
      ['二', 9],
      ['三', 3],
      ['四', 5],
      ['五', 14],
    ]);
    expect(figures.areas[0]?.done).toBe(1);
    const police = figures.units.find((unit) => unit.unitId === unitId('市公安局'));
    expect(police?.done).toBe(1);
  });
});

describe('editing', () => {
  it('recomputes the due date when the deadline text changes, and checks units', async () => {
    const m14 = measureAt(list, '1', '④');
    const path = `/api/t/suzhou/task-lists/${list.id}/measures/${m14.id}`;
    const edited = await admin.request('PATCH', path, { deadline: { text: '9月底前' } });
    expect(edited.status).toBe(200);
    expect((edited.body as { deadline: { dueOn: string } }).deadline.dueOn).toBe(
      dueOf({ kind: 'endOfMonth', month: 9 }),
    );
    const xuyiUnits = (
      (await (await signedIn(server, 'xuyi-admin')).get('/api/t/xuyi/units')).body as {
        units: { id: string }[];
      }
    ).units;
    const foreign = await admin.request('PATCH', path, { unitIds: [xuyiUnits[0]?.id] });
    expect([foreign.status, (foreign.body as { error: { code: string } }).error.code]).toEqual([
      400,
      'TASK_UNIT_UNKNOWN',
    ]);
    expect((await liaison.request('PATCH', path, { text: '改' })).status).toBe(403);
    await admin.request('PATCH', path, { deadline: { text: '10月底前' } });
  });

  it('builds a list by hand: area, task, measure', async () => {
    const created = (await admin.post('/api/t/suzhou/task-lists', { year: 2023, title: '2023年度清单' }))
      .body as ListDto;
    const area = (
      await admin.post(`/api/t/suzhou/task-lists/${created.id}/areas`, { no: '一', title: '法治政府' })
    ).body as { id: string };
    const task = (
      await admin.post(`/api/t/suzhou/task-lists/${created.id}/areas/${area.id}/tasks`, {
        no: '1',
        title: '规范执法',
      })
    ).body as { id: string };
    const areaPath = `/api/t/suzhou/task-lists/${created.id}/areas/${area.id}`;
    const taskPath = `/api/t/suzhou/task-lists/${created.id}/tasks/${task.id}`;
    expect(
      (await liaison.post(`/api/t/suzhou/task-lists/${created.id}/areas`, { no: '二', title: 'x' })).status,
    ).toBe(403);
    expect((await liaison.request('PATCH', areaPath, { title: '改' })).status).toBe(403);
    expect((await admin.request('PATCH', areaPath, { title: '' })).status).toBe(400);
    expect(
      (await admin.request('PATCH', areaPath.replace(created.id, list.id), { title: '改' })).status,
    ).toBe(404);
    expect((await admin.request('PATCH', areaPath, { title: '法治政府建设' })).status).toBe(200);
    expect((await liaison.request('PATCH', taskPath, { title: '改' })).status).toBe(403);
    expect(
      (await admin.request('PATCH', taskPath.replace(created.id, list.id), { title: '改' })).status,
    ).toBe(404);
    expect((await admin.request('PATCH', taskPath, { title: '规范行政执法' })).status).toBe(200);
    expect(
      (await admin.post(`/api/t/suzhou/task-lists/${created.id}/areas/${area.id}/tasks`, { no: '2' })).status,
    ).toBe(400);
    const localDay = await admin.post('/api/t/suzhou/calendar/local-days', {
      date: '2023-06-30',
      kind: 'rest',
      name: '本地休息日',
    });
    expect(localDay.status).toBe(201);
    const measure = await admin.post(`/api/t/suzhou/task-lists/${created.id}/tasks/${task.id}/measures`, {
      no: '①',
      text: '开展执法案卷评查',
      deadline: { text: '6月底前' },
      unitIds: [unitId('市司法局')],
    });
    expect(measure.status).toBe(201);
    // The tenant's own rest day on Friday 30 June 2023 moves 6月底前 to Monday 3 July: due dates use the tenant calendar.
    expect(unwrap(computeDueDate({ kind: 'endOfMonth', month: 6 }, '2023-01-01', officialCalendar)).due).toBe(
      '2023-06-30',
    );
    expect((measure.body as { deadline: { dueOn: string } }).deadline.dueOn).toBe('2023-07-03');
    expect(
      (await admin.post(`/api/t/suzhou/task-lists/${created.id}/tasks/${task.id}/measures`, { no: '②' }))
        .status,
    ).toBe(400);
  });
});

describe('the .xlsx sheet', () => {
  it('exports in the layout of the annex', async () => {
    const { status, type, file } = await download(admin, `/api/t/suzhou/task-lists/${list.id}/export.xlsx`);
    expect(status).toBe(200);
    expect(type).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as never);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const text = (row: number, col: number) => sheet.getCell(row, col).text;
    expect(text(1, 1)).toBe('2022年度“府检联动”重点工作任务清单');
    expect([1, 2, 3, 4, 5].map((col) => text(2, col))).toEqual([
      '重点任务',
      '具体措施',
      '完成时限',
      '责任单位',
      '进展情况',
    ]);
    expect(text(3, 1)).toBe('一、重大改革推进方面');
    expect(sheet.getCell(3, 5).isMerged).toBe(true);
    // Task 1: five measure rows under one merged task cell.
    expect(text(4, 1)).toBe('1.依法妥善处理好涉及行政审批、行政许可、行政协议等行政案件,助力优化营商环境。');
    expect(sheet.getCell(8, 1).master.address).toBe('A4');
    expect(sheet.getCell(9, 1).master.address).not.toBe('A4');
    expect(text(4, 2)).toBe('①按照行政争议协调化解工作机制,做好有关案件涉及行政争议的协调化解工作。');
    expect([text(4, 3), text(4, 4)]).toEqual(['长期坚持', '市司法局']);
    expect([text(6, 3), text(6, 4)]).toEqual(['5月底前完成并长期坚持', '市检察院']);
    expect([text(7, 3), text(7, 4)]).toEqual(['10月底前', '市检察院牵头']);
    const rows = Array.from({ length: sheet.rowCount }, (_, index) => index + 1);
    const areaRows = rows.filter((row) => /^[一二三四五]、/.test(text(row, 1)));
    expect(areaRows.map((row) => text(row, 1))).toHaveLength(5);
    expect(rows.filter((row) => row > 2 && !areaRows.includes(row))).toHaveLength(45);
    const task4 = rows.find((row) => text(row, 1).startsWith('4.')) ?? 0;
    expect([text(task4, 2), text(task4, 3), text(task4, 4)]).toEqual([
      '研究制定在行政复议中推进行政争议实质性化解的意见,明确检察机关应行政机关邀请,以陪议、旁听等方式参与行政复议环节矛盾化解工作。',
      '12月底前',
      '市司法局、市检察院',
    ]);
    const task8 = rows.find((row) => text(row, 1).startsWith('8.')) ?? 0;
    expect(text(task8, 4)).toBe('各成员单位');
    const task7 = rows.find((row) => text(row, 1).startsWith('7.')) ?? 0;
    expect(text(task7, 5)).toBe('已在行政协议论证中邀请检察院派员参与3次。');
  });

  it('imports its own export back unchanged', async () => {
    const { file } = await download(admin, `/api/t/suzhou/task-lists/${list.id}/export.xlsx`);
    expect((await upload(liaison, '/api/t/suzhou/task-lists/import', file)).status).toBe(403);
    const imported = await upload(admin, '/api/t/suzhou/task-lists/import', file);
    expect(imported.status).toBe(201);
    const original = (await admin.get(`/api/t/suzhou/task-lists/${list.id}`)).body as ListDto;
    const copy = imported.body as ListDto;
    expect(copy.year).toBe(2022);
    expect(copy.title).toBe(original.title);
    expect(listShape(copy)).toEqual(listShape(original));
  });

  it('matches units by alias, as the annex names them', async () => {
    const { file } = await download(admin, `/api/t/suzhou/task-lists/${list.id}/export.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as never);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    sheet.getCell(4, 4).value = '市自然资源和规划局、市住建局牵头';
    const imported = await upload(
      admin,
      '/api/t/suzhou/task-lists/import',
      Buffer.from(await workbook.xlsx.writeBuffer()),
    );
    expect(imported.status).toBe(201);
    const first = measureAt(imported.body as ListDto, '1', '①');
    expect(first.unitIds.sort()).toEqual([unitId('市自然资源局'), unitId('市住房城乡建设局')].sort());
    expect(first.leadUnitIds).toEqual([unitId('市住房城乡建设局')]);
  });

  it('rejects a sheet with a bad unit name or a broken row, naming the row, and writes nothing', async () => {
    const before = ((await admin.get('/api/t/suzhou/task-lists')).body as { taskLists: unknown[] }).taskLists
      .length;
    const { file } = await download(admin, `/api/t/suzhou/task-lists/${list.id}/export.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as never);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    sheet.getCell(5, 4).value = '市不存在局';
    sheet.getCell(10, 2).value = '';
    const broken = Buffer.from(await workbook.xlsx.writeBuffer());
    const rejected = await upload(admin, '/api/t/suzhou/task-lists/import', broken);
    expect(rejected.status).toBe(400);
    expect(rejected.body.error?.code).toBe('TASK_IMPORT_INVALID');
    expect(rejected.body.error?.message).toContain('row 5: unknown unit "市不存在局"');
    expect(rejected.body.error?.message).toContain('row 10: 具体措施 is empty');
    const garbage = await upload(
      admin,
      '/api/t/suzhou/task-lists/import',
      Buffer.from('PK\u0003\u0004 not really a zip'),
    );
    expect([garbage.status, garbage.body.error?.message]).toEqual([400, expect.stringContaining('row 0')]);
    const json = await admin.post('/api/t/suzhou/task-lists/import', { rows: [] });
    expect(json.status).toBe(415);
    const after = ((await admin.get('/api/t/suzhou/task-lists')).body as { taskLists: unknown[] }).taskLists
      .length;
    expect(after).toBe(before);
  });
});

describe('hostile sheets', () => {
  it('rejects formulas posing as units, an oversized sheet and a sheet without the header, writing nothing', async () => {
    const before = ((await admin.get('/api/t/suzhou/task-lists')).body as { taskLists: unknown[] }).taskLists
      .length;
    const sheetWith = async (fill: (sheet: ExcelJS.Worksheet) => void) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('s');
      fill(sheet);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const header = ['重点任务', '具体措施', '完成时限', '责任单位', '进展情况'];
    const formula = await sheetWith((sheet) => {
      sheet.addRow(['2022年度清单']);
      sheet.addRow(header);
      sheet.addRow(['一、重大改革推进方面']);
      sheet.addRow(['1.任务', '①措施', '12月底前', '']);
      sheet.getCell(4, 4).value = {
        formula: 'HYPERLINK("http://evil.example","市司法局")',
        result: '=cmd|calc',
      };
    });
    const rejected = await upload(admin, '/api/t/suzhou/task-lists/import', formula);
    expect([rejected.status, rejected.body.error?.message]).toEqual([
      400,
      expect.stringContaining('row 4: unknown unit'),
    ]);
    const oversized = await sheetWith((sheet) => {
      sheet.addRow(header);
      for (let row = 0; row < 2100; row++) sheet.addRow(['1.任务', '①措施', '', '市司法局']);
    });
    const tooBig = await upload(admin, '/api/t/suzhou/task-lists/import', oversized);
    expect([tooBig.status, tooBig.body.error?.message]).toEqual([
      400,
      expect.stringContaining('more than 2000 rows'),
    ]);
    const headless = await sheetWith((sheet) => sheet.addRow(['a', 'b']));
    const noHeader = await upload(admin, '/api/t/suzhou/task-lists/import', headless);
    expect([noHeader.status, noHeader.body.error?.message]).toEqual([
      400,
      expect.stringContaining('no header row'),
    ]);
    const orphan = await sheetWith((sheet) => {
      sheet.addRow(header);
      sheet.addRow(['1.任务', '①措施', '', '市司法局']);
    });
    const noArea = await upload(admin, '/api/t/suzhou/task-lists/import?year=2022', orphan);
    expect(noArea.body.error?.message).toContain('row 2: no area row');
    const after = ((await admin.get('/api/t/suzhou/task-lists')).body as { taskLists: unknown[] }).taskLists
      .length;
    expect(after).toBe(before);
  });
});

describe('tenant isolation', () => {
  it("answers another tenant's list and measure ids with 404", async () => {
    const xuyi = await signedIn(server, 'xuyi-admin');
    const xuyiList = (await xuyi.post('/api/t/xuyi/task-lists', { year: 2026 })).body as ListDto;
    expect((await admin.get(`/api/t/suzhou/task-lists/${xuyiList.id}`)).status).toBe(404);
    expect((await xuyi.get(`/api/t/xuyi/task-lists/${list.id}`)).status).toBe(404);
    const m71 = measureAt(list, '7', '①');
    expect((await xuyi.get(`/api/t/xuyi/task-lists/${list.id}/measures/${m71.id}`)).status).toBe(404);
    expect(
      (await xuyi.post(`/api/t/xuyi/task-lists/${xuyiList.id}/measures/${m71.id}/completion`, { done: true }))
        .status,
    ).toBe(404);
    expect((await xuyi.get(`/api/t/suzhou/task-lists/${list.id}`)).status).toBe(404);
    expect((await download(xuyi, `/api/t/xuyi/task-lists/${list.id}/export.xlsx`)).status).toBe(404);
    const lists = (await xuyi.get('/api/t/xuyi/task-lists')).body as { taskLists: { id: string }[] };
    expect(lists.taskLists.map((entry) => entry.id)).toEqual([xuyiList.id]);
  });
});
