import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarForTenant } from '../calendar/calendar-for-tenant.ts';
import { type TenantRules, tenantRules } from '../matters/tenant-rules.ts';
import { notifyMembers, queueWebhookEvent } from '../notifications/notify.service.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { Unit } from '../tenancy/unit.entity.ts';
import { openObligationMatter } from './obligation-matter.ts';
import { type PlannedInstance, plannedInstances } from './obligation-schedule.ts';
import { UnitMembers } from './unit-members.ts';

/** Asia/Shanghai date of an instant (the tenant's onboarding day). */
function shanghaiDay(instant: Date): IsoDate {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Opens the instances of the tenant's periodic obligations that are due to
 * appear by `today` (and not before the tenant was onboarded), in the caller's
 * tenant-bound transaction. Each insert is "on conflict do nothing" on
 * (obligation, period, unit), so only the run that actually creates a row
 * notifies the unit: repeated and concurrent sweeps open each instance once.
 * Then records in the tenant's `due_work_mark` the next day an instance opens,
 * so the sweep does not visit the tenant for obligations before that day
 * (unless its units or plugin snapshot change, which clears the mark).
 */
export async function sweepObligations(
  em: EntityManager,
  tenantId: string,
  today: IsoDate,
  now: Date,
): Promise<{ opened: number; notified: number }> {
  // Taken first: a unit or snapshot change committing meanwhile clears the mark after ours, not before.
  await em.execute(
    `insert into due_work_mark (tenant_id) values (?) on conflict (tenant_id) do update set checked_on = due_work_mark.checked_on`,
    [tenantId],
  );
  const rules = await tenantRules(em, tenantId);
  const { manifest } = rules;
  const year = Number(today.slice(0, 4));
  let result = { opened: 0, notified: 0 };
  let nextOn: IsoDate = `${year + 1}-01-01`;
  if (manifest.obligations.length > 0) {
    const calendar = await calendarForTenant(em, tenantId);
    const planned = [year - 1, year, year + 1].flatMap((y) =>
      plannedInstances(manifest.obligations, y, calendar),
    );
    result = await openDueInstances(em, tenantId, rules, planned, today, now);
    for (const instance of planned) {
      if (instance.opensOn > today && instance.opensOn < nextOn) nextOn = instance.opensOn;
    }
  }
  await em.execute(
    'update due_work_mark set obligations_on = ?, checked_on = ?, checked_at = ? where tenant_id = ?',
    [nextOn, today, now, tenantId],
  );
  return result;
}

async function openDueInstances(
  em: EntityManager,
  tenantId: string,
  { manifest, ruleVersion }: TenantRules,
  planned: readonly PlannedInstance[],
  today: IsoDate,
  now: Date,
): Promise<{ opened: number; notified: number }> {
  const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
  const onboardedOn = shanghaiDay(tenant.createdAt);
  const year = Number(today.slice(0, 4));
  const due = planned.filter(
    (instance) =>
      instance.opensOn <= today &&
      instance.opensOn >= onboardedOn &&
      instance.periodStart >= `${year - 1}-01-01`,
  );
  if (due.length === 0) return { opened: 0, notified: 0 };
  const units = new Map((await em.find(Unit, { status: 'active' })).map((unit) => [unit.key, unit]));
  // Read what exists once, so a quiet day costs one query, not one insert per instance of the year.
  const existing = new Set(
    (
      await em.execute<{ key: string }[]>(
        `select obligation_key || '|' || period_start || '|' || unit_id as key
           from obligation_instance where period_start >= ?`,
        [`${year - 1}-01-01`],
      )
    ).map((row) => row.key),
  );
  let people: UnitMembers | undefined;
  let opened = 0;
  let notified = 0;
  for (const instance of due) {
    const unit = units.get(instance.unitKey);
    if (!unit) continue; // retired since the charter was written: no one left to owe it
    if (existing.has(`${instance.obligationKey}|${instance.periodStart}|${unit.id}`)) continue;
    const rows = await em.execute<{ id: string }[]>(
      `insert into obligation_instance (tenant_id, id, obligation_key, obligation_name, period_start, period_end,
                                        period_label, unit_id, opens_on, due_date, matter_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?)
       on conflict (tenant_id, obligation_key, period_start, unit_id) do nothing
       returning id`,
      [
        tenantId,
        randomUUID(),
        instance.obligationKey,
        instance.obligationName,
        instance.periodStart,
        instance.periodEnd,
        instance.periodLabel,
        unit.id,
        instance.opensOn,
        instance.dueDate,
        now,
      ],
    );
    const created = rows[0];
    if (!created) continue;
    opened += 1;
    const obligation = manifest.obligations.find((candidate) => candidate.key === instance.obligationKey);
    const matterId = obligation
      ? await openObligationMatter(em, {
          tenantId,
          obligation,
          ruleVersion,
          unit,
          units,
          periodEnd: instance.periodEnd,
          periodLabel: instance.periodLabel,
          today,
          now,
        })
      : null;
    if (matterId)
      await em.execute('update obligation_instance set matter_id = ? where id = ?', [matterId, created.id]);
    people ??= await UnitMembers.load(em, tenantId);
    const subject = {
      obligationInstanceId: created.id,
      matterId,
      obligationKey: instance.obligationKey,
      unitId: unit.id,
      period: instance.periodLabel,
      dueDate: instance.dueDate,
    };
    notified += await notifyMembers(em, {
      tenantId,
      memberIds: people.ofUnits([unit.id]),
      kind: 'obligation.opened',
      title: `${instance.obligationName}（${instance.periodLabel}）`,
      body: instance.dueDate
        ? `${unit.name}，请于 ${instance.dueDate} 前完成。`
        : `${unit.name}，请按期完成。`,
      subject,
      dedupeKey: `obligation:${created.id}`,
      at: now,
    });
    await queueWebhookEvent(em, {
      tenantId,
      event: 'obligation.opened',
      payload: { ...subject, obligationName: instance.obligationName, unitKey: unit.key },
      dedupeKey: `obligation:${created.id}`,
      at: now,
    });
  }
  return { opened, notified };
}
