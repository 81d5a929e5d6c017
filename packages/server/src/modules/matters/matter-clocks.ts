import { randomUUID } from 'node:crypto';
import {
  type Calendar,
  type ClockEvent,
  computeClock,
  computeDueDate,
  escalationDates,
  type IsoDate,
  type ReminderOffset,
  reminderDates,
} from '@liandong/core';
import type { MatterRuleDeclaration } from '@liandong/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.ts';
import type { MatterRow } from './matter.entity.ts';
import { MatterAlarm, type MatterClockRow, type StoredClockEvent } from './matter-clock.entity.ts';

/** Core's view of the stored events: who and when are ours, not core's. */
function coreEvents(events: readonly StoredClockEvent[]): ClockEvent[] {
  return events.map(({ recordedBy: _by, recordedAt: _at, ...event }) => event as ClockEvent);
}

/** A clock with no period: it starts and stops, but has no due date. */
function refreshUndated(clock: MatterClockRow): void {
  const started = clock.events.find((event) => event.type === 'started');
  const stopped = clock.events.find((event) => event.type === 'stopped');
  const last = clock.events.at(-1);
  clock.startedOn = started?.on ?? null;
  clock.stoppedOn = stopped?.on ?? null;
  clock.status = !started
    ? 'notStarted'
    : stopped
      ? 'stopped'
      : last?.type === 'suspended'
        ? 'suspended'
        : 'running';
  clock.dueOn = null;
  clock.outcome = null;
  clock.explanation = { ...clock.ruleOrigin, steps: [] };
}

/**
 * Recomputes a clock's stored state from its events with core. An event core
 * refuses (a resume without a suspension, a date out of order) is the caller's
 * mistake: a 409 naming core's reason.
 */
export function refreshClock(clock: MatterClockRow, calendar: Calendar): void {
  if (clock.status === 'cancelled') return;
  const rule = clock.rule;
  if (!rule) {
    refreshUndated(clock);
    return;
  }
  const result = computeClock(
    {
      rule,
      ruleVersion: clock.ruleVersion,
      startsOn: clock.startsOn,
      ...(clock.urgent ? { urgent: clock.urgent } : {}),
      events: coreEvents(clock.events),
    },
    calendar,
  );
  if (!result.ok) {
    throw new AppError('MATTER_CLOCK_INVALID', {
      message: result.error.en,
      details: { clock: clock.key, reason: result.error.code },
    });
  }
  const state = result.value;
  clock.status = state.status;
  clock.startedOn = state.startedOn;
  clock.stoppedOn = state.stoppedOn;
  clock.dueOn = state.due;
  clock.outcome = state.outcome;
  clock.explanation = { origin: clock.ruleOrigin, ...state.explanation };
}

/** Stored dates for the scheduler of one clock: reminders, the due day and escalation steps. */
function alarmDates(
  clock: MatterClockRow,
  rule: MatterRuleDeclaration,
  calendar: Calendar,
): { kind: 'reminder' | 'due' | 'escalation'; step: number; stepKey: string | null; on: IsoDate }[] {
  const due = clock.dueOn;
  if (!due || clock.status !== 'running') return [];
  const out: {
    kind: 'reminder' | 'due' | 'escalation';
    step: number;
    stepKey: string | null;
    on: IsoDate;
  }[] = [];
  const reminders = reminderDates(due, rule.reminders as ReminderOffset[], calendar);
  if (reminders.ok) {
    reminders.value.forEach((reminder, index) => {
      out.push({ kind: 'reminder', step: index + 1, stepKey: null, on: reminder.on });
    });
  }
  out.push({ kind: 'due', step: 0, stepKey: null, on: due });
  // The ladder presses the recipient's answer; a sender's own duty is not escalated against anyone.
  if (clock.owner !== 'recipient') return out;
  rule.escalation.forEach((step, index) => {
    const after = step.after;
    if (!after) return; // left to a decision (经检察长决定): taken by hand, not by date
    if (after.kind === 'months') {
      const date = computeDueDate({ kind: 'months', months: after.months }, due, calendar);
      if (date.ok && date.value.due) {
        out.push({ kind: 'escalation', step: index + 1, stepKey: step.key, on: date.value.due });
      }
      return;
    }
    const afterDue =
      after.kind === 'workingDays' ? { workingDays: after.days } : { calendarDays: after.days };
    const dates = escalationDates(due, [{ afterDue }], calendar);
    const [date] = dates.ok ? dates.value : [];
    if (date) out.push({ kind: 'escalation', step: index + 1, stepKey: step.key, on: date.on });
  });
  return out;
}

/**
 * Replaces a clock's pending alarms with the ones its current state gives.
 * Old rows are cancelled, never deleted; reminders already in the past are
 * not stored (they would all fire at once), due and escalation dates are.
 */
export async function replaceAlarms(
  em: EntityManager,
  matter: MatterRow,
  clock: MatterClockRow,
  calendar: Calendar,
  today: IsoDate,
  now: Date,
): Promise<void> {
  const pending = await em.find(MatterAlarm, { matter, clock, status: 'pending' });
  for (const alarm of pending) alarm.status = 'cancelled';
  for (const alarm of alarmDates(clock, matter.ruleSnapshot, calendar)) {
    if (alarm.kind === 'reminder' && alarm.on < today) continue;
    em.create(MatterAlarm, {
      tenant: matter.tenant,
      id: randomUUID(),
      matter,
      clock,
      kind: alarm.kind,
      step: alarm.step,
      stepKey: alarm.stepKey,
      fireOn: alarm.on,
      status: 'pending',
      firedAt: null,
      createdAt: now,
    });
  }
}

/** The nearest due date among clocks still running (or suspended): what the matter lists by. */
export function nearestDue(clocks: readonly MatterClockRow[]): IsoDate | null {
  const open = clocks
    .filter((clock) => clock.status === 'running' || clock.status === 'suspended')
    .map((clock) => clock.dueOn)
    .filter((due): due is string => due !== null && due !== undefined)
    .sort();
  return open[0] ?? null;
}
