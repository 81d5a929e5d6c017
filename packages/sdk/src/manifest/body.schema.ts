import { z } from 'zod';
import { keySchema, sourceSchema, textSchema, unitRefSchema } from './primitives.schema.ts';

/** A position in a body, held by whoever holds the title in a unit (市政府主要负责同志). */
export const positionSchema = z.strictObject({
  title: textSchema.max(200),
  unit: unitRefSchema.optional(),
});

const members = z
  .union([z.literal('allMemberUnits'), z.array(unitRefSchema)], {
    error: 'expected "allMemberUnits" or an array of unit keys',
  })
  .describe('"allMemberUnits", or the keys of the member units');

const common = {
  key: keySchema,
  name: textSchema.max(100),
  duties: z.array(textSchema).default([]),
  source: sourceSchema.optional(),
};

/** 联席会议 — convener, deputy conveners, member units. */
export const jointMeetingBodySchema = z.strictObject({
  ...common,
  kind: z.literal('jointMeeting'),
  convener: positionSchema,
  deputyConveners: z.array(positionSchema).default([]),
  members,
  /** Member positions described in words when the charter names people, not units. */
  memberPositions: z.array(positionSchema).default([]),
});

/** 领导小组 — leader, deputy leaders, members. */
export const leadingGroupBodySchema = z.strictObject({
  ...common,
  kind: z.literal('leadingGroup'),
  leader: positionSchema,
  deputyLeaders: z.array(positionSchema).default([]),
  members,
  memberPositions: z.array(positionSchema).default([]),
});

/** 府检联动办公室 / 联席会议办公室 — the secretariat: where it sits and who heads it. */
export const officeBodySchema = z.strictObject({
  ...common,
  kind: z.literal('office'),
  hostUnit: unitRefSchema,
  head: positionSchema.optional(),
  /** The body it serves (a joint meeting, a leading group). */
  serves: keySchema.optional(),
});

/** 固定联系办事机构 — a unit's (or an internal department's) standing contact role. */
export const liaisonOfficeBodySchema = z.strictObject({
  ...common,
  kind: z.literal('liaisonOffice'),
  unit: unitRefSchema,
  /** An internal department of the unit, e.g. 民事行政和生态资源检察科. */
  department: textSchema.max(100).optional(),
  /** The unit it keeps contact with. */
  counterpart: unitRefSchema.optional(),
});

/** A body the charter sets up, by `kind`: joint meeting, leading group, office or liaison office. */
export const bodySchema = z.discriminatedUnion('kind', [
  jointMeetingBodySchema,
  leadingGroupBodySchema,
  officeBodySchema,
  liaisonOfficeBodySchema,
]);

/** A validated body declaration. */
export type BodyDeclaration = z.infer<typeof bodySchema>;
