import type { DeadlineRule, IsoDate, MatterSide, MatterState, MatterType, PeriodRule } from '@liandong/core';
import type { MatterRuleDeclaration } from '@liandong/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isoUtcSql } from '../../db/iso-timestamp-sql.ts';
import type { StoredClockEvent } from './matter-clock.entity.ts';

/** A unit as views name it. */
export interface UnitRefSource {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

export interface PartySource {
  readonly unit: UnitRefSource;
  readonly role: 'to' | 'copyTo';
  readonly receivedOn: IsoDate | null;
  readonly receivedBy: string | null;
}

export interface ClockSource {
  readonly key: string;
  readonly name: string;
  readonly owner: MatterSide;
  readonly startsOn: string;
  readonly rule: DeadlineRule | null;
  readonly urgent: PeriodRule | null;
  readonly ruleVersion: string;
  readonly status: 'notStarted' | 'running' | 'suspended' | 'stopped' | 'cancelled';
  readonly startedOn: IsoDate | null;
  readonly dueOn: IsoDate | null;
  readonly stoppedOn: IsoDate | null;
  readonly outcome: 'onTime' | 'late' | null;
  readonly explanation: Record<string, unknown>;
  readonly events: StoredClockEvent[];
  readonly version: number;
}

/**
 * What a matter's view is made of, read in one statement: the matter with the
 * parts of its rule snapshot a view shows, its parties with their units' names,
 * and its clocks. Shaped like the entities (`fromUnit.id`, `parties[].unit.id`),
 * so the access rules apply to either.
 */
export interface MatterSource {
  readonly id: string;
  readonly tenantId: string;
  readonly type: MatterType;
  readonly ruleKey: string;
  readonly ruleVersion: string;
  readonly ruleName: string;
  readonly thresholds: MatterRuleDeclaration['thresholds'] | null;
  readonly escalation: MatterRuleDeclaration['escalation'];
  readonly title: string;
  readonly summary: string | null;
  readonly state: MatterState;
  readonly isUrgent: boolean;
  readonly fromUnit: UnitRefSource;
  readonly externalRecipients: string[];
  readonly parentMatterId: string | null;
  readonly rootMatterId: string;
  readonly escalationStepKey: string | null;
  readonly dueOn: IsoDate | null;
  /** ISO 8601 in UTC with milliseconds, as JavaScript writes it. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
  readonly parties: PartySource[];
  readonly clocks: ClockSource[];
}

/*
 * The parties and clocks are aggregated per matter in the same statement: PostgreSQL
 * builds the JSON, and the page costs one round trip and no ORM hydration — the
 * ORM's entity building was most of the list's CPU at national scale
 * (docs/performance.md). The subqueries sit in the select list, so they run for the
 * rows the limit keeps, not for every row the filter matches.
 */
const SOURCE_COLUMNS = `m.id, m.tenant_id as "tenantId", m.type, m.rule_key as "ruleKey",
  m.rule_version as "ruleVersion", m.rule_snapshot->>'name' as "ruleName",
  m.rule_snapshot->'thresholds' as thresholds, m.rule_snapshot->'escalation' as escalation,
  m.title, m.summary, m.state, m.is_urgent as "isUrgent",
  json_build_object('id', fu.id, 'key', fu.key, 'name', fu.name) as "fromUnit",
  m.external_recipients as "externalRecipients", m.parent_matter_id as "parentMatterId",
  m.root_matter_id as "rootMatterId", m.escalation_step_key as "escalationStepKey",
  to_char(m.due_on, 'YYYY-MM-DD') as "dueOn",
  ${isoUtcSql('m.created_at')} as "createdAt",
  ${isoUtcSql('m.updated_at')} as "updatedAt",
  m.version,
  coalesce((select json_agg(json_build_object(
      'unit', json_build_object('id', u.id, 'key', u.key, 'name', u.name),
      'role', p.role, 'receivedOn', p.received_on, 'receivedBy', p.received_by)
      order by p.created_at, p.id)
    from matter_party p join unit u on u.tenant_id = p.tenant_id and u.id = p.unit_id
    where p.tenant_id = m.tenant_id and p.matter_id = m.id), '[]') as parties,
  coalesce((select json_agg(json_build_object(
      'key', c.key, 'name', c.name, 'owner', c.owner, 'startsOn', c.starts_on, 'rule', c.rule,
      'urgent', c.urgent, 'ruleVersion', c.rule_version, 'status', c.status,
      'startedOn', c.started_on, 'dueOn', c.due_on, 'stoppedOn', c.stopped_on,
      'outcome', c.outcome, 'explanation', c.explanation, 'events', c.events, 'version', c.version)
      order by c.created_at, c.key)
    from matter_clock c where c.tenant_id = m.tenant_id and c.matter_id = m.id), '[]') as clocks`;

/** A filter and order of matters in SQL with `?` placeholders; `m` is the matter. */
export interface MatterSelection {
  readonly where: readonly string[];
  readonly params: readonly unknown[];
  readonly orderBy?: string;
  readonly limit?: number;
}

/** The sources of the matters a selection keeps, in its order. Call inside a tenant transaction. */
export async function readMatterSources(
  em: EntityManager,
  tenantId: string,
  selection: MatterSelection,
): Promise<MatterSource[]> {
  // Row-level security keeps other tenants out anyway; the tenant in the filter lets each index lead with it.
  const where = ['m.tenant_id = ?', ...selection.where].join(' and ');
  const order = selection.orderBy ? `order by ${selection.orderBy}` : '';
  const limit = selection.limit === undefined ? '' : `limit ${Math.trunc(selection.limit)}`;
  return em.execute<MatterSource[]>(
    `select ${SOURCE_COLUMNS}
       from matter m join unit fu on fu.tenant_id = m.tenant_id and fu.id = m.from_unit_id
       where ${where} ${order} ${limit}`,
    [tenantId, ...selection.params],
  );
}

/** One matter's source, or undefined when the tenant has no such matter. */
export async function readMatterSource(
  em: EntityManager,
  tenantId: string,
  matterId: string,
): Promise<MatterSource | undefined> {
  const [source] = await readMatterSources(em, tenantId, { where: ['m.id = ?'], params: [matterId] });
  return source;
}
