import type { IsoDate } from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TaskList } from './task-list.entity.ts';
import { type CountedMeasure, readCountedMeasures } from './task-list-read.ts';

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

function count(into: CompletionCounts, measure: CountedMeasure, today: IsoDate): void {
  const due = measure.dueOn;
  into.total += 1;
  if (measure.status === 'done') into.done += 1;
  else if (due !== null && due < today) into.overdue += 1;
  else into.open += 1;
  if (measure.status !== 'done' && measure.isOngoing && (due === null || due >= today)) {
    into.ongoing += 1;
  }
  if (measure.status !== 'done' && measure.hasProgress) into.reported += 1;
  into.rate = Math.round((into.done / into.total) * 1000) / 1000;
}

/**
 * Completion figures of one list, per area and per responsible unit (lead or
 * co-responsible: a measure counts once for each of its units).
 */
export async function listCompletion(
  em: EntityManager,
  list: {
    readonly id: string;
    readonly kind: string;
    readonly year: number;
    readonly title: string;
    readonly tenant: { readonly id: string };
  },
  today: IsoDate,
): Promise<ListCompletion> {
  const totals = emptyCounts();
  const byUnit = new Map<string, CompletionCounts>();
  const byArea = new Map<string, ListCompletion['areas'][number]>();
  for (const row of await readCountedMeasures(em, list.tenant.id, list.id)) {
    let area = byArea.get(row.areaId);
    if (!area) {
      area = { areaId: row.areaId, no: row.areaNo, title: row.areaTitle, ...emptyCounts() };
      byArea.set(row.areaId, area);
    }
    // An area's row without a measure only makes sure the area is listed.
    if (row.status === null) continue;
    count(area, row, today);
    count(totals, row, today);
    for (const unitId of new Set([...row.leadUnitIds, ...row.unitIds])) {
      const unitCounts = byUnit.get(unitId) ?? emptyCounts();
      count(unitCounts, row, today);
      byUnit.set(unitId, unitCounts);
    }
  }
  return {
    listId: list.id,
    kind: list.kind,
    year: list.year,
    title: list.title,
    totals,
    areas: [...byArea.values()],
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
