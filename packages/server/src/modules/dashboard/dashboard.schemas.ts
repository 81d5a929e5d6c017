import { z } from 'zod';

const completionSchema = z.object({
  total: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
  open: z.number().int(),
  rate: z.number(),
});

const deadlineItemSchema = z.object({
  matterId: z.uuid(),
  title: z.string(),
  type: z.string(),
  clock: z.string(),
  dueOn: z.string(),
  owingUnitIds: z.array(z.uuid()),
});

/** One tenant's figures, as its office, its leaders, an operator or an overseeing city sees them. */
export const tenantDashboardSchema = z.object({
  tenant: z.object({ code: z.string(), name: z.string(), provinceCode: z.string() }),
  today: z.string(),
  matters: z.object({
    byTypeAndState: z.array(z.object({ type: z.string(), state: z.string(), count: z.number().int() })),
    open: z.number().int(),
    overdue: z.array(deadlineItemSchema),
    dueSoon: z.array(deadlineItemSchema),
  }),
  onTimeReplies: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      onTime: z.number().int(),
      late: z.number().int(),
      overdueOpen: z.number().int(),
      rate: z.number().nullable(),
    }),
  ),
  taskLists: z.array(
    z.object({
      listId: z.uuid(),
      title: z.string(),
      year: z.number().int(),
      totals: completionSchema,
      areas: z.array(completionSchema.extend({ areaId: z.uuid(), no: z.string(), title: z.string() })),
      units: z.array(completionSchema.extend({ unitId: z.uuid() })),
    }),
  ),
  upcomingMeetings: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      kind: z.string(),
      scheduledOn: z.string(),
      status: z.string(),
    }),
  ),
  obligations: z.object({ openedThisMonth: z.number().int(), withMatter: z.number().int() }),
});

export type TenantDashboard = z.infer<typeof tenantDashboardSchema>;
