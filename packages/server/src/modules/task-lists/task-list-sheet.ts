import ExcelJS from 'exceljs';
import { ruleFromDeadlineText } from './measure-deadline.ts';
import type { MeasureRow } from './task-list.entity.ts';
import type { AreaInput, ListTree, MeasureInput, TaskInput } from './task-list.service.ts';
import { ALL_MEMBER_UNITS_TEXT, type UnitDirectory, unitNamesText } from './task-list-units.ts';

/** The annex's columns, in its order. */
export const SHEET_HEADERS = ['重点任务', '具体措施', '完成时限', '责任单位', '进展情况'] as const;
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LEAD_SUFFIX = '牵头';
const MAX_ROWS = 2000;
const AREA_ROW = /^[一二三四五六七八九十]+、/;
const TASK_CELL = /^(\d{1,3})\s*[.．、]\s*([\s\S]+)$/;
const MEASURE_CELL = /^([①-⑳㉑-㉟])\s*([\s\S]+)$/;
const UNNUMBERED = '—';

/** The responsible-unit cell: leads marked 牵头 (as the annex writes "市检察院牵头"), then the others. */
export function unitsCellText(
  units: UnitDirectory,
  measure: Pick<MeasureRow, 'leadUnitIds' | 'unitIds'>,
): string {
  const leads = measure.leadUnitIds.map((id) => `${units.byId(id)?.name ?? id}${LEAD_SUFFIX}`);
  const others = measure.unitIds.filter((id) => !measure.leadUnitIds.includes(id));
  const rest = others.length > 0 ? unitNamesText(units, others) : '';
  return [...leads, ...(rest ? [rest] : [])].join('、');
}

/**
 * Writes a list in the layout of Suzhou's annex: a title row, the header, a
 * full-width row per area, one row per measure with the task cell merged down
 * its measures, and the latest progress report in 进展情况.
 */
