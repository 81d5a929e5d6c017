import { z } from 'zod';
import { bodySchema } from './body.schema.ts';
import { catalogueSchema } from './catalogue.schema.ts';
import { matterRuleSchema, thresholdsSchema } from './matter-rule.schema.ts';
import { meetingSeriesSchema } from './meeting-series.schema.ts';
import { obligationSchema } from './obligation.schema.ts';
import { textSchema } from './primitives.schema.ts';
import { taskListTemplateSchema } from './task-list.schema.ts';
import { unitSchema } from './unit.schema.ts';

/** Administrative levels a jurisdiction can have. */
export const JURISDICTION_LEVELS = [
  'province',
  'prefecture',
  'county',
  'district',
  'countyLevelCity',
] as const;

/** GB/T 2260 division codes: six digits; a province is its first two. */
export const divisionCodeSchema = z.string().regex(/^\d{6}$/, 'a GB/T 2260 division code is six digits');
/** A province code: the two leading digits of its GB/T 2260 division code. */
export const provinceCodeSchema = z
  .string()
  .regex(/^\d{2}$/, 'a province code is the two leading digits of its division code');

/** The jurisdiction a plugin was written for. A generic plugin leaves the code and province to onboarding. */
export const jurisdictionSchema = z.strictObject({
  name: textSchema.max(100),
  divisionCode: divisionCodeSchema.optional(),
  level: z.enum(JURISDICTION_LEVELS),
  province: z.strictObject({ code: provinceCodeSchema, name: textSchema.max(50) }).optional(),
  /** The division above it (宿州市 for a county of Suzhou), when the charter names one. */
  parent: z
    .strictObject({ name: textSchema.max(100), divisionCode: divisionCodeSchema.optional() })
    .optional(),
});

/** The charter document the plugin encodes. */
export const charterSchema = z.strictObject({
  title: textSchema.max(300),
  /** 文号, e.g. 宿政秘〔2022〕31号. */
  docNumber: textSchema.max(100).optional(),
  issuedBy: z.array(textSchema.max(100)).min(1),
  /** The date it was issued (YYYY-MM-DD), when the document gives one. */
  issuedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** 征求意见稿 and similar drafts are still plugins, but say so. */
  status: z.enum(['inForce', 'draft']).default('inForce'),
});

/** Semantic version of a plugin (1.2.0). */
export const versionSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'a version is MAJOR.MINOR.PATCH, e.g. 1.0.0');

/**
 * The manifest: everything a jurisdiction's charter says, as plain data.
 * Onboarding a tenant instantiates it into that tenant's rows.
 */
export const manifestSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, 'a plugin id is 2–40 lower-case ASCII letters, digits or "-"'),
  version: versionSchema,
  /** The SDK versions it was written against, as a range (^0.1.0). */
  sdk: z.string().min(1).max(50),
  /** Its display name (宿州市府检联动). */
  name: textSchema.max(100),
  description: textSchema.optional(),
  charter: charterSchema,
  jurisdiction: jurisdictionSchema,
  units: z.array(unitSchema).min(1),
  bodies: z.array(bodySchema).default([]),
  meetingSeries: z.array(meetingSeriesSchema).default([]),
  matterRules: z.array(matterRuleSchema).default([]),
  obligations: z.array(obligationSchema).default([]),
  catalogues: z.array(catalogueSchema).default([]),
  taskListTemplates: z.array(taskListTemplateSchema).default([]),
  /** Default traffic-light thresholds for all matter types (a matter rule's own win). */
  thresholds: thresholdsSchema.optional(),
});

/** A manifest as an author writes it (defaults may be omitted). */
export type ManifestInput = z.input<typeof manifestSchema>;
/** A validated manifest with every default filled in. */
export type Manifest = z.output<typeof manifestSchema>;
