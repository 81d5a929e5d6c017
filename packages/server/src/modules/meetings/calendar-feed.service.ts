import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Measure, TaskList } from '../task-lists/task-list.entity.ts';
import { Unit } from '../tenancy/unit.entity.ts';
import type { CalendarEvent } from './ical.ts';
import { Meeting, MeetingAttendance, type MeetingRow } from './meeting.entity.ts';
import { seriesDeclaration } from './meeting-schedule.service.ts';

/** `<tenant code>.<43 random characters>`: the code finds the tenant before any tenant row is read. */
export function newFeedToken(tenantCode: string): string {
  return `${tenantCode}.${randomBytes(32).toString('base64url')}`;
}

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const SUMMARY_CHARS = 60;

function shorten(text: string): string {
  return text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS)}…` : text;
}

async function concernsUnit(
  em: EntityManager,
  meeting: MeetingRow,
  unitId: string,
  unitKey: string,
  isMember: boolean,
) {
  if (meeting.requestedByUnitId === unitId) return true;
  const participants = seriesDeclaration(meeting.series).participants;
  if (participants === 'allMemberUnits' ? isMember : participants.includes(unitKey)) return true;
  return (await em.count(MeetingAttendance, { meeting, unit: [meeting.series.tenant.id, unitId] })) > 0;
}

/**
 * The events of a feed: scheduled and held meetings (cancelled ones as
 * CANCELLED, so subscribed calendars drop them) and the due dates of open
 * measures, of the whole tenant or of one unit. Call inside `inTenant`.
 */
export async function feedEvents(em: EntityManager, unitId: string | null): Promise<CalendarEvent[]> {
  const unit = unitId ? await em.findOne(Unit, { id: unitId }) : null;
  const meetings = await em.find(
    Meeting,
    { status: { $in: ['scheduled', 'held', 'cancelled'] }, scheduledOn: { $ne: null } },
    { populate: ['series'], orderBy: { scheduledOn: 'asc', id: 'asc' } },
  );
  const events: CalendarEvent[] = [];
  for (const meeting of meetings) {
    if (unit && !(await concernsUnit(em, meeting, unit.id, unit.key, unit.isMember))) continue;
    events.push({
      uid: `meeting-${meeting.id}@liandong`,
      summary: meeting.title,
      description: meeting.periodLabel ?? undefined,
      location: meeting.location ?? undefined,
      date: meeting.scheduledOn ?? '',
      startTime: meeting.startTime ?? undefined,
      durationMinutes: meeting.durationMinutes ?? undefined,
      status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    });
  }
  const measures = await em.find(
    Measure,
    { status: 'open', dueOn: { $ne: null } },
    { populate: ['task', 'task.area'], orderBy: { dueOn: 'asc', id: 'asc' } },
  );
  const lists = new Map((await em.find(TaskList, {})).map((list) => [list.id, list]));
  for (const measure of measures) {
    if (unit && !measure.unitIds.includes(unit.id) && !measure.leadUnitIds.includes(unit.id)) continue;
    const list = lists.get(measure.task.area.taskList.id);
    events.push({
      uid: `measure-${measure.id}@liandong`,
      summary: `【完成时限】${measure.task.no}.${measure.no === '—' ? '' : measure.no}${shorten(measure.text)}`,
      description: [
        list?.title,
        `${measure.task.no}.${measure.task.title}`,
        measure.text,
        measure.deadlineText,
      ]
        .filter((line): line is string => Boolean(line))
        .join('\n'),
      date: measure.dueOn ?? '',
    });
  }
  return events;
}