export async function writeListSheet(
  tree: ListTree,
  units: UnitDirectory,
  progress: ReadonlyMap<string, { text: string }>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('重点工作任务清单');
  sheet.columns = [{ width: 36 }, { width: 60 }, { width: 18 }, { width: 28 }, { width: 30 }];
  const wrap = { wrapText: true, vertical: 'middle' } as const;
  const border = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  } as const;
  sheet.mergeCells(1, 1, 1, 5);
  const title = sheet.getCell(1, 1);
  title.value = tree.list.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  const header = sheet.addRow([...SHEET_HEADERS]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = border;
  });
  for (const { area, tasks } of tree.areas) {
    const areaRow = sheet.addRow([`${area.no}、${area.title}`]);
    sheet.mergeCells(areaRow.number, 1, areaRow.number, 5);
    areaRow.font = { bold: true };
    for (const { task, measures } of tasks) {
      const first = sheet.rowCount + 1;
      const rows = measures.length > 0 ? measures : [undefined];
      for (const measure of rows) {
        const row = sheet.addRow([
          `${task.no}.${task.title}`,
          measure ? (measure.no === UNNUMBERED ? measure.text : `${measure.no}${measure.text}`) : '',
          measure?.deadlineText ?? '',
          measure ? unitsCellText(units, measure) : '',
          measure ? (progress.get(measure.id)?.text ?? '') : '',
        ]);
        row.eachCell({ includeEmpty: true }, (cell) => {
          cell.alignment = wrap;
          cell.border = border;
        });
      }
      if (rows.length > 1) sheet.mergeCells(first, 1, first + rows.length - 1, 1);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What a sheet holds, ready to write as a new list. */
export interface ParsedSheet {
  readonly title: string | undefined;
  readonly areas: AreaInput[];
  /** Progress text per measure, by area/task/measure position. */
  readonly progress: { area: number; task: number; measure: number; text: string; unitId: string }[];
}

/**
 * Reads a sheet in the annex's layout. Every problem is reported with its row
 * number; the caller writes nothing unless the list of problems is empty.
 */
export async function readListSheet(
  file: Buffer,
  units: UnitDirectory,
): Promise<{ sheet: ParsedSheet; problems: string[] }> {
  const problems: string[] = [];
  const empty: ParsedSheet = { title: undefined, areas: [], progress: [] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    return { sheet: empty, problems: ['row 0: the file is not a readable .xlsx workbook'] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { sheet: empty, problems: ['row 0: the workbook has no sheet'] };
  if (sheet.rowCount > MAX_ROWS)
    return { sheet: empty, problems: [`row ${MAX_ROWS + 1}: more than ${MAX_ROWS} rows`] };
  const text = (row: number, col: number): string => cellText(sheet.getCell(row, col));
  let headerRow = 0;
  for (let row = 1; row <= Math.min(sheet.rowCount, 10) && headerRow === 0; row++) {
    if (SHEET_HEADERS.every((name, index) => text(row, index + 1) === name)) headerRow = row;
  }
  if (headerRow === 0) {
    return {
      sheet: empty,
      problems: [`row 1: no header row ${SHEET_HEADERS.join(' | ')} in the first 10 rows`],
    };
  }
  const title = headerRow > 1 ? text(headerRow - 1, 1) || undefined : undefined;
  const areas: AreaInput[] = [];
  const progress: ParsedSheet['progress'] = [];
  let currentTaskKey: string | undefined;
  for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
    const [a, b, c, d, e] = [1, 2, 3, 4, 5].map((col) => text(row, col)) as [
      string,
      string,
      string,
      string,
      string,
    ];
    if (!a && !b && !c && !d && !e) continue;
    if (AREA_ROW.test(a) && (!b || b === a) && (!c || c === a)) {
      const [no, ...rest] = a.split('、');
      const areaTitle = rest.join('、').trim();
      if (!areaTitle || areaTitle.length > 200)
        problems.push(`row ${row}: the area title is empty or longer than 200 characters`);
      // The annex repeats an area's row where a page breaks: the same area continues.
      const last = areas.at(-1);
      if (!(last && last.no === no && last.title === areaTitle))
        areas.push({ no: no ?? '', title: areaTitle, tasks: [] });
      currentTaskKey = undefined;
      continue;
    }
    const rowProblems: string[] = [];
    const area = areas.at(-1);
    if (!area) rowProblems.push('no area row (一、…) above this task');
    const taskMatch = TASK_CELL.exec(a);
    if (!taskMatch) rowProblems.push('重点任务 must read "<number>.<task>"');
    const measure = parseMeasureCell(b, rowProblems);
    const unitsOf = parseUnitsCell(d, units, rowProblems);
    if (c.length > 200) rowProblems.push('完成时限 is longer than 200 characters');
    if (e.length > 4000) rowProblems.push('进展情况 is longer than 4000 characters');
    if (taskMatch?.[2] && taskMatch[2].length > 2000)
      rowProblems.push('重点任务 is longer than 2000 characters');
    if (rowProblems.length > 0 || !area || !taskMatch || !measure || !unitsOf) {
      problems.push(...rowProblems.map((problem) => `row ${row}: ${problem}`));
      continue;
    }
    const cell = sheet.getCell(row, 1);
    const taskKey = cell.isMerged ? `${cell.master.address}` : `${a}`;
    let task: TaskInput | undefined = area.tasks.at(-1);
    if (!task || taskKey !== currentTaskKey) {
      task = { no: taskMatch[1] ?? '', title: (taskMatch[2] ?? '').trim(), measures: [] };
      area.tasks.push(task);
      currentTaskKey = taskKey;
    }
    const input: MeasureInput = {
      no: measure.no,
      text: measure.text,
      deadline: c ? { text: c, rule: ruleFromDeadlineText(c) } : undefined,
      leadUnitIds: unitsOf.leads,
      unitIds: unitsOf.all,
    };
    task.measures.push(input);
    const reporter = unitsOf.leads[0] ?? unitsOf.all[0];
    if (e && reporter) {
      progress.push({
        area: areas.length - 1,
        task: area.tasks.length - 1,
        measure: task.measures.length - 1,
        text: e,
        unitId: reporter,
      });
    }
  }
  if (problems.length === 0 && areas.every((area) => area.tasks.length === 0))
    problems.push(`row ${headerRow + 1}: the sheet has no tasks`);
  return { sheet: { title, areas, progress }, problems };
}

function parseMeasureCell(text: string, problems: string[]): { no: string; text: string } | undefined {
  if (!text) {
    problems.push('具体措施 is empty');
    return undefined;
  }
  if (text.length > 4000) {
    problems.push('具体措施 is longer than 4000 characters');
    return undefined;
  }
  const match = MEASURE_CELL.exec(text);
  return match?.[1] && match[2] ? { no: match[1], text: match[2].trim() } : { no: UNNUMBERED, text };
}

function parseUnitsCell(
  text: string,
  units: UnitDirectory,
  problems: string[],
): { leads: string[]; all: string[] } | undefined {
  const names = text
    .split(/[、,，;；\n]+/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  if (names.length === 0) {
    problems.push('责任单位 is empty');
    return undefined;
  }
  const leads: string[] = [];
  const all: string[] = [];
  let isValid = true;
  for (const name of names) {
    if (name === ALL_MEMBER_UNITS_TEXT) {
      all.push(...units.memberIds());
      continue;
    }
    const isLead = name.endsWith(LEAD_SUFFIX) && name.length > LEAD_SUFFIX.length;
    const unit = units.byName(isLead ? name.slice(0, -LEAD_SUFFIX.length) : name) ?? units.byName(name);
    if (!unit) {
      problems.push(`unknown unit "${name.slice(0, 60)}"`);
      isValid = false;
      continue;
    }
    if (isLead && unit.name !== name && !unit.aliases.includes(name)) leads.push(unit.id);
    all.push(unit.id);
  }
  return isValid ? { leads: [...new Set(leads)], all: [...new Set(all)] } : undefined;
}

function cellText(cell: ExcelJS.Cell): string {
  try {
    return cell.text.replace(/\r\n?/g, '\n').trim();
  } catch {
    // A cell with a value exceljs cannot render (a hostile or broken file) reads as empty.
    return '';
  }
}
