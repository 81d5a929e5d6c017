import { type Calendar, epochDayFromIso, type IsoDate, isoFromEpochDay, trafficLight } from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarForTenant } from '../calendar/calendar-for-tenant.ts';
import { Matter, MatterParty } from '../matters/matter.entity.ts';
import { notifyMembers, queueWebhookEvent } from '../notifications/notify.service.ts';
import { UnitMembers } from './unit-members.ts';

// Red is told once; a week's window lets a runner that was down catch up without telling old debts.
const LOOK_BACK_DAYS = 7;
// How far ahead the next change is searched for; past it the clock is looked at again then.
const SEARCH_DAYS = 60;

interface DueClock {
  id: string;
  matter_id: string;
  key: string;
  name: string;
  owner: string;
  due_on: string;
}

/**
 * The next day after `today` the light changes to a level that is told, so
 * the sweep can skip the clock until then: from green or blue the first yellow
 * day (counted in the tenant's working days), from yellow the day after the
 * due date (red). Null once red: nothing is left to tell.
 */
export function nextLightCheck(
  dueOn: IsoDate,
  today: IsoDate,
  calendar: Calendar,
  thresholds: Parameters<typeof trafficLight>[2],
): IsoDate | null {
  const due = epochDayFromIso(dueOn);
  const from = epochDayFromIso(today) + 1;
  if (from > due) return null;
  const now = trafficLight({ due: dueOn, today }, calendar, thresholds);
  if (now.ok && now.value.level === 'yellow') return isoFromEpochDay(due + 1);
  for (let day = from; day <= due && day < from + SEARCH_DAYS; day++) {
    const light = trafficLight({ due: dueOn, today: isoFromEpochDay(day) }, calendar, thresholds);
    // Outside the calendar's years: look again that day rather than guess.
    if (!light.ok || light.value.level === 'yellow') return isoFromEpochDay(day);
  }
  return isoFromEpochDay(Math.min(due + 1, from + SEARCH_DAYS));
}

/**
 * Tells people when a running clock's light turns yellow (near) and red
 * (overdue): the owing side at yellow; at red also the linkage office, with
 * the escalation steps that now wait for a decision (经检察长决定, 必要时).
 * Looks only at the clocks whose `light_check_on` has come (armed by the
 * database when a due date is set, migration 0007), then moves each to its
 * next change, or clears it once red. The dedupe key holds the clock, its due
 * date and the level, so each change is told once even by two runners, and an
 * extension that moves the due date arms it again.
 */
export async function sweepLights(
  em: EntityManager,
  tenantId: string,
  today: IsoDate,
  now: Date,
): Promise<{ notified: number }> {
  const clocks = await em.execute<DueClock[]>(
    `select id, matter_id, key, name, owner, to_char(due_on, 'YYYY-MM-DD') as due_on
       from matter_clock where tenant_id = ? and light_check_on <= ? and status = 'running'`,
    [tenantId, today],
  );
  if (clocks.length === 0) return { notified: 0 };
  const since = isoFromEpochDay(epochDayFromIso(today) - LOOK_BACK_DAYS);
  const matterIds = [...new Set(clocks.map((clock) => clock.matter_id))];
  const matters = new Map((await em.find(Matter, { id: { $in: matterIds } })).map((m) => [m.id, m]));
  const partiesOf = new Map<string, { unitId: string; role: string }[]>();
  for (const party of await em.find(MatterParty, { matter: { id: { $in: matterIds } } })) {
    const list = partiesOf.get(party.matter.id) ?? [];
    list.push({ unitId: party.unit.id, role: party.role });
    partiesOf.set(party.matter.id, list);
  }
  const calendar = await calendarForTenant(em, tenantId);
  const next: { id: string; dueOn: string; checkOn: IsoDate | null }[] = [];
  let people: UnitMembers | undefined;
  let notified = 0;
  for (const clock of clocks) {
    const dueOn = clock.due_on;
    const matter = matters.get(clock.matter_id);
    if (!matter) continue;
    const thresholds = matter.ruleSnapshot.thresholds ?? {};
    next.push({ id: clock.id, dueOn, checkOn: nextLightCheck(dueOn, today, calendar, thresholds) });
    // Red for more than the look-back: an old debt the office already sees, not news to tell.
    if (dueOn < since) continue;
    const light = trafficLight({ due: dueOn, today }, calendar, thresholds);
    if (!light.ok || (light.value.level !== 'yellow' && light.value.level !== 'red')) continue;
    const level = light.value.level;
    people ??= await UnitMembers.load(em, tenantId);
    const owing =
      clock.owner === 'recipient'
        ? (partiesOf.get(matter.id) ?? []).filter((party) => party.role === 'to').map((party) => party.unitId)
        : [matter.fromUnit.id];
    // The ladder waits on the recipient's answer only; the sender's own lateness is the office's to see.
    const ladder = clock.owner === 'recipient' && level === 'red' ? matter.ruleSnapshot.escalation : [];
    const recipients =
      level === 'red' ? [...people.ofUnits(owing), ...people.linkageOffice()] : people.ofUnits(owing);
    const subject = {
      matterId: matter.id,
      clockKey: clock.key,
      level,
      dueOn,
      workingDaysLeft: light.value.workingDaysLeft,
      workingDaysOverdue: light.value.workingDaysOverdue,
      escalationSteps: ladder.map((step) => ({
        key: step.key,
        name: step.name,
        decidedBy: step.decidedBy ?? null,
        ifNecessary: step.ifNecessary,
      })),
    };
    const dedupeKey = `light:${clock.id}:${dueOn}:${level}`;
    notified += await notifyMembers(em, {
      tenantId,
      memberIds: recipients,
      kind: level === 'red' ? 'matter.overdue' : 'matter.dueSoon',
      title: `${level === 'red' ? '已逾期' : '即将到期'}：${matter.title}`,
      body:
        level === 'red'
          ? `${clock.name}，期限 ${dueOn}，已逾期 ${light.value.workingDaysOverdue} 个工作日。` +
            (ladder.length > 0 ? `可督办：${ladder.map((step) => step.name).join('；')}。` : '')
          : `${clock.name}，期限 ${dueOn}，剩余 ${light.value.workingDaysLeft} 个工作日。`,
      subject,
      dedupeKey,
      at: now,
    });
    await queueWebhookEvent(em, {
      tenantId,
      event: level === 'red' ? 'matter.overdue' : 'matter.dueSoon',
      payload: { ...subject, matterType: matter.type, title: matter.title },
      dedupeKey,
      at: now,
    });
  }
  // One statement for all; only where the due date is still the one judged (an extension
  // committed meanwhile has re-armed the clock) and the version is left alone (not a user's edit).
  if (next.length > 0) {
    await em.execute(
      `update matter_clock c set light_check_on = v.check_on
         from jsonb_to_recordset(?::jsonb) as v(id uuid, due_on date, check_on date)
        where c.tenant_id = ? and c.id = v.id and c.due_on = v.due_on and c.status = 'running'`,
      [JSON.stringify(next.map((n) => ({ id: n.id, due_on: n.dueOn, check_on: n.checkOn }))), tenantId],
    );
  }
  return { notified };
}
