import { z } from 'zod';
import { keySchema, partySchema, sourceSchema, textSchema } from './primitives.schema.ts';

/** The kinds of numbered list a charter gives. */
export const CATALOGUE_KINDS = [
  /** 通报、交流的事项 — what one side must tell the other. */
  'notificationItems',
  /** 共同研究决定的事项 — what the joint meeting decides. */
  'jointDecisions',
] as const;

/** A numbered list the charter gives (8 items the government side reports …). */
export const catalogueSchema = z.strictObject({
  key: keySchema,
  kind: z.enum(CATALOGUE_KINDS),
  name: textSchema.max(200),
  from: z.array(partySchema).default([]),
  to: z.array(partySchema).default([]),
  items: z.array(textSchema).min(1),
  source: sourceSchema.optional(),
});

/** A validated catalogue declaration. */
export type CatalogueDeclaration = z.infer<typeof catalogueSchema>;
