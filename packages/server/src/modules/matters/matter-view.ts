import {
  allowedActions,
  type Calendar,
  describeRule,
  type IsoDate,
  MATTER_TYPE_NAMES,
  type TrafficLight,
  trafficLight,
  type WarningThresholds,
} from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarFor } from './calendar-for-tenant.ts';
import { awaitsLateReceipt } from './matter-actions.ts';
import { type ClockSource, type MatterSource, type PartySource, readMatterSource } from './matter-read.ts';

type LightView = TrafficLight | null;

function lightOf(
  due: IsoDate | null | undefined,
  doneOn: IsoDate | null | undefined,
  today: IsoDate,
  calendar: Calendar,
  thresholds: Partial<WarningThresholds>,
): LightView {
  if (!due) return null;
  const light = trafficLight({ due, today, doneOn: doneOn ?? null }, calendar, thresholds);
  return light.ok ? light.value : null;
}

function thresholdsOf(matter: MatterSource): Partial<WarningThresholds> {
  return { ...(matter.thresholds ?? {}) } as Partial<WarningThresholds>;
}

function clockView(clock: ClockSource, matter: MatterSource, today: IsoDate, calendar: Calendar) {
  return {
    key: clock.key,
    name: clock.name,
    owner: clock.owner,
    startsOn: clock.startsOn,
    rule: clock.rule,
    ruleText: clock.rule ? { zh: describeRule(clock.rule, 'zh'), en: describeRule(clock.rule, 'en') } : null,
    urgent: clock.urgent,
    ruleVersion: clock.ruleVersion,
    status: clock.status,
    startedOn: clock.startedOn,
    dueOn: clock.dueOn,
    stoppedOn: clock.stoppedOn,
    outcome: clock.outcome,
    light:
      clock.status === 'cancelled'
        ? null
        : lightOf(clock.dueOn, clock.stoppedOn, today, calendar, thresholdsOf(matter)),
    explanation: clock.explanation,
    events: clock.events,
    version: clock.version,
  };
}

/** A matter as the API shows it, with its parties, clocks and the actions its state allows. */
export function matterView(matter: MatterSource, today: IsoDate) {
  const calendar = calendarFor(matter.tenantId);
  const partyView = (party: PartySource) => ({
    unit: party.unit,
    receivedOn: party.receivedOn,
    receivedBy: party.receivedBy,
  });
  return {
    id: matter.id,
    type: matter.type,
    typeName: MATTER_TYPE_NAMES[matter.type],
    ruleKey: matter.ruleKey,
    ruleName: matter.ruleName,
    ruleVersion: matter.ruleVersion,
    title: matter.title,
    summary: matter.summary,
    state: matter.state,
    allowedActions: awaitsLateReceipt(matter, matter.parties)
      ? ['receive' as const, ...allowedActions(matter.type, matter.state)]
      : allowedActions(matter.type, matter.state),
    isUrgent: matter.isUrgent,
    fromUnit: matter.fromUnit,
    to: matter.parties.filter((party) => party.role === 'to').map(partyView),
    copyTo: matter.parties.filter((party) => party.role === 'copyTo').map(partyView),
    externalRecipients: matter.externalRecipients,
    parentMatterId: matter.parentMatterId,
    rootMatterId: matter.rootMatterId,
    escalationStepKey: matter.escalationStepKey,
    dueOn: matter.dueOn,
    light: lightOf(matter.dueOn, null, today, calendar, thresholdsOf(matter)),
    clocks: matter.clocks.map((clock) => clockView(clock, matter, today, calendar)),
    escalation: matter.escalation.map((step) => ({
      key: step.key,
      name: step.name,
      action: step.action,
      decidedBy: step.decidedBy ?? null,
      alternativeTo: step.alternativeTo ?? null,
      ifNecessary: step.ifNecessary,
    })),
    createdAt: matter.createdAt,
    updatedAt: matter.updatedAt,
    version: matter.version,
  };
}

/** The response of one matter. */
export type MatterView = ReturnType<typeof matterView>;

/** One matter's view, read after a change so the version and dates are the stored ones. */
export async function loadView(
  em: EntityManager,
  tenantId: string,
  matterId: string,
  today: IsoDate,
): Promise<MatterView> {
  const source = await readMatterSource(em, tenantId, matterId);
  if (!source) throw new Error('matter vanished');
  return matterView(source, today);
}
