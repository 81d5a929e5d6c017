import type { IsoDate } from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MeasureRow, TaskListRow } from './task-list.entity.ts';
import { TaskList } from './task-list.entity.ts';
import { latestProgress, loadTree } from './task-list.service.ts';

/** How far a set of measures has come. Withdrawn measures are not counted. */
export interface CompletionCounts {
  total: number;
  done: number;
  /** Open past its due date. */
  overdue: number;
  /** Open, due later (or ongoing with no date of its own). */
  open: number;
  /** 长期坚持: open by nature; counted within `open`. */
  ongoing: number;
  /** Open measures with at least one progress report. */
  reported: number;
  /** done / total, 0 when there is nothing to do. */
  rate: number;
}

export interface ListCompletion {
  readonly listId: string;
  readonly kind: string;
  readonly year: number;
  readonly title: string;
  readonly totals: CompletionCounts;
  readonly areas: (CompletionCounts & { areaId: string; no: string; title: string })[];
  readonly units: (CompletionCounts & { unitId: string })[];
}

function emptyCounts(): CompletionCounts {
  return { total: 0, done: 0, overdue: 0, open: 0, ongoing: 0, reported: 0, rate: 0 };
}

function count(into: CompletionCounts, measure: MeasureRow, today: IsoDate, hasProgress: boolean): void {
  const due = measure.dueOn ?? null;
  into.total += 1;
  if (measure.status === 'done') into.done += 1;
  else if (due !== null && due < today) into.overdue += 1;
  else into.open += 1;
  if (measure.status !== 'done' && measure.isOngoing && (due === null || due >= today)) {
    into.ongoing += 1;
  }
  if (measure.status !== 'done' && hasProgress) into.reported += 1;
  into.rate = Math.round((into.done / into.total) * 1000) / 1000;
}

/**
 * Completion figures of one list, per area and per responsible unit (lead or
 * co-responsible: a measure counts once for each of its units).
 */
export async function listCompletion(
  em: EntityManager,
  list: TaskListRow,
  today: IsoDate,
): Promise<ListCompletion> {
  const tree = await loadTree(em, list);
  const measures = tree.areas.flatMap((area) => area.tasks.flatMap((task) => task.measures));
  const progress = await latestProgress(em, measures);
  const totals = emptyCounts();
  const byUnit = new Map<string, CompletionCounts>();
  const areas = tree.areas.map(({ area, tasks }) => {
    const counts = emptyCounts();
    for (const measure of tasks.flatMap((task) => task.measures)) {
      const hasProgress = progress.has(measure.id);
      count(counts, measure, today, hasProgress);
      count(totals, measure, today, hasProgress);
      for (const unitId of new Set([...measure.leadUnitIds, ...measure.unitIds])) {
        const unitCounts = byUnit.get(unitId) ?? emptyCounts();
        count(unitCounts, measure, today, hasProgress);
        byUnit.set(unitId, unitCounts);
      }
    }
    return { areaId: area.id, no: area.no, title: area.title, ...counts };
  });
  return {
    listId: list.id,
    kind: list.kind,
    year: list.year,
    title: list.title,
    totals,
    areas,
    units: [...byUnit.entries()].map(([unitId, counts]) => ({ unitId, ...counts })),
  };
}

/**
 * Completion figures of every list of a year, meeting decisions included —
 * what the dashboard shows. Call inside `inTenant`.
 */
export async function yearCompletion(
  em: EntityManager,
  year: number,
  today: IsoDate,
): Promise<ListCompletion[]> {
  const lists = await em.find(TaskList, { year }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const figures: ListCompletion[] = [];
  for (const list of lists) figures.push(await listCompletion(em, list, today));
  return figures;
}
