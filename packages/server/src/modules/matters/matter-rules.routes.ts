import { describeRule, MATTER_TYPE_NAMES, MATTER_TYPES } from '@liandong/core';
import type { MatterRuleDeclaration } from '@liandong/sdk';
import { periodRuleSchema } from '@liandong/sdk';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import type { TenantScope } from '../../http/tenant-scope.ts';
import { scopeOf } from '../../http/tenant-scope.ts';
import { Unit, type UnitRow } from '../tenancy/unit.entity.ts';
import { sendsUnder } from './matter-create.service.ts';
import { security, tenantParams } from './schemas.ts';
import { tenantRules } from './tenant-rules.ts';

const localized = z.object({ zh: z.string(), en: z.string() });
const unitRef = z.object({ key: z.string(), name: z.string() });
const partyView = z.union([z.object({ unit: unitRef }), z.object({ external: z.string() })]);

const matterRuleView = z.object({
  key: z.string(),
  type: z.enum(MATTER_TYPES),
  typeName: localized,
  name: z.string(),
  description: z.string().nullable(),
  from: z.array(unitRef),
  to: z.array(partyView),
  copyTo: z.array(partyView),
  clocks: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      owner: z.enum(['sender', 'recipient']),
      startsOn: z.string(),
      ruleText: localized.nullable(),
      urgentAllowed: z.boolean(),
      urgentShortest: periodRuleSchema.nullable(),
    }),
  ),
  escalation: z.array(z.object({ key: z.string(), name: z.string(), action: z.string() })),
  /** What the create form must ask for: the decision day, the end of the period reported on. */
  needs: z.object({ decidedOn: z.boolean(), periodEnd: z.boolean(), urgentPeriod: z.boolean() }),
  /** Whether the caller may create a matter under this rule (and from which units). */
  canCreate: z.boolean(),
  source: z.string().nullable(),
});

type PartyView = z.infer<typeof partyView>;

function refOf(units: ReadonlyMap<string, UnitRow>, key: string) {
  return { key, name: units.get(key)?.name ?? key };
}

function partiesOf(units: ReadonlyMap<string, UnitRow>, parties: MatterRuleDeclaration['to']): PartyView[] {
  return parties.map((party) =>
    'unit' in party ? { unit: refOf(units, party.unit) } : { external: party.external },
  );
}

/** createMatter's check of who may send, so the form only offers what the server accepts. */
function mayCreate(scope: TenantScope, rule: MatterRuleDeclaration, ownUnitKey: string | undefined): boolean {
  if (scope.role === 'tenant_admin') return true;
  if (scope.role !== 'liaison' && scope.role !== 'staff') return false;
  return ownUnitKey !== undefined && sendsUnder(rule, ownUnitKey);
}

function ruleView(
  rule: MatterRuleDeclaration,
  units: ReadonlyMap<string, UnitRow>,
  scope: TenantScope,
  ownUnitKey: string | undefined,
): z.infer<typeof matterRuleView> {
  return {
    key: rule.key,
    type: rule.type,
    typeName: MATTER_TYPE_NAMES[rule.type],
    name: rule.name,
    description: rule.description ?? null,
    from: rule.from.map((key) => refOf(units, key)),
    to: partiesOf(units, rule.to),
    copyTo: partiesOf(units, rule.copyTo),
    clocks: rule.clocks.map((clock) => ({
      key: clock.key,
      name: clock.name,
      owner: clock.owner,
      startsOn: clock.startsOn,
      ruleText: clock.deadline
        ? { zh: describeRule(clock.deadline, 'zh'), en: describeRule(clock.deadline, 'en') }
        : null,
      urgentAllowed: clock.urgent?.allowed === true,
      urgentShortest: clock.urgent?.shortest ?? null,
    })),
    escalation: rule.escalation.map((step) => ({ key: step.key, name: step.name, action: step.action })),
    needs: {
      decidedOn: rule.clocks.some((clock) => clock.startsOn === 'decided'),
      periodEnd: rule.clocks.some((clock) => clock.startsOn === 'periodEnd'),
      urgentPeriod: rule.clocks.some((clock) => clock.urgent?.allowed === true),
    },
    canCreate: mayCreate(scope, rule, ownUnitKey),
    source: rule.source ?? null,
  };
}

/** The tenant's matter rules in force, as the create form needs them (mounted under `/api/t/:tenant`). */
export const matterRuleRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/matter-rules',
    {
      schema: {
        tags: ['matters'],
        summary:
          'The matter rules in force: recipients, clocks, escalation, and whether I may create under each',
        security,
        params: tenantParams,
        response: {
          200: z.object({ ruleVersion: z.string(), rules: z.array(matterRuleView) }),
          ...errorResponses(401, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const rules = await tenantRules(em, scope.tenant.id);
        const units = new Map((await em.find(Unit, {})).map((unit) => [unit.key, unit]));
        const ownUnitKey = [...units.values()].find((unit) => unit.id === scope.unitId)?.key;
        return {
          ruleVersion: rules.ruleVersion,
          rules: rules.manifest.matterRules.map((rule) => ruleView(rule, units, scope, ownUnitKey)),
        };
      });
    },
  );
};
