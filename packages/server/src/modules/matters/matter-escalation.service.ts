import { ESCALATION_MATTER_TYPES, type IsoDate } from '@liandong/core';
import type { MatterRuleDeclaration } from '@liandong/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.ts';
import { type Actor, recordAudit } from '../audit/audit.ts';
import { Unit } from '../tenancy/unit.entity.ts';
import { Matter, type MatterRow } from './matter.entity.ts';
import { MatterAlarm, MatterClock } from './matter-clock.entity.ts';
import { insertMatter } from './matter-insert.ts';

type EscalationStep = MatterRuleDeclaration['escalation'][number];

/** What escalating needs: the tenant, who acts (a user, or the scheduler as `SYSTEM_ACTOR`) and when. */
export interface EscalationInput {
  readonly tenantId: string;
  readonly matterId: string;
  readonly stepKey: string;
  readonly actor: Actor;
  readonly today: IsoDate;
  readonly now: Date;
  readonly requestId?: string | undefined;
}

/**
 * The rule of the document a step produces: its type from the step's action,
 * addressed to the step's targets, with a reply clock when the document
 * expects an answer — a follow-up letter keeps the period of the answer it
 * chases, a suggestion takes core's statutory default.
 */
function linkedRule(parent: MatterRuleDeclaration, step: EscalationStep): MatterRuleDeclaration {
  const type = ESCALATION_MATTER_TYPES[step.action];
  const chased = parent.clocks.find((clock) => clock.owner === 'recipient');
  const answers = type === 'procuratorialOpinion' || type === 'procuratorialSuggestion';
  return {
    key: `${parent.key}.${step.key}`,
    type,
    name: step.name,
    from: parent.from,
    to: step.targets,
    copyTo: [],
    clocks: answers
      ? [
          {
            key: 'reply',
            name: '书面回复',
            owner: 'recipient',
            startsOn: 'received',
            ...(step.action === 'followUpLetter' && chased?.deadline ? { deadline: chased.deadline } : {}),
          },
        ]
      : [],
    reminders: parent.reminders,
    escalation: [],
    ...(parent.thresholds ? { thresholds: parent.thresholds } : {}),
    ...(step.source ? { source: step.source } : {}),
  };
}

/**
 * Whether an answer the recipient owes may be escalated today: unanswered
 * past its due date, answered late, or still open on a clock with no period
 * at all (then "not handled in time" is a judgement the ladder's decider makes).
 */
async function isOverdue(em: EntityManager, matter: MatterRow, today: IsoDate): Promise<boolean> {
  const clocks = await em.find(MatterClock, { matter, owner: 'recipient' });
  return clocks.some((clock) => {
    const open = clock.status === 'running' || clock.status === 'suspended';
    return clock.outcome === 'late' || (open && (!clock.dueOn || clock.dueOn < today));
  });
}

/**
 * Takes one step of a matter's escalation ladder (督办): creates the linked
 * document the step's action names (跟进监督函, 检察建议, 通报, 报告) as a
 * draft matter with its own clock, on the same timeline (`rootMatterId`),
 * addressed to the step's targets. The API calls it for a decision taken by
 * hand; the scheduler calls it when a `matter_alarm` of kind `escalation`
 * fires (with `SYSTEM_ACTOR`), inside its own tenant transaction.
 *
 * Refused when nothing the recipient owes is overdue, when the step or its
 * alternative was already taken, or when the matter is withdrawn or closed.
 */
export async function escalateMatter(em: EntityManager, input: EscalationInput): Promise<MatterRow> {
  const matter = await em.findOne(Matter, { id: input.matterId });
  if (!matter) throw new AppError('NOT_FOUND');
  const rule = matter.ruleSnapshot;
  const step = rule.escalation.find((candidate) => candidate.key === input.stepKey);
  if (!step) {
    const message = `the rule has steps ${rule.escalation.map((s) => s.key).join(', ') || '(none)'}`;
    throw new AppError('MATTER_ESCALATION_UNKNOWN', { message, fields: [{ path: 'body.stepKey', message }] });
  }
  if (matter.state === 'withdrawn' || matter.state === 'closed' || matter.state === 'draft') {
    throw new AppError('MATTER_ILLEGAL_TRANSITION', {
      details: { state: matter.state, action: 'escalate', allowedActions: [] },
    });
  }
  if (!(await isOverdue(em, matter, input.today))) {
    throw new AppError('MATTER_ESCALATION_NOT_DUE', { details: { dueOn: matter.dueOn ?? null } });
  }
  const taken = await em.find(Matter, { parentMatterId: matter.id, escalationStepKey: { $ne: null } });
  const alternatives = rule.escalation
    .filter((other) => other.alternativeTo === step.key || step.alternativeTo === other.key)
    .map((other) => other.key);
  const conflict = taken.find(
    (linked) =>
      linked.escalationStepKey === step.key || alternatives.includes(linked.escalationStepKey ?? ''),
  );
  if (conflict) {
    throw new AppError('MATTER_ESCALATION_TAKEN', {
      details: { stepKey: conflict.escalationStepKey, matterId: conflict.id },
    });
  }
  const units = await em.find(Unit, { status: 'active' });
  const fromUnit = units.find((unit) => unit.id === matter.fromUnit.id);
  if (!fromUnit) throw new AppError('NOT_FOUND');
  const toUnits = step.targets.flatMap((target) => {
    const unit = 'unit' in target ? units.find((candidate) => candidate.key === target.unit) : undefined;
    return unit ? [unit] : [];
  });
  const externals = step.targets.flatMap((target) => ('external' in target ? [target.external] : []));
  const moment = { today: input.today, now: input.now, actor: input.actor };
  const { matter: linked } = await insertMatter(
    em,
    {
      tenantId: input.tenantId,
      rule: linkedRule(rule, step),
      ruleVersion: matter.ruleVersion,
      title: `${step.name}（${matter.title}）`.slice(0, 200),
      summary: null,
      fromUnit,
      toUnits,
      copyUnits: [],
      externalRecipients: externals,
      statedStarts: {},
      parent: { matter, stepKey: step.key },
    },
    moment,
  );
  for (const alarm of await em.find(MatterAlarm, {
    matter,
    kind: 'escalation',
    stepKey: step.key,
    status: 'pending',
  })) {
    alarm.status = 'fired';
    alarm.firedAt = input.now;
  }
  matter.updatedAt = input.now;
  const audit = { tenantId: input.tenantId, actor: input.actor, requestId: input.requestId, at: input.now };
  recordAudit(em, {
    ...audit,
    action: 'matter.escalated',
    entityType: 'matter',
    entityId: matter.id,
    after: { stepKey: step.key, action: step.action, linkedMatterId: linked.id },
  });
  recordAudit(em, {
    ...audit,
    action: 'matter.created',
    entityType: 'matter',
    entityId: linked.id,
    after: { type: linked.type, parentMatterId: matter.id, stepKey: step.key, title: linked.title },
  });
  return linked;
}
