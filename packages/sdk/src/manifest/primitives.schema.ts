import type { Cadence, DeadlineRule, PeriodRule } from '@liandong/core';
import { z } from 'zod';

/** A key that names something inside a manifest: lower camel or kebab ASCII, stable across versions. */
export const keySchema = z
  .string()
  .regex(
    /^[a-z][a-zA-Z0-9-]{0,63}$/,
    'a key is 1–64 ASCII letters, digits or "-", starting with a lower-case letter',
  );

/** A reference to a unit by its key. Checked against `units` when the plugin loads. */
export const unitRefSchema = keySchema.describe('the key of a unit declared in `units`');

/** Where in the charter document a declaration comes from, e.g. "三、（一）" or "附件 一、1.". */
export const sourceSchema = z.string().min(1).max(200).describe('where the charter states this');

/** Chinese text as the charter writes it. */
export const textSchema = z.string().trim().min(1).max(2000);

/**
 * Someone outside the tenant's units who is named as a recipient or an
 * escalation target (上级人民检察院, 县人民代表大会常务委员会 …).
 */
export const externalPartySchema = z.strictObject({
  external: textSchema.describe('the outside body as the charter names it'),
});

/** A recipient: one of the tenant's units, or a named outside body. */
export const partySchema = z.union([z.strictObject({ unit: unitRefSchema }), externalPartySchema], {
  error: 'expected { unit: "<unit key>" } or { external: "<name>" }',
});

const positive = z.number().int().positive();
const dayOfMonth = z.number().int().min(1).max(31);
const monthOfYear = z.number().int().min(1).max(12);

const calendarDays = z.strictObject({
  kind: z.literal('calendarDays'),
  days: positive,
  extendPastRestDays: z.boolean().optional(),
});
const workingDays = z.strictObject({ kind: z.literal('workingDays'), days: positive });
const months = z.strictObject({
  kind: z.literal('months'),
  months: positive,
  extendPastRestDays: z.boolean().optional(),
});

/** A relative period: N calendar days, N working days or N months. */
export const periodRuleSchema = z.discriminatedUnion('kind', [calendarDays, workingDays, months]);

const datedRuleSchema = z.discriminatedUnion('kind', [
  calendarDays,
  workingDays,
  months,
  z.strictObject({
    kind: z.literal('dayOfNextMonth'),
    day: dayOfMonth,
    extendPastRestDays: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('dayAfterQuarter'),
    day: dayOfMonth,
    extendPastRestDays: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('endOfMonth'),
    month: monthOfYear,
    extendPastRestDays: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('dateOfYear'),
    month: monthOfYear,
    day: dayOfMonth,
    extendPastRestDays: z.boolean().optional(),
  }),
]);

/** A deadline in the core rule language (see `@liandong/core` DeadlineRule). */
export const deadlineRuleSchema = z.discriminatedUnion('kind', [
  // Nested so that an unknown kind is reported once, listing every rule kind.
  datedRuleSchema,
  z.strictObject({ kind: z.literal('ongoing') }),
  z.strictObject({ kind: z.literal('thenOngoing'), first: datedRuleSchema }),
]);

/** How often something recurs (see `@liandong/core` Cadence). */
export const cadenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('monthly') }),
  z.strictObject({ kind: z.literal('quarterly') }),
  z.strictObject({ kind: z.literal('halfYearly') }),
  z.strictObject({ kind: z.literal('yearly'), timing: z.enum(['startOfYear', 'endOfYear']).optional() }),
  z.strictObject({ kind: z.literal('asNeeded') }),
]);

/** The event that starts a clock (see `@liandong/core` ClockStartEvent). */
export const clockStartEventSchema = z.enum(['served', 'received', 'decided', 'sent', 'periodEnd']);

// The schemas must accept exactly the core types: these fail to compile when they drift apart.
type Mutable<T> = T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agreesWithCore: [
  Same<z.infer<typeof deadlineRuleSchema>, Mutable<DeadlineRule>>,
  Same<z.infer<typeof periodRuleSchema>, Mutable<PeriodRule>>,
  Same<z.infer<typeof cadenceSchema>, Mutable<Cadence>>,
] = [true, true, true];
void agreesWithCore;
