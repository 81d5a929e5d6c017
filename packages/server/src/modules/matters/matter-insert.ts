import { randomUUID } from 'node:crypto';
import {
  type Calendar,
  type ClockStartEvent,
  computeDueDate,
  DEFAULT_DEADLINES,
  type IsoDate,
  type MatterType,
  type PeriodRule,
  resolveClockDeadline,
  validateUrgentOverride,
} from '@liandong/core';
import type { MatterRuleDeclaration } from '@liandong/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.ts';
import { calendarForTenant } from '../calendar/calendar-for-tenant.ts';
import type { UnitRow } from '../tenancy/unit.entity.ts';
import { Matter, MatterParty, type MatterPartyRow, type MatterRow } from './matter.entity.ts';
import { type ActionMoment, refreshMatterClocks } from './matter-actions.ts';
import { MatterClock, type MatterClockRow, type StoredClockEvent } from './matter-clock.entity.ts';

/** What a new matter needs beyond its rule. */
export interface MatterSpec {
  readonly tenantId: string;
  readonly rule: MatterRuleDeclaration;
  readonly ruleVersion: string;
  readonly title: string;
  readonly summary: string | null;
  readonly fromUnit: UnitRow;
  readonly toUnits: readonly UnitRow[];
  readonly copyUnits: readonly UnitRow[];
  readonly externalRecipients: readonly string[];
  readonly urgentPeriod?: PeriodRule | undefined;
  /** Dates of start events stated by the sender (the decision, the period's end). */
  readonly statedStarts: Partial<Record<ClockStartEvent, IsoDate>>;
  readonly parent?: { readonly matter: MatterRow; readonly stepKey: string } | undefined;
}

function fieldError(
  code: 'MATTER_URGENT_INVALID' | 'MATTER_START_DATE_REQUIRED',
  path: string,
  message: string,
) {
  return new AppError(code, { message, fields: [{ path, message }] });
}

/** The urgent period a clock may take, or undefined when it may not; 400 naming `body.urgentPeriod` when out of bounds. */
function urgentFor(
  type: MatterType,
  clockRule: MatterRuleDeclaration['clocks'][number],
  urgent: PeriodRule,
  today: IsoDate,
  calendar: Calendar,
): PeriodRule | undefined {
  const fallback = clockRule.deadline === undefined ? DEFAULT_DEADLINES[type] : undefined;
  const allowed = clockRule.urgent?.allowed === true || fallback?.urgent !== undefined;
  if (!allowed) return undefined;
  const { rule } = resolveClockDeadline(type, clockRule.deadline);
  if (rule === null) return undefined;
  const shorter = validateUrgentOverride(rule, urgent, today, calendar);
  if (!shorter.ok) throw fieldError('MATTER_URGENT_INVALID', 'body.urgentPeriod', shorter.error.en);
  const shortest = clockRule.urgent?.shortest ?? fallback?.urgent;
  if (shortest) {
    const floor = computeDueDate(shortest, today, calendar);
    if (floor.ok && floor.value.due !== null && shorter.value.urgentDue < floor.value.due) {
      throw fieldError(
        'MATTER_URGENT_INVALID',
        'body.urgentPeriod',
        `the urgent period may not end before ${floor.value.due} (the shortest the rules allow)`,
      );
    }
  }
  return urgent;
}

/**
 * The clocks a rule runs: its own, or — when it declares none — the one the
 * law implies for the type (a suggestion's written reply within two months).
 */
export function clocksOf(rule: MatterRuleDeclaration): MatterRuleDeclaration['clocks'] {
  if (rule.clocks.length > 0) return rule.clocks;
  const fallback = DEFAULT_DEADLINES[rule.type];
  return fallback ? [{ ...fallback.clock }] : [];
}

