import { z } from 'zod';
import { cadenceSchema, keySchema, sourceSchema, textSchema, unitRefSchema } from './primitives.schema.ts';

/** The kinds of meeting charters provide for. */
export const MEETING_KINDS = [
  /** 联席会议 */
  'joint',
  /** 联络员会议 */
  'liaison',
  /** 专题会议 */
  'topical',
  /** 行政执法联席会议 */
  'lawEnforcementJoint',
  /** 协调会 */
  'coordination',
  /** 座谈会 */
  'symposium',
  /** 研判会 */
  'analysis',
  /** 通报会 */
  'briefing',
] as const;

/** A meeting series: a kind of meeting the charter provides for, and how often it is held. */
export const meetingSeriesSchema = z.strictObject({
  key: keySchema,
  name: textSchema.max(100),
  kind: z.enum(MEETING_KINDS),
  cadence: cadenceSchema,
  /** The body whose meeting this is (a joint meeting, a leading group). */
  body: keySchema.optional(),
  /** Who presides, as the charter says (召集人或召集人委托的副召集人). */
  chair: textSchema.max(200).optional(),
  /** The unit that organises or leads it (牵头单位). */
  organiser: unitRefSchema.optional(),
  participants: z
    .union([z.literal('allMemberUnits'), z.array(unitRefSchema)], {
      error: 'expected "allMemberUnits" or an array of unit keys',
    })
    .default([]),
  /** Participants described in words when the charter names no units (相关部门领导). */
  participantsText: textSchema.optional(),
  purpose: z.array(textSchema).default([]),
  /** A member unit may ask for one (由相关成员单位提出申请). */
  onRequestOfUnit: z.boolean().default(false),
  /** Series held before each meeting of this one to prepare it (a liaison meeting before each joint meeting). */
  preparedBy: keySchema.optional(),
  source: sourceSchema.optional(),
});

/** A validated meeting series declaration. */
export type MeetingSeriesDeclaration = z.infer<typeof meetingSeriesSchema>;
