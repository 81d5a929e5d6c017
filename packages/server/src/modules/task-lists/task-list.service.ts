import { randomUUID } from 'node:crypto';
import { type Calendar, type IsoDate, officialCalendar } from '@liandong/core';
import { taskListTemplateSchema } from '@liandong/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.ts';
import { TaskListTemplate } from '../tenancy/mechanism.entity.ts';
import { type DeadlineInput, measureDeadline } from './measure-deadline.ts';
import {
  Measure,
  MeasureProgress,
  type MeasureRow,
  Task,
  TaskArea,
  type TaskAreaRow,
  TaskList,
  type TaskListKind,
  type TaskListRow,
  type TaskRow,
} from './task-list.entity.ts';
import { unitDirectory } from './task-list-units.ts';

/** A measure as the lists and the export read it. */
export interface MeasureInput {
  readonly no: string;
  readonly text: string;
  readonly deadline?: DeadlineInput | undefined;
  readonly leadUnitIds: readonly string[];
  readonly unitIds: readonly string[];
}

export interface TaskInput {
  readonly no: string;
  readonly title: string;
  readonly measures: MeasureInput[];
}

export interface AreaInput {
  readonly no: string;
  readonly title: string;
  readonly tasks: TaskInput[];
}

export interface ListHeader {
  readonly kind: TaskListKind;
  readonly year: number;
  readonly title: string;
  readonly theme?: string | undefined;
  readonly templateKey?: string | undefined;
}

/** The first day of the list's year: "12月底前" in a 2022 list means 31 December 2022. */
export function yearStart(year: number): IsoDate {
  return `${String(year)}-01-01`;
}

/** Writes a whole list (areas → tasks → measures) in the caller's transaction. */
export function createListTree(
  em: EntityManager,
  tenantId: string,
  header: ListHeader,
  areas: readonly AreaInput[],
  now: Date,
  calendar: Calendar = officialCalendar,
): TaskListRow {
  const list = em.create(TaskList, {
    tenant: tenantId,
    id: randomUUID(),
    kind: header.kind,
    year: header.year,
    title: header.title,
    theme: header.theme ?? null,
    templateKey: header.templateKey ?? null,
    createdAt: now,
  });
  areas.forEach((area, areaIndex) => {
    const areaRow = createArea(em, tenantId, list, area, areaIndex);
    area.tasks.forEach((task, taskIndex) => {
      const taskRow = createTask(em, tenantId, areaRow, task, taskIndex);
      task.measures.forEach((measure, measureIndex) => {
        createMeasure(em, tenantId, taskRow, measure, measureIndex, yearStart(header.year), null, calendar);
      });
    });
  });
  return list;
}

export function createArea(
  em: EntityManager,
  tenantId: string,
  list: TaskListRow,
  area: Pick<AreaInput, 'no' | 'title'>,
  sortOrder: number,
): TaskAreaRow {
  return em.create(TaskArea, {
    tenant: tenantId,
    id: randomUUID(),
    taskList: list,
    no: area.no,
    title: area.title,
    sortOrder,
  });
}

export function createTask(
  em: EntityManager,
  tenantId: string,
  area: TaskAreaRow,
  task: Pick<TaskInput, 'no' | 'title'>,
  sortOrder: number,
): TaskRow {
  return em.create(Task, {
    tenant: tenantId,
    id: randomUUID(),
    area,
    no: task.no,
    title: task.title,
    sortOrder,
  });
}

export function createMeasure(
  em: EntityManager,
  tenantId: string,
  task: TaskRow,
  measure: MeasureInput,
  sortOrder: number,
  start: IsoDate,
  meetingId: string | null = null,
  calendar: Calendar = officialCalendar,
): MeasureRow {
  return em.create(Measure, {
    tenant: tenantId,
    id: randomUUID(),
    task,
    no: measure.no,
    text: measure.text,
    ...measureDeadline(measure.deadline, start, calendar),
    leadUnitIds: [...measure.leadUnitIds],
    // A lead unit is a responsible unit too: the sheet's 责任单位 cell lists it once, marked 牵头.
    unitIds: [...new Set([...measure.leadUnitIds, ...measure.unitIds])],
    status: 'open',
    doneOn: null,
    meetingId,
    sortOrder,
  });
}

