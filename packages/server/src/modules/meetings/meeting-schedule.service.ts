import { randomUUID } from 'node:crypto';
import {
  type Cadence,
  type Calendar,
  epochDayFromIso,
  expandCadence,
  type IsoDate,
  isoFromEpochDay,
} from '@liandong/core';
import { type MeetingSeriesDeclaration, meetingSeriesSchema } from '@liandong/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.ts';
import { MeetingSeries, type MeetingSeriesRow } from '../tenancy/mechanism.entity.ts';
import { Meeting, type MeetingRow } from './meeting.entity.ts';

/** Working days between a preparatory liaison meeting and the meeting it prepares. */
export const PREPARATION_WORKING_DAYS = 5;

export function seriesDeclaration(series: MeetingSeriesRow): MeetingSeriesDeclaration {
  return meetingSeriesSchema.parse(series.definition);
}

export async function seriesByKey(em: EntityManager, key: string): Promise<MeetingSeriesRow> {
  const series = await em.findOne(MeetingSeries, { key });
  if (!series) throw new AppError('MEETING_SERIES_UNKNOWN');
  return series;
}

/**
 * The planned date of a cadence meeting: the last working day of its period
 * (of January for 年初, of December for 年底), the latest day on which holding
 * it still keeps the cadence. The office moves it to the actual day.
 */
export function plannedDate(
  calendar: Calendar,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  cadence: Cadence,
): IsoDate {
  let end = periodEnd;
  if (cadence.kind === 'yearly' && cadence.timing === 'startOfYear') end = `${periodStart.slice(0, 4)}-01-31`;
  const endDay = epochDayFromIso(end);
  return isoFromEpochDay(calendar.isWorkingEpochDay(endDay) ? endDay : calendar.nthWorkingBefore(endDay, 1));
}

/** The preparatory meeting's date: PREPARATION_WORKING_DAYS working days before the meeting. */
export function preparationDate(calendar: Calendar, meetingDate: IsoDate): IsoDate {
  return isoFromEpochDay(calendar.nthWorkingBefore(epochDayFromIso(meetingDate), PREPARATION_WORKING_DAYS));
}

interface NewMeeting {
  readonly series: MeetingSeriesRow;
  readonly title: string;
  readonly status: MeetingRow['status'];
  readonly scheduledOn: IsoDate | null;
  readonly slotKey?: string | null;
  readonly periodLabel?: string | null;
  readonly preparesMeetingId?: string | null;
  readonly requestedByUnitId?: string | null;
  readonly requestReason?: string | null;
  readonly startTime?: string | null;
  readonly location?: string | null;
}

export function newMeeting(em: EntityManager, tenantId: string, input: NewMeeting, now: Date): MeetingRow {
  return em.create(Meeting, {
    tenant: tenantId,
    id: randomUUID(),
    series: input.series,
    kind: input.series.kind,
    title: input.title,
    status: input.status,
    scheduledOn: input.scheduledOn,
    startTime: input.startTime ?? null,
    durationMinutes: null,
    location: input.location ?? null,
    periodLabel: input.periodLabel ?? null,
    slotKey: input.slotKey ?? null,
    preparesMeetingId: input.preparesMeetingId ?? null,
    requestedByUnitId: input.requestedByUnitId ?? null,
    requestReason: input.requestReason ?? null,
    minutes: null,
    minutesRecordedAt: null,
    createdAt: now,
  });
}

/**
 * When the series says another prepares it (`preparedBy`: a liaison meeting
 * before each joint meeting), schedules that preparatory meeting, once.
 */
export async function schedulePreparation(
  em: EntityManager,
  tenantId: string,
  meeting: MeetingRow,
  calendar: Calendar,
  now: Date,
): Promise<MeetingRow | undefined> {
  const declaration = seriesDeclaration(meeting.series);
  if (!declaration.preparedBy || !meeting.scheduledOn) return undefined;
  const slotKey = `${declaration.preparedBy}:prepares:${meeting.id}`;
  const existing = await em.findOne(Meeting, { slotKey });
  const scheduledOn = preparationDate(calendar, meeting.scheduledOn);
  if (existing) {
    if (existing.status === 'scheduled') existing.scheduledOn = scheduledOn;
    return existing;
  }
  const series = await em.findOne(MeetingSeries, { key: declaration.preparedBy });
  if (!series) return undefined;
  return newMeeting(
    em,
    tenantId,
    {
      series,
      title: `${series.name}（筹备${meeting.title}）`,
      status: 'scheduled',
      scheduledOn,
      slotKey,
      preparesMeetingId: meeting.id,
    },
    now,
  );
}

/**
 * Expands every series with a fixed cadence into the year's meetings, and
 * their preparatory meetings. Idempotent: a slot already scheduled (even if
 * moved or cancelled since) is left as it is.
 */
export async function scheduleYear(
  em: EntityManager,
  tenantId: string,
  year: number,
  calendar: Calendar,
  now: Date,
): Promise<MeetingRow[]> {
  const created: MeetingRow[] = [];
  const allSeries = await em.find(MeetingSeries, {}, { orderBy: { key: 'asc' } });
  for (const series of allSeries) {
    const declaration = seriesDeclaration(series);
    const periods = expandCadence(declaration.cadence, year);
    if (!periods.ok) throw new AppError('VALIDATION_FAILED', { message: periods.error.en });
    for (const period of periods.value) {
      const slotKey = `${series.key}:${String(year)}:${String(period.index)}`;
      if (await em.findOne(Meeting, { slotKey })) continue;
      const meeting = newMeeting(
        em,
        tenantId,
        {
          series,
          title:
            periods.value.length > 1 ? `${series.name}（${period.label.zh}）` : `${year}年${series.name}`,
          status: 'scheduled',
          scheduledOn: plannedDate(calendar, period.start, period.end, declaration.cadence),
          slotKey,
          periodLabel: period.label.zh,
        },
        now,
      );
      created.push(meeting);
      const preparation = await schedulePreparation(em, tenantId, meeting, calendar, now);
      if (preparation) created.push(preparation);
    }
  }
  await em.flush();
  return created;
}
