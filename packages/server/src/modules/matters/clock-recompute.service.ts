import type { Calendar, IsoDate } from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../audit/audit.ts';
import { recordAudit } from '../audit/audit.ts';
import { Matter } from './matter.entity.ts';
import { MatterClock, type MatterClockRow } from './matter-clock.entity.ts';
import { nearestDue, refreshClock, replaceAlarms } from './matter-clocks.ts';

/** Why the days changed, for the audit trail and the matter's timeline. */
export interface CalendarChange {
  /** `calendar.noticeImported` or `calendar.localDayAdded` / `calendar.localDayRemoved`. */
  readonly cause: string;
  /** Only clocks whose span can touch this year are looked at (a notice is for one year). */
  readonly year?: number | undefined;
  readonly today: IsoDate;
  readonly now: Date;
  readonly actor: Actor;
  readonly requestId?: string | undefined;
}

export interface RecomputeReport {
  /** Open clocks looked at. */
  readonly clocks: number;
  /** Clocks whose due date moved. */
  readonly moved: number;
}

/**
 * Recounts the open clocks of the tenant bound to `em` on a changed calendar: an
 * official notice replacing a provisional year, or a local rest or working day.
 * A clock whose due date moves gets new alarms and an audited `matter.dueRecomputed`
 * on its matter's timeline (old and new date, and why); stopped clocks keep the date
 * they were answered against.
 */
export async function recomputeOpenClocks(
  em: EntityManager,
  tenantId: string,
  calendar: Calendar,
  change: CalendarChange,
): Promise<RecomputeReport> {
  const open = await em.find(
    MatterClock,
    change.year === undefined
      ? { status: { $in: ['running', 'suspended'] } }
      : {
          status: { $in: ['running', 'suspended'] },
          startedOn: { $lte: `${String(change.year)}-12-31` },
          // A notice may move days at the very end of the year before (调休 around New Year).
          $or: [{ dueOn: null }, { dueOn: { $gte: `${String(change.year - 1)}-12-01` } }],
        },
    { orderBy: { matter: 'asc', key: 'asc' } },
  );
  // Recounted in memory first: only the matters whose dates moved are then read and written.
  const moves = new Map<string, { clock: MatterClockRow; from: string | null }[]>();
  for (const clock of open) {
    if (!clock.rule) continue;
    const from = clock.dueOn ?? null;
    refreshClock(clock, calendar);
    if ((clock.dueOn ?? null) !== from) {
      moves.set(clock.matter.id, [...(moves.get(clock.matter.id) ?? []), { clock, from }]);
    }
  }
  let moved = 0;
  if (moves.size > 0) {
    const matters = await em.find(Matter, { id: { $in: [...moves.keys()] } });
    // All their open clocks, some maybe outside the year looked at, for the nearest due date.
    const stillOpen = await em.find(MatterClock, {
      matter: { $in: matters },
      status: { $in: ['running', 'suspended'] },
    });
    for (const matter of matters) {
      const changes = moves.get(matter.id) ?? [];
      for (const { clock } of changes) {
        await replaceAlarms(em, matter, clock, calendar, change.today, change.now);
      }
      moved += changes.length;
      matter.dueOn = nearestDue(stillOpen.filter((clock) => clock.matter.id === matter.id));
      matter.updatedAt = change.now;
      recordAudit(em, {
        tenantId,
        actor: change.actor,
        action: 'matter.dueRecomputed',
        entityType: 'matter',
        entityId: matter.id,
        before: { clocks: changes.map(({ clock, from }) => ({ clock: clock.key, dueOn: from })) },
        after: {
          cause: change.cause,
          ...(change.year === undefined ? {} : { year: change.year }),
          clocks: changes.map(({ clock }) => ({ clock: clock.key, dueOn: clock.dueOn ?? null })),
        },
        requestId: change.requestId,
        at: change.now,
      });
    }
  }
  await em.flush();
  return { clocks: open.length, moved };
}
