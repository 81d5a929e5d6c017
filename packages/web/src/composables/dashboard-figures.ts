import type { Matter } from '../api/types.ts';

export interface Series {
  readonly labels: string[];
  readonly values: number[];
}

/** Counts by a key, largest first, labelled. */
export function countBy(
  matters: readonly Matter[],
  key: (matter: Matter) => string,
  label: (key: string) => string,
): Series {
  const counts = new Map<string, number>();
  for (const matter of matters) counts.set(key(matter), (counts.get(key(matter)) ?? 0) + 1);
  const entries = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return { labels: entries.map(([name]) => label(name)), values: entries.map(([, count]) => count) };
}

/**
 * On-time rate (%) per unit over the clocks that have stopped: a sender's
 * clock counts for the sending unit, a recipient's for each receiving unit.
 */
export function onTimeByUnit(matters: readonly Matter[]): Series {
  const tally = new Map<string, { onTime: number; all: number }>();
  const add = (unit: string, isOnTime: boolean) => {
    const entry = tally.get(unit) ?? { onTime: 0, all: 0 };
    entry.all += 1;
    if (isOnTime) entry.onTime += 1;
    tally.set(unit, entry);
  };
  for (const matter of matters) {
    for (const clock of matter.clocks) {
      if (!clock.outcome) continue;
      const units =
        clock.owner === 'sender' ? [matter.fromUnit.name] : matter.to.map((party) => party.unit.name);
      for (const unit of units) add(unit, clock.outcome === 'onTime');
    }
  }
  const entries = [...tally.entries()]
    .map(([unit, { onTime, all }]) => [unit, Math.round((onTime / all) * 100)] as const)
    .sort((a, b) => a[1] - b[1]);
  return { labels: entries.map(([unit]) => unit), values: entries.map(([, rate]) => rate) };
}
