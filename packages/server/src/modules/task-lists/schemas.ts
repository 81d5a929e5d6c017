import { deadlineRuleSchema } from '@liandong/sdk';
import { z } from 'zod';

export const security = [{ bearerAuth: [] }];
export const tenantParams = z.object({ tenant: z.string().min(1).max(40) });
export const listParams = tenantParams.extend({ listId: z.uuid() });
export const areaParams = listParams.extend({ areaId: z.uuid() });
export const taskParams = listParams.extend({ taskId: z.uuid() });
export const measureParams = listParams.extend({ measureId: z.uuid() });

const isoDate = z.iso.date();
const text = z.string().trim().min(1);

export const deadlineInputSchema = z.strictObject({
  text: text.max(200).optional(),
  rule: deadlineRuleSchema.optional(),
  dueOn: isoDate.optional(),
});

export const measureBodySchema = z.strictObject({
  no: text.max(10),
  text: text.max(4000),
  deadline: deadlineInputSchema.optional(),
  leadUnitIds: z.array(z.uuid()).max(100).default([]),
  unitIds: z.array(z.uuid()).max(100).default([]),
});

export const measurePatchSchema = z.strictObject({
  no: text.max(10).optional(),
  text: text.max(4000).optional(),
  deadline: deadlineInputSchema.nullable().optional(),
  leadUnitIds: z.array(z.uuid()).max(100).optional(),
  unitIds: z.array(z.uuid()).max(100).optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
  /** Withdraw a measure (it leaves the list and the figures); nothing is deleted. */
  withdrawn: z.boolean().optional(),
});

export const createListSchema = z.strictObject({
  year: z.number().int().min(2004).max(2099),
  /** Instantiate from this template; without it the list starts empty. */
  templateKey: z.string().min(1).max(64).optional(),
  title: text.max(200).optional(),
  theme: text.max(200).optional(),
});

export const areaBodySchema = z.strictObject({
  no: text.max(10),
  title: text.max(200),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
export const areaPatchSchema = areaBodySchema.partial();

export const taskBodySchema = z.strictObject({
  no: text.max(10),
  title: text.max(2000),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
export const taskPatchSchema = taskBodySchema.partial();

export const progressBodySchema = z.strictObject({
  text: text.max(4000),
  /** The unit reporting; defaults to the caller's unit. The office may report for any responsible unit. */
  unitId: z.uuid().optional(),
});

export const inspectionBodySchema = z.strictObject({
  inspectedOn: isoDate,
  inspectors: text.max(200).optional(),
  findings: text.max(4000),
});

export const completeBodySchema = z.strictObject({ done: z.boolean() });

export const measureDtoSchema = z.object({
  id: z.uuid(),
  taskId: z.uuid(),
  no: z.string(),
  text: z.string(),
  deadline: z.object({
    text: z.string().nullable(),
    rule: z.record(z.string(), z.unknown()).nullable(),
    dueOn: z.string().nullable(),
    isOngoing: z.boolean(),
    provisional: z.boolean(),
    explanation: z.object({ zh: z.string(), en: z.string() }).nullable(),
  }),
  leadUnitIds: z.array(z.string()),
  unitIds: z.array(z.string()),
  status: z.string(),
  doneOn: z.string().nullable(),
  meetingId: z.string().nullable(),
  /** Traffic light of a dated measure (core's levels), in list reads; null when it has no due date. */
  light: z.string().nullable().optional(),
  latestProgress: z
    .object({ text: z.string(), unitId: z.string(), reportedAt: z.string(), count: z.number().int() })
    .nullable(),
});

export const listSummarySchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  year: z.number().int(),
  title: z.string(),
  theme: z.string().nullable(),
  templateKey: z.string().nullable(),
});

export const templateSummarySchema = z.object({
  key: z.string(),
  title: z.string(),
  year: z.number().int().nullable(),
  theme: z.string().nullable(),
  areas: z.array(
    z.object({ no: z.string(), title: z.string(), tasks: z.number().int(), measures: z.number().int() }),
  ),
  source: z.string().nullable(),
});

export const listDetailSchema = listSummarySchema.extend({
  areas: z.array(
    z.object({
      id: z.uuid(),
      no: z.string(),
      title: z.string(),
      tasks: z.array(
        z.object({ id: z.uuid(), no: z.string(), title: z.string(), measures: z.array(measureDtoSchema) }),
      ),
    }),
  ),
});

const countsSchema = z.object({
  total: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
  open: z.number().int(),
  ongoing: z.number().int(),
  reported: z.number().int(),
  rate: z.number(),
});

export const completionSchema = z.object({
  listId: z.uuid(),
  kind: z.string(),
  year: z.number().int(),
  title: z.string(),
  totals: countsSchema,
  areas: z.array(countsSchema.extend({ areaId: z.uuid(), no: z.string(), title: z.string() })),
  units: z.array(countsSchema.extend({ unitId: z.string() })),
});
