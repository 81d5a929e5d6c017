import { z } from 'zod';
import { keySchema, sourceSchema, textSchema } from './primitives.schema.ts';

/** The kinds of unit; `department` covers 政府工作部门. */
export const UNIT_KINDS = [
  'government',
  'procuratorate',
  'department',
  'court',
  'police',
  'supervisionCommission',
  'townshipGovernment',
  'other',
] as const;

/** A unit (成员单位, or another party the charter names and the tenant works with). */
export const unitSchema = z.strictObject({
  key: keySchema,
  /** The name as the charter writes it (市应急局). */
  name: textSchema.max(100),
  /** Other names the documents use for the same unit (市应急管理局). */
  aliases: z.array(textSchema.max(100)).default([]),
  kind: z.enum(UNIT_KINDS),
  /** Whether it is a member unit of the mechanism (false for parties named only as responsible or recipient). */
  isMember: z.boolean().default(true),
  /** Sectors it enforces in (市场监管, 生态环境 …), in the charter's words. */
  sectors: z.array(textSchema.max(50)).default([]),
  /** Its roles in the mechanism in the charter's words (副召集人单位, 牵头单位, 联络员会议召集 …). */
  roles: z.array(textSchema.max(100)).default([]),
  /** Liaisons (联络员) it names; the charter's "each unit names one liaison" is 1. */
  liaisons: z.number().int().min(0).max(20).default(1),
  source: sourceSchema.optional(),
});

/** A validated unit declaration. */
export type UnitDeclaration = z.infer<typeof unitSchema>;
