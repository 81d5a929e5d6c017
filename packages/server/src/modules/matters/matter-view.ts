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
import { Unit, type UnitRow } from '../tenancy/unit.entity.ts';
import { calendarFor } from './calendar-for-tenant.ts';
import { Matter, MatterParty, type MatterPartyRow, type MatterRow } from './matter.entity.ts';
import { awaitsLateReceipt } from './matter-actions.ts';
import { MatterClock, type MatterClockRow } from './matter-clock.entity.ts';

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

function thresholdsOf(matter: MatterRow): Partial<WarningThresholds> {
  return { ...(matter.ruleSnapshot.thresholds ?? {}) } as Partial<WarningThresholds>;
}

function unitRef(units: ReadonlyMap<string, UnitRow>, id: string) {
  const unit = units.get(id);
  return { id, key: unit?.key ?? '', name: unit?.name ?? '' };
}

function clockView(clock: MatterClockRow, matter: MatterRow, today: IsoDate, calendar: Calendar) {
  return {
    key: clock.key,
    name: clock.name,
    owner: clock.owner,
    startsOn: clock.startsOn,
    rule: clock.rule ?? null,
    ruleText: clock.rule ? { zh: describeRule(clock.rule, 'zh'), en: describeRule(clock.rule, 'en') } : null,
    urgent: clock.urgent ?? null,
    ruleVersion: clock.ruleVersion,
    status: clock.status,
    startedOn: clock.startedOn ?? null,
    dueOn: clock.dueOn ?? null,
    stoppedOn: clock.stoppedOn ?? null,
    outcome: clock.outcome ?? null,
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
export function matterView(
  matter: MatterRow,
  parties: readonly MatterPartyRow[],
  clocks: readonly MatterClockRow[],
  units: ReadonlyMap<string, UnitRow>,
  today: IsoDate,
) {
  const calendar = calendarFor(matter.tenant.id);
  const partyView = (party: MatterPartyRow) => ({
    unit: unitRef(units, party.unit.id),
    receivedOn: party.receivedOn ?? null,
    receivedBy: party.receivedBy ?? null,
  });
  return {
    id: matter.id,
    type: matter.type,
    typeName: MATTER_TYPE_NAMES[matter.type],
    ruleKey: matter.ruleKey,
    ruleName: matter.ruleSnapshot.name,
    ruleVersion: matter.ruleVersion,
    title: matter.title,
    summary: matter.summary ?? null,
    state: matter.state,
    allowedActions: awaitsLateReceipt(matter, parties)
      ? ['receive' as const, ...allowedActions(matter.type, matter.state)]
      : allowedActions(matter.type, matter.state),
    isUrgent: matter.isUrgent,
    fromUnit: unitRef(units, matter.fromUnit.id),
    to: parties.filter((party) => party.role === 'to').map(partyView),
    copyTo: parties.filter((party) => party.role === 'copyTo').map(partyView),
    externalRecipients: matter.externalRecipients,
    parentMatterId: matter.parentMatterId ?? null,
    rootMatterId: matter.rootMatterId,
    escalationStepKey: matter.escalationStepKey ?? null,
    dueOn: matter.dueOn ?? null,
    light: lightOf(matter.dueOn, null, today, calendar, thresholdsOf(matter)),
    clocks: clocks.map((clock) => clockView(clock, matter, today, calendar)),
    escalation: matter.ruleSnapshot.escalation.map((step) => ({
      key: step.key,
      name: step.name,
      action: step.action,
      decidedBy: step.decidedBy ?? null,
      alternativeTo: step.alternativeTo ?? null,
      ifNecessary: step.ifNecessary,
    })),
    createdAt: matter.createdAt.toISOString(),
    updatedAt: matter.updatedAt.toISOString(),
    version: matter.version,
  };
}

/** The response of one matter. */
export type MatterView = ReturnType<typeof matterView>;

/** Loads what a view needs for matters already read in this transaction. */
export async function loadViews(
  em: EntityManager,
  matters: readonly MatterRow[],
  today: IsoDate,
  /** The matters' parties when the caller already read them (in creation order), saving a query. */
  knownParties?: readonly MatterPartyRow[],
): Promise<MatterView[]> {
  if (matters.length === 0) return [];
  const ids = matters.map((matter) => matter.id);
  const parties =
    knownParties ??
    (await em.find(
      MatterParty,
      { matter: { id: { $in: ids } } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    ));
  const clocks = await em.find(
    MatterClock,
    { matter: { id: { $in: ids } } },
    { orderBy: { createdAt: 'asc', key: 'asc' } },
  );
  const units = new Map((await em.find(Unit, {})).map((unit) => [unit.id, unit]));
  return matters.map((matter) =>
    matterView(
      matter,
      parties.filter((party) => party.matter.id === matter.id),
      clocks.filter((clock) => clock.matter.id === matter.id),
      units,
      today,
    ),
  );
}

/** One matter's view, re-read after a change so the version and dates are the stored ones. */
export async function loadView(em: EntityManager, matterId: string, today: IsoDate): Promise<MatterView> {
  const matter = await em.findOneOrFail(Matter, { id: matterId });
  const [view] = await loadViews(em, [matter], today);
  if (!view) throw new Error('matter vanished');
  return view;
}
