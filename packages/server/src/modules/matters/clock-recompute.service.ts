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
  const byMatter = new Map<string, MatterClockRow[]>();
  for (const clock of open) {
    if (!clock.rule) continue;
    byMatter.set(clock.matter.id, [...(byMatter.get(clock.matter.id) ?? []), clock]);
  }
  let moved = 0;
  for (const [matterId, clocks] of byMatter) {
    const matter = await em.findOneOrFail(Matter, { id: matterId });
    const changes: { clock: string; from: string | null; to: string | null }[] = [];
    for (const clock of clocks) {
      const before = clock.dueOn ?? null;
      refreshClock(clock, calendar);
      if ((clock.dueOn ?? null) === before) continue;
      await replaceAlarms(em, matter, clock, calendar, change.today, change.now);
      changes.push({ clock: clock.key, from: before, to: clock.dueOn ?? null });
    }
    if (changes.length === 0) continue;
    moved += changes.length;
    const all = await em.find(MatterClock, { matter });
    matter.dueOn = nearestDue(all);
    matter.updatedAt = change.now;
    recordAudit(em, {
      tenantId,
      actor: change.actor,
      action: 'matter.dueRecomputed',
      entityType: 'matter',
      entityId: matter.id,
      before: { clocks: changes.map(({ clock, from }) => ({ clock, dueOn: from })) },
      after: {
        cause: change.cause,
        ...(change.year === undefined ? {} : { year: change.year }),
        clocks: changes.map(({ clock, to }) => ({ clock, dueOn: to })),
      },
      requestId: change.requestId,
      at: change.now,
    });
  }
  await em.flush();
  return { clocks: open.length, moved };
}
