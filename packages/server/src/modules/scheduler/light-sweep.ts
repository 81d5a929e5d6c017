import { epochDayFromIso, type IsoDate, isoFromEpochDay, trafficLight } from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarForTenant } from '../calendar/calendar-for-tenant.ts';
import { Matter, MatterParty } from '../matters/matter.entity.ts';
import { MatterClock } from '../matters/matter-clock.entity.ts';
import { notifyMembers, queueWebhookEvent } from '../notifications/notify.service.ts';
import { UnitMembers } from './unit-members.ts';

// Yellow starts at most a few working days before the due date; a month ahead covers any threshold plugins set.
const LOOK_AHEAD_DAYS = 45;

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
  const clocks = await em.find(MatterClock, { status: 'running', dueOn: { $lte: horizon } });
  if (clocks.length === 0) return { notified: 0 };
  const calendar = await calendarForTenant(em, tenantId);
  const people = await UnitMembers.load(em);
  let notified = 0;
  for (const clock of clocks) {
    const dueOn = clock.dueOn ? String(clock.dueOn).slice(0, 10) : null;
    if (!dueOn) continue;
    const matter = await em.findOneOrFail(Matter, { id: clock.matter.id });
    const light = trafficLight({ due: dueOn, today }, calendar, matter.ruleSnapshot.thresholds ?? {});
    if (!light.ok || (light.value.level !== 'yellow' && light.value.level !== 'red')) continue;
    const level = light.value.level;
    const parties = await em.find(MatterParty, { matter });
    const owing =
      clock.owner === 'recipient'
        ? parties.filter((party) => party.role === 'to').map((party) => party.unit.id)
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
