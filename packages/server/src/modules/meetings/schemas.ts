import { z } from 'zod';
import { deadlineInputSchema, measureDtoSchema } from '../task-lists/schemas.ts';

export const security = [{ bearerAuth: [] }];
export const tenantParams = z.object({ tenant: z.string().min(1).max(40) });
export const meetingParams = tenantParams.extend({ meetingId: z.uuid() });
export const agendaParams = meetingParams.extend({ itemId: z.uuid() });

const isoDate = z.iso.date();
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
const text = z.string().trim().min(1);

export const scheduleBodySchema = z.strictObject({ year: z.number().int().min(2004).max(2099) });

export const createMeetingSchema = z.strictObject({
  seriesKey: z.string().min(1).max(64),
  title: text.max(200).optional(),
  /** Required when the office schedules; a unit's request leaves the date to the office. */
  scheduledOn: isoDate.optional(),
  startTime: time.optional(),
  location: text.max(200).optional(),
  /** Why a unit asks for the meeting (required for a request). */
  reason: text.max(2000).optional(),
});

export const approveSchema = z.strictObject({
  scheduledOn: isoDate,
  startTime: time.optional(),
  location: text.max(200).optional(),
});
export const rejectSchema = z.strictObject({ reason: text.max(2000) });

export const patchMeetingSchema = z.strictObject({
  title: text.max(200).optional(),
  scheduledOn: isoDate.optional(),
  startTime: time.nullable().optional(),
  durationMinutes: z
    .number()
    .int()
    .min(15)
    .max(24 * 60)
    .nullable()
    .optional(),
  location: text.max(200).nullable().optional(),
  cancelled: z.literal(true).optional(),
});

export const agendaBodySchema = z.strictObject({
  title: text.max(200),
  description: text.max(4000).optional(),
  /** The office may propose for a unit; liaisons and staff propose for their own. */
  unitId: z.uuid().optional(),
});
export const agendaDecisionSchema = z.strictObject({ status: z.enum(['accepted', 'rejected']) });

export const attendanceSchema = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        unitId: z.uuid(),
        status: z.enum(['present', 'absent', 'excused']),
        attendeeName: text.max(100).optional(),
      }),
    )
    .min(1)
    .max(200),
});

export const minutesSchema = z.strictObject({ text: text.max(20_000) });

export const decisionSchema = z.strictObject({
  text: text.max(4000),
  unitIds: z.array(z.uuid()).min(1).max(100),
  leadUnitIds: z.array(z.uuid()).max(100).default([]),
  deadline: deadlineInputSchema.optional(),
});

export const meetingDtoSchema = z.object({
  id: z.uuid(),
  seriesKey: z.string(),
  seriesName: z.string(),
  kind: z.string(),
  title: z.string(),
  status: z.string(),
  scheduledOn: z.string().nullable(),
  startTime: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  location: z.string().nullable(),
  periodLabel: z.string().nullable(),
  preparesMeetingId: z.string().nullable(),
  requestedByUnitId: z.string().nullable(),
  requestReason: z.string().nullable(),
  minutes: z.string().nullable(),
});

export const meetingDetailSchema = meetingDtoSchema.extend({
  agendaItems: z.array(
    z.object({
      id: z.uuid(),
      unitId: z.string(),
      title: z.string(),
      description: z.string().nullable(),
      status: z.string(),
    }),
  ),
  attendance: z.array(
    z.object({ unitId: z.string(), status: z.string(), attendeeName: z.string().nullable() }),
  ),
  decisions: z.array(measureDtoSchema),
  decisionListId: z.string().nullable(),
});