/**
 * The areas of a template with unit keys resolved to the tenant's units. A
 * measure without its own deadline or units takes the task's (tasks 4, 8 and
 * 10 of Suzhou's annex state them for the task as a whole).
 */
export async function templateAreas(
  em: EntityManager,
  templateKey: string,
): Promise<{ areas: AreaInput[]; title: string; year: number | undefined; theme: string | undefined }> {
  const row = await em.findOne(TaskListTemplate, { key: templateKey });
  if (!row) throw new AppError('TASK_TEMPLATE_UNKNOWN');
  const template = taskListTemplateSchema.parse(row.definition);
  const units = await unitDirectory(em);
  const idsOf = (keys: readonly string[]): string[] =>
    keys.map((key) => units.byKey(key)?.id).filter((id): id is string => id !== undefined);
  const areas = template.areas.map((area) => ({
    no: area.no,
    title: area.title,
    tasks: area.tasks.map((task) => ({
      no: task.no,
      title: task.title,
      measures: task.measures.map((measure) => ({
        no: measure.no,
        text: measure.text,
        deadline: measure.deadline ?? task.deadline,
        leadUnitIds: idsOf(measure.leadUnits.length > 0 ? measure.leadUnits : task.leadUnits),
        unitIds: idsOf(measure.units.length > 0 ? measure.units : task.units),
      })),
    })),
  }));
  return { areas, title: template.title, year: template.year, theme: template.theme };
}

/** A list with its rows, in order, for reading, export and figures. */
export interface ListTree {
  readonly list: TaskListRow;
  readonly areas: readonly {
    readonly area: TaskAreaRow;
    readonly tasks: readonly { readonly task: TaskRow; readonly measures: readonly MeasureRow[] }[];
  }[];
}

export async function loadList(em: EntityManager, listId: string): Promise<TaskListRow> {
  const list = await em.findOne(TaskList, { id: listId });
  if (!list) throw new AppError('NOT_FOUND');
  return list;
}

export async function loadTree(
  em: EntityManager,
  list: TaskListRow,
  withWithdrawn = false,
): Promise<ListTree> {
  const areas = await em.find(TaskArea, { taskList: list }, { orderBy: { sortOrder: 'asc' } });
  const tasks =
    areas.length === 0
      ? []
      : await em.find(Task, { area: { $in: areas } }, { orderBy: { sortOrder: 'asc' } });
  const measures =
    tasks.length === 0
      ? []
      : await em.find(Measure, { task: { $in: tasks } }, { orderBy: { sortOrder: 'asc' } });
  const shown = withWithdrawn ? measures : measures.filter((measure) => measure.status !== 'withdrawn');
  return {
    list,
    areas: areas.map((area) => ({
      area,
      tasks: tasks
        .filter((task) => task.area.id === area.id)
        .map((task) => ({ task, measures: shown.filter((measure) => measure.task.id === task.id) })),
    })),
  };
}

/** The latest progress report of each measure. */
export async function latestProgress(
  em: EntityManager,
  measures: readonly MeasureRow[],
): Promise<Map<string, { text: string; unitId: string; reportedAt: Date; count: number }>> {
  const latest = new Map<string, { text: string; unitId: string; reportedAt: Date; count: number }>();
  if (measures.length === 0) return latest;
  const reports = await em.find(
    MeasureProgress,
    { measure: { $in: measures } },
    { orderBy: { reportedAt: 'asc', id: 'asc' } },
  );
  for (const report of reports) {
    const count = (latest.get(report.measure.id)?.count ?? 0) + 1;
    latest.set(report.measure.id, {
      text: report.text,
      unitId: report.unit.id,
      reportedAt: report.reportedAt,
      count,
    });
  }
  return latest;
}
