import type { IsoDate } from '@liandong/core';
import type { MatterRuleDeclaration } from '@liandong/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.ts';
import { SYSTEM_ACTOR } from '../audit/audit.ts';
import { escalateMatter } from '../matters/matter-escalation.service.ts';
import { notifyMembers, queueWebhookEvent } from '../notifications/notify.service.ts';
import { UnitMembers } from './unit-members.ts';

interface ClaimedAlarm {
  id: string;
  matter_id: string;
  clock_id: string;
  kind: 'reminder' | 'due' | 'escalation';
  step: number;
  step_key: string | null;
  fire_on: string;
}

/** What a notice says of an alarm's matter. */
interface AlarmMatter {
  id: string;
  type: string;
  title: string;
  fromUnitId: string;
  escalation: MatterRuleDeclaration['escalation'];
  recipientUnitIds: string[];
}

/** What a notice says of an alarm's clock. */
interface AlarmClock {
  id: string;
  key: string;
  name: string;
  owner: 'sender' | 'recipient';
  dueOn: IsoDate | null;
}

const TITLES = {
  reminder: { zh: '期限提醒', en: 'Deadline reminder' },
  due: { zh: '今日到期', en: 'Due today' },
  escalation: { zh: '督办', en: 'Escalation' },
} as const;

function isoOf(value: string): string {
  return value.slice(0, 10);
}

/**
 * Fires the tenant's due alarms (reminders, due dates, escalation steps) in
 * the caller's tenant-bound transaction. Alarms are claimed by one UPDATE …
 * WHERE status = 'pending' … FOR UPDATE SKIP LOCKED RETURNING, in the same
 * transaction that writes the notifications and queues the webhooks: a second
 * runner skips or no longer sees them, and a crash rolls both back together.
 */
export async function sweepAlarms(
  em: EntityManager,
  tenantId: string,
  today: IsoDate,
  now: Date,
  limit = 200,
): Promise<{ fired: number; notified: number }> {
  const claimed = await em.execute<ClaimedAlarm[]>(
    `update matter_alarm set status = 'fired', fired_at = ?
      where tenant_id = ? and id in (
        select id from matter_alarm
         where status = 'pending' and fire_on <= ?
         order by fire_on, id
         limit ? for update skip locked)
      returning id, matter_id, clock_id, kind, step, step_key, to_char(fire_on, 'YYYY-MM-DD') as fire_on`,
    [now, tenantId, today, limit],
  );
  if (claimed.length === 0) return { fired: 0, notified: 0 };
  const people = await UnitMembers.load(em, tenantId);
  const units = new Map(
    (
      await em.execute<{ key: string; id: string }[]>('select key, id from unit where tenant_id = ?', [
        tenantId,
      ])
    ).map((unit) => [unit.key, unit.id]),
  );
  // What the notices need of the claimed alarms' matters and clocks, in two statements: entities
  // would carry whole rule snapshots and clock histories, and the stage's commit would compare each.
  const matters = new Map(
    (
      await em.execute<AlarmMatter[]>(
        `select m.id, m.type, m.title, m.from_unit_id as "fromUnitId",
                coalesce(m.rule_snapshot->'escalation', '[]') as escalation,
                coalesce((select json_agg(p.unit_id) from matter_party p
                           where p.tenant_id = m.tenant_id and p.matter_id = m.id and p.role = 'to'), '[]')
                  as "recipientUnitIds"
           from matter m
          where m.tenant_id = ? and m.id in (select (json_array_elements_text(?::json))::uuid)`,
        [tenantId, JSON.stringify([...new Set(claimed.map((alarm) => alarm.matter_id))])],
      )
    ).map((matter) => [matter.id, matter]),
  );
  const clocks = new Map(
    (
      await em.execute<AlarmClock[]>(
        `select id, key, name, owner, to_char(due_on, 'YYYY-MM-DD') as "dueOn" from matter_clock
          where tenant_id = ? and id in (select (json_array_elements_text(?::json))::uuid)`,
        [tenantId, JSON.stringify([...new Set(claimed.map((alarm) => alarm.clock_id))])],
      )
    ).map((clock) => [clock.id, clock]),
  );
  let notified = 0;
  for (const alarm of claimed) {
    const matter = matters.get(alarm.matter_id);
    const clock = clocks.get(alarm.clock_id);
    // Foreign keys make both exist; the alarm row was claimed in this very transaction.
    if (!matter || !clock) throw new Error(`alarm ${alarm.id} lost its matter or clock`);
    // The side that owes the act is chased: the recipients for a reply, the sender for its own duty.
    const owing = clock.owner === 'recipient' ? matter.recipientUnitIds : [matter.fromUnitId];
    const step = alarm.step_key
      ? matter.escalation.find((candidate) => candidate.key === alarm.step_key)
      : undefined;
    const targetUnits = (step?.targets ?? []).flatMap((party) => {
      const id = 'unit' in party ? units.get(party.unit) : undefined;
      return id ? [id] : [];
    });
    const externalTargets = (step?.targets ?? []).flatMap((party) =>
      'external' in party ? [party.external] : [],
    );
    const recipients =
      alarm.kind === 'reminder'
        ? people.ofUnits(owing)
        : alarm.kind === 'due'
          ? [...people.ofUnits(owing), ...people.linkageOffice()]
          : [...people.ofUnits(targetUnits), ...people.ofUnits(owing), ...people.linkageOffice()];
    let linkedMatterId: string | null = null;
    // A dated step nobody has to decide is taken by the scheduler; a step that needs a decision is only announced.
    if (step && !step.decidedBy && !step.ifNecessary) {
      try {
        linkedMatterId = (
          await escalateMatter(em, {
            tenantId,
            matterId: matter.id,
            stepKey: step.key,
            actor: SYSTEM_ACTOR,
            today,
            now,
          })
        ).id;
      } catch (error) {
        // Answered in the meantime, the alternative already taken, or the matter closed: nothing to press.
        if (error instanceof AppError) continue;
        throw error;
      }
    }
    const title = TITLES[alarm.kind];
    const dueOn = clock.dueOn;
    const subject = {
      matterId: matter.id,
      clockKey: clock.key,
      alarmId: alarm.id,
      kind: alarm.kind,
      step: alarm.step,
      stepKey: alarm.step_key,
      dueOn,
      linkedMatterId,
    };
    notified += await notifyMembers(em, {
      tenantId,
      memberIds: recipients,
      kind: `matter.${alarm.kind}`,
      title: `${title.zh}：${matter.title}`,
      body: step
        ? `${step.name}（${clock.name}，期限 ${dueOn ?? '—'}）`
        : `${clock.name}，期限 ${dueOn ?? '—'}`,
      subject,
      dedupeKey: `alarm:${alarm.id}`,
      at: now,
    });
    await queueWebhookEvent(em, {
      tenantId,
      event: `matter.${alarm.kind}`,
      payload: {
        ...subject,
        matterType: matter.type,
        title: matter.title,
        fireOn: isoOf(alarm.fire_on),
        step: step ? { key: step.key, name: step.name, action: step.action, externalTargets } : null,
      },
      dedupeKey: `alarm:${alarm.id}`,
      at: now,
    });
  }
  return { fired: claimed.length, notified };
}
