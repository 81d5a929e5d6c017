import { z } from 'zod';
import {
  cadenceSchema,
  deadlineRuleSchema,
  keySchema,
  partySchema,
  sourceSchema,
  textSchema,
  unitRefSchema,
} from './primitives.schema.ts';

/** The kinds of periodic obligation. */
export const OBLIGATION_KINDS = [
  /** 报送 */
  'report',
  /** 备案 */
  'filing',
  /** 评查 */
  'review',
  /** 评估 */
  'evaluation',
  /** 联合检查 / 督导检查 */
  'inspection',
  /** 通报 */
  'notification',
] as const;

/** A periodic obligation (报送/评查/评估/检查): what, which units, how often, to whom. */
export const obligationSchema = z.strictObject({
  key: keySchema,
  name: textSchema.max(200),
  kind: z.enum(OBLIGATION_KINDS),
  description: textSchema.optional(),
  /** The units that must do it. */
  units: z.array(unitRefSchema).min(1),
  /** The unit that leads it, when the charter names one (由司法行政部门牵头). */
  leadUnit: unitRefSchema.optional(),
  cadence: cadenceSchema,
  /** When each period's instance is due, anchored on the period (次月5日前). Omitted when the charter is silent. */
  due: deadlineRuleSchema.optional(),
  to: z.array(partySchema).default([]),
  copyTo: z.array(partySchema).default([]),
  source: sourceSchema.optional(),
});

/** A validated obligation declaration. */
export type ObligationDeclaration = z.infer<typeof obligationSchema>;
