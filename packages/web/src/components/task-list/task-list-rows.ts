import type { Measure, TaskArea, TaskItem, TaskList } from '../../api/types.ts';

/** One table row per measure, carrying its area and task, and how many rows the task cell spans. */
export interface MeasureRow {
  /** Unique per row: the measure's, task's or area's id. */
  readonly key: string;
  readonly area: TaskArea;
  /** Null for an area with no tasks yet (shown, so the list's shape is visible). */
  readonly task: TaskItem | null;
  /** Null for a task with no measures yet. */
  readonly measure: Measure | null;
  /** Rows the 重点任务 cell spans from this row: the task's measure count on its first row, else 0. */
  readonly taskSpan: number;
}

/** The list as the familiar table: 重点任务 | 具体措施 | 完成时限 | 责任单位 | 进展情况. */
export function measureRows(list: TaskList): MeasureRow[] {
  const rows: MeasureRow[] = [];
  for (const area of list.areas) {
    if (area.tasks.length === 0) rows.push({ key: area.id, area, task: null, measure: null, taskSpan: 1 });
    for (const task of area.tasks) {
      if (task.measures.length === 0) rows.push({ key: task.id, area, task, measure: null, taskSpan: 1 });
      task.measures.forEach((measure, index) => {
        rows.push({ key: measure.id, area, task, measure, taskSpan: index === 0 ? task.measures.length : 0 });
      });
    }
  }
  return rows;
}

/** Whether the person may file progress on a measure: the office always, a unit when it is responsible. */
export function canReportOn(measure: Measure, role: string | null, unitId: string | null): boolean {
  if (role === 'tenant_admin') return true;
  if ((role !== 'liaison' && role !== 'staff') || !unitId) return false;
  return measure.leadUnitIds.includes(unitId) || measure.unitIds.includes(unitId);
}
