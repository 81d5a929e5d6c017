import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

export const createUnitSchema = z.strictObject({
  key: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/, 'a letter, then letters, digits, _ or -, at most 64'),
  name: text(100),
  kind: text(40),
  isMember: z.boolean().default(true),
  aliases: z.array(text(100)).max(10).default([]),
  sectors: z.array(text(40)).max(20).default([]),
  liaisonSlots: z.number().int().min(0).max(5).default(1),
});

export const updateUnitSchema = z
  .strictObject({
    name: text(100),
    kind: text(40),
    isMember: z.boolean(),
    aliases: z.array(text(100)).max(10),
    sectors: z.array(text(40)).max(20),
    sortOrder: z.number().int().min(0).max(10_000),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change');

export const liaisonSchema = z.strictObject({
  personName: text(100).nullable(),
  phone: z
    .string()
    .regex(/^[0-9+\-() ]{3,40}$/, 'digits, spaces and + - ( ) only')
    .nullable()
    .default(null),
  memberId: z.uuid().nullable().default(null),
});

export const unitDtoSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.string(),
  kind: z.string(),
  isMember: z.boolean(),
  aliases: z.array(z.string()),
  sectors: z.array(z.string()),
  sortOrder: z.number().int(),
  status: z.string(),
  version: z.number().int(),
});

export const liaisonDtoSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  slot: z.number().int(),
  personName: z.string().nullable(),
  phone: z.string().nullable(),
  memberId: z.uuid().nullable(),
});
