import { type Calendar, epochDayFromIso, expandCadence, type IsoDate, isoFromEpochDay } from '@liandong/core';
import type { ObligationDeclaration } from '@liandong/sdk';

/** One period of one obligation for one responsible unit, before it is stored. */
export interface PlannedInstance {
  readonly obligationKey: string;
  readonly obligationName: string;
  readonly unitKey: string;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly periodLabel: string;
  /** The day the instance appears in the unit's work. */
  readonly opensOn: IsoDate;
  readonly dueDate: IsoDate | null;
}

/**
 * The instances of the obligations whose periods fall in a year. When the
 * charter states a due rule it is anchored on the period's end (次月5日前), so
 * the instance opens the day after the period ends — the March report opens on
 * 1 April, due by the 5th. Without one (每季度开展评查) the work is done during
 * the period: it opens on the first day and is due on the last. A lead unit
 * (由司法行政部门牵头) carries the one instance; otherwise each unit has its own.
 */
export function plannedInstances(
  obligations: readonly ObligationDeclaration[],
  year: number,
  calendar: Calendar,
): PlannedInstance[] {
  const planned: PlannedInstance[] = [];
  for (const obligation of obligations) {
    const expanded = expandCadence(
      obligation.cadence,
      year,
      obligation.due ? { rule: obligation.due, calendar } : undefined,
    );
    if (!expanded.ok) continue;
    const unitKeys = obligation.leadUnit ? [obligation.leadUnit] : obligation.units;
    for (const occurrence of expanded.value) {
      const anchoredOnEnd = obligation.due !== undefined;
      const opensOn = anchoredOnEnd ? isoFromEpochDay(epochDayFromIso(occurrence.end) + 1) : occurrence.start;
      const dueDate = anchoredOnEnd ? (occurrence.due?.due ?? null) : occurrence.end;
      for (const unitKey of unitKeys) {
        planned.push({
          obligationKey: obligation.key,
          obligationName: obligation.name,
          unitKey,
          periodStart: occurrence.start,
          periodEnd: occurrence.end,
          periodLabel: occurrence.label.zh,
          opensOn,
          dueDate,
        });
      }
    }
  }
  return planned;
}
