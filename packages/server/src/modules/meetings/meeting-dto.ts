import type { z } from 'zod';
import type { MeetingRow } from './meeting.entity.ts';
import type { meetingDtoSchema } from './schemas.ts';

export function toMeetingDto(meeting: MeetingRow): z.infer<typeof meetingDtoSchema> {
  return {
    id: meeting.id,
    seriesKey: meeting.series.key,
    seriesName: meeting.series.name,
    kind: meeting.kind,
    title: meeting.title,
    status: meeting.status,
    scheduledOn: meeting.scheduledOn ?? null,
    startTime: meeting.startTime ?? null,
    durationMinutes: meeting.durationMinutes ?? null,
    location: meeting.location ?? null,
    periodLabel: meeting.periodLabel ?? null,
    preparesMeetingId: meeting.preparesMeetingId ?? null,
    requestedByUnitId: meeting.requestedByUnitId ?? null,
    requestReason: meeting.requestReason ?? null,
    minutes: meeting.minutes ?? null,
  };
}
