import { MATTER_TYPES } from '@liandong/core';
import { z } from 'zod';
import {
  clockStartEventSchema,
  deadlineRuleSchema,
  keySchema,
  partySchema,
  periodRuleSchema,
  sourceSchema,
  textSchema,
  unitRefSchema,
} from './primitives.schema.ts';

/** Who acts under a clock: the sender must do something by the date, or the recipient must. */
export const clockOwnerSchema = z.enum(['sender', 'recipient']);

/** One legal clock of a matter (serve within 3 days; reply within 2 months …). */
export const clockRuleSchema = z.strictObject({
  key: keySchema,
  /** What must be done by the due date, in the charter's words (送达, 书面回复). */
  name: textSchema.max(100),
  owner: clockOwnerSchema,
  startsOn: clockStartEventSchema,
  /** Omitted when the charter states no period: the core default for the matter type applies. */
  deadline: deadlineRuleSchema.optional(),
  /** An urgent matter may take a shorter period set by the sender (因情况紧急…可以根据实际情况确定回复期限). */
  urgent: z
    .object({
      allowed: z.literal(true),
      /** The shortest period the sender may set, when the charter bounds it. */
      shortest: periodRuleSchema.optional(),
    })
    .optional(),
  source: sourceSchema.optional(),
});

/** A reminder before or on a due date. */
export const reminderSchema = z.union(
  [
    z.strictObject({ workingDaysBefore: z.number().int().positive().max(60) }),
    z.strictObject({ onDueDate: z.literal(true) }),
  ],
  { error: 'expected { workingDaysBefore: N } or { onDueDate: true }' },
);

/** What an escalation step does. */
export const ESCALATION_ACTIONS = [
  /** 书面通知 / 通报 — a written notice to the target. */
  'notify',
  /** 跟进监督函 — a follow-up supervision letter. */
  'followUpLetter',
  /** 检察建议 */
  'procuratorialSuggestion',
  /** 提请上级 / 报告 — a report to a higher authority. */
  'reportUpward',
] as const;

/** One step of an escalation ladder (督办). */
export const escalationStepSchema = z.strictObject({
  key: keySchema,
  name: textSchema.max(200),
  action: z.enum(ESCALATION_ACTIONS),
  /** When it fires after the due date passes; omitted when the charter leaves it to a decision (经检察长决定). */
  after: periodRuleSchema.optional(),
  /** Who must decide before it is taken (经检察长决定). */
  decidedBy: textSchema.max(100).optional(),
  targets: z.array(partySchema).min(1),
  /** Alternatives: "A, or B" in the charter (通报同级司法行政机关，或者提请上级人民检察院通报其上级政府). */
  alternativeTo: keySchema.optional(),
  /** Taken only when necessary (必要时). */
  ifNecessary: z.boolean().default(false),
  source: sourceSchema.optional(),
});

/** Traffic-light thresholds in working days before the due date. */
export const thresholdsSchema = z.strictObject({
  yellowWithinWorkingDays: z.number().int().min(0).max(60).optional(),
  blueWithinWorkingDays: z.number().int().min(0).max(120).optional(),
});

/** How a plugin uses one matter type: its variants' recipients, clocks, reminders and escalation. */
export const matterRuleSchema = z.strictObject({
  key: keySchema,
  type: z.enum(MATTER_TYPES),
  /** The charter's name for this variant (不起诉后检察意见, 书面咨询 …). */
  name: textSchema.max(100),
  description: textSchema.optional(),
  from: z.array(unitRefSchema).default([]),
  to: z.array(partySchema).default([]),
  copyTo: z.array(partySchema).default([]),
  clocks: z.array(clockRuleSchema).default([]),
  reminders: z.array(reminderSchema).default([]),
  escalation: z.array(escalationStepSchema).default([]),
  thresholds: thresholdsSchema.optional(),
  source: sourceSchema.optional(),
});

/** A validated matter rule declaration. */
export type MatterRuleDeclaration = z.infer<typeof matterRuleSchema>;
