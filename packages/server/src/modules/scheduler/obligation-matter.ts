import type { IsoDate, MatterType } from '@liandong/core';
import type { MatterRuleDeclaration, ObligationDeclaration } from '@liandong/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.ts';
import { insertMatter } from '../matters/matter-insert.ts';
import type { UnitRow } from '../tenancy/unit.entity.ts';

const MATTER_TYPE_OF: Record<ObligationDeclaration['kind'], MatterType> = {
  report: 'periodicReport',
  filing: 'periodicReport',
  review: 'review',
  evaluation: 'review',
  inspection: 'review',
  notification: 'notification',
};

/**
 * The matter rule a period's instance runs under: sent by the responsible
 * unit to the obligation's recipients, with one clock — the charter's due rule
 * — started by the period's end. The responsible unit owes it, so the ladder is empty.
 */
export function obligationMatterRule(
  obligation: ObligationDeclaration,
  unitKey: string,
): MatterRuleDeclaration | null {
  if (!obligation.due) return null;
  return {
    key: `obligation.${obligation.key}`,
    type: MATTER_TYPE_OF[obligation.kind],
    name: obligation.name,
    from: [unitKey],
    to: obligation.to,
    copyTo: obligation.copyTo,
    clocks: [
      { key: 'submit', name: '按期完成', owner: 'sender', startsOn: 'periodEnd', deadline: obligation.due },
    ],
    reminders: [],
    escalation: [],
    ...(obligation.source ? { source: obligation.source } : {}),
  };
}

export interface ObligationMatterInput {
  readonly tenantId: string;
  readonly obligation: ObligationDeclaration;
  readonly ruleVersion: string;
  readonly unit: UnitRow;
  readonly units: ReadonlyMap<string, UnitRow>;
  readonly periodEnd: IsoDate;
  readonly periodLabel: string;
  readonly today: IsoDate;
  readonly now: Date;
}

/**
 * Opens the draft matter of one obligation instance through the matters
 * module (its clock, due date and alarms come from there), or returns null for
 * an obligation with no due rule, which stays an instance on the schedule.
 */
export async function openObligationMatter(
  em: EntityManager,
  input: ObligationMatterInput,
): Promise<string | null> {
  const rule = obligationMatterRule(input.obligation, input.unit.key);
  if (!rule) return null;
  const unitsOf = (parties: MatterRuleDeclaration['to']) =>
    parties.flatMap((party) => {
      const unit = 'unit' in party ? input.units.get(party.unit) : undefined;
      return unit ? [unit] : [];
    });
  const { matter } = await insertMatter(
    em,
    {
      tenantId: input.tenantId,
      rule,
      ruleVersion: input.ruleVersion,
      title: `${input.obligation.name}（${input.periodLabel}·${input.unit.name}）`.slice(0, 200),
      summary: input.obligation.description ?? null,
      fromUnit: input.unit,
      toUnits: unitsOf(rule.to),
      copyUnits: unitsOf(rule.copyTo),
      externalRecipients: [...rule.to, ...rule.copyTo].flatMap((party) =>
        'external' in party ? [party.external] : [],
      ),
      statedStarts: { periodEnd: input.periodEnd },
    },
    { today: input.today, now: input.now, actor: SYSTEM_ACTOR },
  );
  recordAudit(em, {
    tenantId: input.tenantId,
    actor: SYSTEM_ACTOR,
    action: 'matter.created',
    entityType: 'matter',
    entityId: matter.id,
    after: { type: matter.type, ruleKey: rule.key, title: matter.title, obligation: input.obligation.key },
    at: input.now,
  });
  return matter.id;
}
