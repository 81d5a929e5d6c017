import { applyTransition, CLOCK_EFFECTS, type IsoDate, type MatterAction } from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.ts';
import type { Actor } from '../audit/audit.ts';
import { calendarForTenant } from '../calendar/calendar-for-tenant.ts';
import type { MatterPartyRow, MatterRow } from './matter.entity.ts';
import { MatterAlarm, MatterClock, type MatterClockRow } from './matter-clock.entity.ts';
import { nearestDue, refreshClock, replaceAlarms } from './matter-clocks.ts';

/** When and by whom an action happens. */
export interface ActionMoment {
  readonly today: IsoDate;
  readonly now: Date;
  readonly actor: Actor;
  /** The day the act took effect, when it differs from today (a receipt recorded late). */
  readonly on?: IsoDate | undefined;
  /** The unit whose receipt this is; null records every recipient's (the linkage office, the scheduler). */
  readonly unitId?: string | null | undefined;
}

// Once one recipient has signed, the matter moves on; the others may still sign for themselves.
const LATE_RECEIPT_STATES: ReadonlySet<string> = new Set(['received', 'replied', 'evaluated']);

/** Whether a recipient of a matter already received by another has still to sign for it. */
export function awaitsLateReceipt(
  matter: { readonly state: string },
  parties: readonly { readonly role: string; readonly receivedOn?: string | null | undefined }[],
): boolean {
  return (
    LATE_RECEIPT_STATES.has(matter.state) && parties.some((party) => party.role === 'to' && !party.receivedOn)
  );
}

function signReceipts(parties: readonly MatterPartyRow[], moment: ActionMoment, on: IsoDate): number {
  let signed = 0;
  for (const party of parties) {
    if (party.role !== 'to' || party.receivedOn) continue;
    // A unit signs for itself only: another recipient's receipt stays open until it signs.
    if (moment.unitId && party.unit.id !== moment.unitId) continue;
    party.receivedOn = on;
    party.receivedAt = moment.now;
    party.receivedBy = moment.actor.id;
    signed += 1;
  }
  return signed;
}

/** Recomputes every clock, its alarms and the matter's nearest due date. */
export async function refreshMatterClocks(
  em: EntityManager,
  matter: MatterRow,
  clocks: readonly MatterClockRow[],
  moment: ActionMoment,
): Promise<void> {
  // Writes read the calendar fresh: another server instance may have just changed a local day.
  const calendar = await calendarForTenant(em, matter.tenant.id);
  for (const clock of clocks) {
    refreshClock(clock, calendar);
    await replaceAlarms(em, matter, clock, calendar, moment.today, moment.now);
  }
  matter.dueOn = nearestDue(clocks);
}

/** Cancels the clocks still open and their alarms: the matter ended without an answer (withdrawn). */
async function cancelOpenClocks(em: EntityManager, matter: MatterRow, clocks: readonly MatterClockRow[]) {
  for (const clock of clocks) {
    if (clock.status === 'stopped' || clock.status === 'cancelled') continue;
    clock.status = 'cancelled';
    for (const alarm of await em.find(MatterAlarm, { matter, clock, status: 'pending' })) {
      alarm.status = 'cancelled';
    }
  }
}

/**
 * Applies a workflow action: the state change from core's table (409 naming
 * the state and allowed actions otherwise), the clock events it is, receipts,
 * and the recomputed dates. The caller checks roles and versions first.
 */
export async function applyMatterAction(
  em: EntityManager,
  matter: MatterRow,
  parties: readonly MatterPartyRow[],
  action: MatterAction,
  moment: ActionMoment,
): Promise<{ from: string; to: string }> {
  const on = moment.on ?? moment.today;
  // A later recipient's receipt: recorded for its unit; the state and the clocks (started by the first) stay.
  if (action === 'receive' && awaitsLateReceipt(matter, parties) && signReceipts(parties, moment, on) > 0) {
    matter.updatedAt = moment.now;
    return { from: matter.state, to: matter.state };
  }
  const result = applyTransition(matter.type, matter.state, action);
  if (!result.ok) {
    throw new AppError('MATTER_ILLEGAL_TRANSITION', {
      message: `“${action}” is not allowed while the matter is ${result.state}.`,
      details: { state: result.state, action, allowedActions: result.allowedActions },
    });
  }
  if (action === 'receive') signReceipts(parties, moment, on);
  const clocks = await em.find(MatterClock, { matter }, { orderBy: { createdAt: 'asc', key: 'asc' } });
  const effect = CLOCK_EFFECTS[action];
  const stamp = { recordedBy: moment.actor.id, recordedAt: moment.now.toISOString() };
  for (const clock of clocks) {
    const open = clock.status === 'running' || clock.status === 'suspended';
    if (clock.status === 'notStarted' && effect.starts.includes(clock.startsOn)) {
      clock.events = [...clock.events, { type: 'started', event: clock.startsOn, on, ...stamp }];
    } else if (open && effect.stops === clock.owner) {
      clock.events = [...clock.events, { type: 'stopped', on, ...stamp }];
    }
  }
  if (result.to === 'withdrawn' || result.to === 'closed') await cancelOpenClocks(em, matter, clocks);
  matter.state = result.to;
  matter.updatedAt = moment.now;
  await refreshMatterClocks(em, matter, clocks, moment);
  return { from: result.from, to: result.to };
}
