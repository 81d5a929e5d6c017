import type { PeriodRule } from '@liandong/core';
import type { MatterRuleDeclaration } from '@liandong/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import { Unit, type UnitRow } from '../tenancy/unit.entity.ts';
import type { MatterRow } from './matter.entity.ts';
import type { Caller } from './matter-access.ts';
import { type ActionMoment, applyMatterAction } from './matter-actions.ts';
import { insertMatter } from './matter-insert.ts';

/** The body of a create request, after zod. */
export interface CreateMatterBody {
  readonly ruleKey: string;
  readonly title: string;
  readonly summary?: string | undefined;
  readonly fromUnitKey?: string | undefined;
  readonly toUnitKeys?: string[] | undefined;
  readonly decidedOn?: string | undefined;
  readonly periodEnd?: string | undefined;
  readonly urgentPeriod?: PeriodRule | undefined;
  readonly send?: boolean | undefined;
}

/** Whether a unit may send under a rule: one the rule names, or any when it names none. */
export function sendsUnder(rule: MatterRuleDeclaration, unitKey: string): boolean {
  return rule.from.length === 0 || rule.from.includes(unitKey);
}

function unitError(path: string, message: string): AppError {
  return new AppError('MATTER_UNIT_NOT_ALLOWED', { message, fields: [{ path, message }] });
}

/**
 * Creates a matter under one of the tenant's matter rules: the sending unit
 * (the caller's own, or for the linkage office any the rule allows), the
 * recipients and copy-to units the rule names, its clocks with due dates,
 * explanation, reminders and escalation dates; sent at once when asked.
 */
export async function createMatter(
  em: EntityManager,
  caller: Caller,
  rule: MatterRuleDeclaration,
  ruleVersion: string,
  body: CreateMatterBody,
  moment: ActionMoment,
): Promise<MatterRow> {
  const { scope } = caller;
  if (scope.role !== 'tenant_admin' && scope.role !== 'liaison' && scope.role !== 'staff') {
    throw new AppError('FORBIDDEN');
  }
  const units = await em.find(Unit, { status: 'active' });
  const byKey = new Map(units.map((unit) => [unit.key, unit]));
  let fromUnit: UnitRow | undefined;
  if (scope.role === 'tenant_admin') {
    const key = body.fromUnitKey ?? rule.from[0];
    fromUnit = key === undefined ? units.find((unit) => unit.id === scope.unitId) : byKey.get(key);
    if (!fromUnit || !sendsUnder(rule, fromUnit.key)) {
      throw unitError('body.fromUnitKey', `the rule is sent by ${rule.from.join(', ') || 'any unit'}`);
    }
  } else {
    fromUnit = units.find((unit) => unit.id === scope.unitId);
    if (!fromUnit || !sendsUnder(rule, fromUnit.key)) {
      throw new AppError('MATTER_NOT_YOUR_SIDE', { details: { side: 'sender', allowedUnits: rule.from } });
    }
  }
  const ruleTo = rule.to.flatMap((party) => ('unit' in party ? [party.unit] : []));
  const toKeys = body.toUnitKeys ?? ruleTo;
  const toUnits = toKeys.map((key, index) => {
    const unit = byKey.get(key);
    if (!unit || (ruleTo.length > 0 && !ruleTo.includes(key))) {
      throw unitError(`body.toUnitKeys.${index}`, `the rule sends to ${ruleTo.join(', ') || 'no unit'}`);
    }
    return unit;
  });
  const copyUnits = rule.copyTo.flatMap((party) => {
    const unit = 'unit' in party ? byKey.get(party.unit) : undefined;
    return unit ? [unit] : [];
  });
  const externalRecipients = [...rule.to, ...rule.copyTo].flatMap((party) =>
    'external' in party ? [party.external] : [],
  );
  const { matter, parties } = await insertMatter(
    em,
    {
      tenantId: scope.tenant.id,
      rule,
      ruleVersion,
      title: body.title,
      summary: body.summary ?? null,
      fromUnit,
      toUnits,
      copyUnits,
      externalRecipients,
      urgentPeriod: body.urgentPeriod,
      statedStarts: { decided: body.decidedOn, periodEnd: body.periodEnd },
    },
    moment,
  );
  recordAudit(em, {
    tenantId: scope.tenant.id,
    actor: caller.actor,
    action: 'matter.created',
    entityType: 'matter',
    entityId: matter.id,
    after: { type: matter.type, ruleKey: matter.ruleKey, title: matter.title, state: matter.state },
    requestId: caller.requestId,
    at: moment.now,
  });
  if (body.send) {
    const action = matter.type === 'periodicReport' ? 'submit' : 'send';
    const change = await applyMatterAction(em, matter, parties, action, moment);
    recordAudit(em, {
      tenantId: scope.tenant.id,
      actor: caller.actor,
      action: `matter.${action}`,
      entityType: 'matter',
      entityId: matter.id,
      before: { state: change.from },
      after: { state: change.to },
      requestId: caller.requestId,
      at: moment.now,
    });
  }
  return matter;
}
