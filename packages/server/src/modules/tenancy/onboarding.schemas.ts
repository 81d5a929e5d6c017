import { JURISDICTION_LEVELS } from '@liandong/sdk';
import { z } from 'zod';

export const tenantCodeSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{1,39}$/,
    'a tenant code is 2–40 lower-case ASCII letters, digits or "-", starting with a letter',
  );

export const usernameSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,63}$/,
    'a username is 3–64 lower-case ASCII letters, digits, ".", "_" or "-"',
  );

export const passwordSchema = z.string().min(10, 'a password has at least 10 characters').max(200);

/** What an operator sends to onboard a tenant. Division code, level and province default from the plugin. */
export const onboardTenantSchema = z.object({
  code: tenantCodeSchema,
  name: z.string().trim().min(1).max(100),
  pluginId: z.string().min(1).max(40),
  divisionCode: z
    .string()
    .regex(/^\d{6}$/, 'a GB/T 2260 division code is six digits')
    .optional(),
  level: z.enum(JURISDICTION_LEVELS).optional(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/, 'a province code is two digits')
    .optional(),
  /** The code of an existing tenant above this one (a city over its counties). */
  parentCode: tenantCodeSchema.optional(),
  admin: z.object({
    username: usernameSchema,
    password: passwordSchema,
    displayName: z.string().trim().min(1).max(100).optional(),
  }),
});

export type OnboardTenantInput = z.infer<typeof onboardTenantSchema>;

export const tenantSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  divisionCode: z.string(),
  level: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  parentCode: z.string().nullable(),
  pluginId: z.string(),
  pluginVersion: z.string(),
  status: z.string(),
  createdAt: z.string(),
});

export type TenantDto = z.infer<typeof tenantSchema>;

export const onboardingResultSchema = z.object({
  created: z.boolean(),
  tenant: tenantSchema,
  instantiated: z.object({
    units: z.number().int(),
    liaisonSlots: z.number().int(),
    bodies: z.number().int(),
    meetingSeries: z.number().int(),
    taskListTemplates: z.number().int(),
  }),
});

export type OnboardingResult = z.infer<typeof onboardingResultSchema>;
