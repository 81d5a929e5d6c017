import { epochDayFromIso, type IsoDate, isoFromEpochDay, trafficLight } from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarForTenant } from '../calendar/calendar-for-tenant.ts';
import { Matter, MatterParty } from '../matters/matter.entity.ts';
import { MatterClock } from '../matters/matter-clock.entity.ts';
import { notifyMembers, queueWebhookEvent } from '../notifications/notify.service.ts';
import { UnitMembers } from './unit-members.ts';

// Yellow starts at most a few working days before the due date; a month ahead covers any threshold plugins set.
const LOOK_AHEAD_DAYS = 45;
// Red is told once; a week's window lets a runner that was down catch up without rereading old debts daily.
const LOOK_BACK_DAYS = 7;

/**
 * Tells people when a running clock's light turns yellow (near) and red
 * (overdue): the owing side at yellow; at red also the linkage office, with
 * the escalation steps that now wait for a decision (经检察长决定, 必要时).
 * The dedupe key holds the clock, its due date and the level, so each change
 * is told once, and an extension that moves the due date arms it again.
 */
export async function sweepLights(
  em: EntityManager,
  tenantId: string,
  today: IsoDate,
  now: Date,
): Promise<{ notified: number }> {
  const horizon = isoFromEpochDay(epochDayFromIso(today) + LOOK_AHEAD_DAYS);
  const since = isoFromEpochDay(epochDayFromIso(today) - LOOK_BACK_DAYS);
  const clocks = await em.find(MatterClock, { status: 'running', dueOn: { $gte: since, $lte: horizon } });
  if (clocks.length === 0) return { notified: 0 };
  const matterIds = [...new Set(clocks.map((clock) => clock.matter.id))];
  const matters = new Map((await em.find(Matter, { id: { $in: matterIds } })).map((m) => [m.id, m]));
  const partiesOf = new Map<string, { unitId: string; role: string }[]>();
  for (const party of await em.find(MatterParty, { matter: { id: { $in: matterIds } } })) {
    const list = partiesOf.get(party.matter.id) ?? [];
    list.push({ unitId: party.unit.id, role: party.role });
    partiesOf.set(party.matter.id, list);
  }
  const calendar = await calendarForTenant(em, tenantId);
  let people: UnitMembers | undefined;
  let notified = 0;
  for (const clock of clocks) {
    const dueOn = clock.dueOn ? String(clock.dueOn).slice(0, 10) : null;
    if (!dueOn) continue;
    const matter = matters.get(clock.matter.id);
    if (!matter) continue;
    const light = trafficLight({ due: dueOn, today }, calendar, matter.ruleSnapshot.thresholds ?? {});
    if (!light.ok || (light.value.level !== 'yellow' && light.value.level !== 'red')) continue;
    const level = light.value.level;
    people ??= await UnitMembers.load(em);
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
  return { notified };
}