/** Inserts a draft matter with its parties and clocks; stated start dates start their clocks at once. */
export async function insertMatter(
  em: EntityManager,
  spec: MatterSpec,
  moment: ActionMoment,
): Promise<{ matter: MatterRow; parties: MatterPartyRow[] }> {
  // Writes read the calendar fresh: another server instance may have just changed a local day.
  const calendar = await calendarForTenant(em, spec.tenantId);
  const id = randomUUID();
  const urgentByClock = new Map<string, PeriodRule>();
  if (spec.urgentPeriod) {
    for (const clockRule of clocksOf(spec.rule)) {
      const urgent = urgentFor(spec.rule.type, clockRule, spec.urgentPeriod, moment.today, calendar);
      if (urgent) urgentByClock.set(clockRule.key, urgent);
    }
    if (urgentByClock.size === 0) {
      throw fieldError(
        'MATTER_URGENT_INVALID',
        'body.urgentPeriod',
        'this matter rule allows no urgent period',
      );
    }
  }
  const matter = em.create(Matter, {
    tenant: spec.tenantId,
    id,
    type: spec.rule.type,
    ruleKey: spec.rule.key,
    ruleVersion: spec.ruleVersion,
    ruleSnapshot: spec.rule,
    title: spec.title,
    summary: spec.summary,
    state: 'draft',
    isUrgent: urgentByClock.size > 0,
    fromUnit: [spec.tenantId, spec.fromUnit.id],
    externalRecipients: [...spec.externalRecipients],
    parentMatterId: spec.parent?.matter.id ?? null,
    rootMatterId: spec.parent?.matter.rootMatterId ?? id,
    escalationStepKey: spec.parent?.stepKey ?? null,
    dueOn: null,
    createdBy: moment.actor.id,
    createdAt: moment.now,
    updatedAt: moment.now,
  });
  const parties = [
    ...spec.toUnits.map((unit) => ({ unit, role: 'to' as const })),
    ...spec.copyUnits
      .filter((unit) => !spec.toUnits.some((to) => to.id === unit.id))
      .map((unit) => ({ unit, role: 'copyTo' as const })),
  ].map(({ unit, role }) =>
    em.create(MatterParty, {
      tenant: spec.tenantId,
      id: randomUUID(),
      matter,
      unit: [spec.tenantId, unit.id],
      role,
      receivedOn: null,
      receivedAt: null,
      receivedBy: null,
      createdAt: moment.now,
    }),
  );
  const clocks: MatterClockRow[] = [];
  for (const clockRule of clocksOf(spec.rule)) {
    const { rule, origin } = resolveClockDeadline(spec.rule.type, clockRule.deadline);
    const events: StoredClockEvent[] = [];
    if (clockRule.startsOn === 'decided' || clockRule.startsOn === 'periodEnd') {
      const stated = spec.statedStarts[clockRule.startsOn];
      const field = clockRule.startsOn === 'decided' ? 'body.decidedOn' : 'body.periodEnd';
      if (!stated)
        throw fieldError(
          'MATTER_START_DATE_REQUIRED',
          field,
          `the clock “${clockRule.name}” starts on this date`,
        );
      if (stated > moment.today)
        throw fieldError('MATTER_START_DATE_REQUIRED', field, 'the date may not be in the future');
      events.push({
        type: 'started',
        event: clockRule.startsOn,
        on: stated,
        recordedBy: moment.actor.id,
        recordedAt: moment.now.toISOString(),
      });
    }
    const urgent = urgentByClock.get(clockRule.key) ?? null;
    clocks.push(
      em.create(MatterClock, {
        tenant: spec.tenantId,
        id: randomUUID(),
        matter,
        key: clockRule.key,
        name: clockRule.name,
        owner: clockRule.owner,
        startsOn: clockRule.startsOn,
        rule,
        ruleOrigin: origin as unknown as Record<string, unknown>,
        ruleVersion: spec.ruleVersion,
        urgent,
        events,
        status: 'notStarted',
        startedOn: null,
        dueOn: null,
        stoppedOn: null,
        outcome: null,
        explanation: {},
        createdAt: moment.now,
      }),
    );
  }
  await refreshMatterClocks(em, matter, clocks, moment);
  return { matter, parties };
}
