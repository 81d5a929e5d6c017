import { MATTER_ACTIONS, MATTER_STATES, MATTER_TYPES } from '@liandong/core';
import { deadlineRuleSchema, periodRuleSchema } from '@liandong/sdk';
import { z } from 'zod';

export const security = [{ bearerAuth: [] }];
export const tenantParams = z.object({ tenant: z.string().min(1).max(40) });
export const matterParams = tenantParams.extend({ id: z.uuid() });
export const clockParams = matterParams.extend({ clockKey: z.string().min(1).max(64) });

const isoDate = z.iso.date();
const unitRef = z.object({ id: z.string(), key: z.string(), name: z.string() });
const party = z.object({
  unit: unitRef,
  receivedOn: z.string().nullable(),
  receivedBy: z.string().nullable(),
});
const light = z
  .object({
    level: z.string(),
    workingDaysLeft: z.number(),
    workingDaysOverdue: z.number(),
    calendarDaysLeft: z.number(),
  })
  .nullable();

export const clockViewSchema = z.object({
  key: z.string(),
  name: z.string(),
  owner: z.enum(['sender', 'recipient']),
  startsOn: z.string(),
  rule: deadlineRuleSchema.nullable(),
  ruleText: z.object({ zh: z.string(), en: z.string() }).nullable(),
  urgent: periodRuleSchema.nullable(),
  ruleVersion: z.string(),
  status: z.string(),
  startedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  stoppedOn: z.string().nullable(),
  outcome: z.enum(['onTime', 'late']).nullable(),
  light,
  explanation: z.record(z.string(), z.unknown()),
  events: z.array(z.record(z.string(), z.unknown())),
  version: z.number().int(),
});

export const matterViewSchema = z.object({
  id: z.uuid(),
  type: z.enum(MATTER_TYPES),
  typeName: z.object({ zh: z.string(), en: z.string() }),
  ruleKey: z.string(),
  ruleName: z.string(),
  ruleVersion: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  state: z.enum(MATTER_STATES),
  allowedActions: z.array(z.enum(MATTER_ACTIONS)),
  isUrgent: z.boolean(),
  fromUnit: unitRef,
  to: z.array(party),
  copyTo: z.array(party),
  externalRecipients: z.array(z.string()),
  parentMatterId: z.string().nullable(),
  rootMatterId: z.string(),
  escalationStepKey: z.string().nullable(),
  dueOn: z.string().nullable(),
  light,
  clocks: z.array(clockViewSchema),
  escalation: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      action: z.string(),
      decidedBy: z.string().nullable(),
      alternativeTo: z.string().nullable(),
      ifNecessary: z.boolean(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const createMatterSchema = z.strictObject({
  ruleKey: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(200),
  summary: z.string().max(5000).optional(),
  /** The sending unit; only the linkage office chooses it (others send as their own unit). */
  fromUnitKey: z.string().min(1).max(64).optional(),
  /** Some of the rule's recipients; all of them when omitted. */
  toUnitKeys: z.array(z.string().min(1).max(64)).min(1).max(50).optional(),
  /** The decision day, for clocks that start on the decision (e.g. a non-prosecution decision). */
  decidedOn: isoDate.optional(),
  /** The end of the period reported on, for clocks that start at a period's end. */
  periodEnd: isoDate.optional(),
  /** A shorter period set by the sender for an urgent matter, within what the rules allow. */
  urgentPeriod: periodRuleSchema.optional(),
  /** Send (or submit) at once. */
  send: z.boolean().optional(),
});

export const transitionSchema = z.strictObject({
  /** The version the caller last read: a stale one is refused with the current version. */
  version: z.number().int().min(1),
  /** The day the act took effect (a receipt recorded late); today when omitted. */
  on: isoDate.optional(),
  note: z.string().max(2000).optional(),
});

export const actionParams = matterParams.extend({ action: z.enum(MATTER_ACTIONS) });

export const suspendSchema = z.strictObject({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1).max(500),
});
export const resumeSchema = z.strictObject({
  version: z.number().int().min(1),
  reason: z.string().trim().max(500).optional(),
});
export const extendSchema = z.strictObject({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1).max(500),
  by: z.union([
    z.strictObject({ calendarDays: z.number().int().min(1).max(366) }),
    z.strictObject({ workingDays: z.number().int().min(1).max(250) }),
  ]),
});

export const escalateSchema = z.strictObject({
  stepKey: z.string().min(1).max(64),
  version: z.number().int().min(1),
});

export const listQuerySchema = z.object({
  type: z.enum(MATTER_TYPES).optional(),
  state: z.enum(MATTER_STATES).optional(),
  unitId: z.uuid().optional(),
  light: z.enum(['red', 'yellow', 'blue', 'green', 'none']).optional(),
  dueBefore: isoDate.optional(),
  dueAfter: isoDate.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  rootMatterId: z.uuid().optional(),
  sort: z.enum(['created', 'due']).default('created'),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
