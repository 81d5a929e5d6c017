import type { LoadedPlugin } from '@liandong/sdk';
import { z } from 'zod';

export const pluginSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  sdk: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  charter: z.object({
    title: z.string(),
    docNumber: z.string().nullable(),
    status: z.enum(['inForce', 'draft']),
  }),
  jurisdiction: z.object({
    name: z.string(),
    level: z.string(),
    divisionCode: z.string().nullable(),
    provinceCode: z.string().nullable(),
    provinceName: z.string().nullable(),
  }),
  counts: z.object({
    units: z.number().int(),
    memberUnits: z.number().int(),
    bodies: z.number().int(),
    meetingSeries: z.number().int(),
    matterRules: z.number().int(),
    obligations: z.number().int(),
    catalogues: z.number().int(),
    taskListTemplates: z.number().int(),
  }),
});

export type PluginSummary = z.infer<typeof pluginSummarySchema>;

/** What an operator needs to pick a plugin: who it is for, and what it brings. */
export function summarisePlugin({ manifest }: LoadedPlugin): PluginSummary {
  return {
    id: manifest.id,
    version: manifest.version,
    sdk: manifest.sdk,
    name: manifest.name,
    description: manifest.description ?? null,
    charter: {
      title: manifest.charter.title,
      docNumber: manifest.charter.docNumber ?? null,
      status: manifest.charter.status,
    },
    jurisdiction: {
      name: manifest.jurisdiction.name,
      level: manifest.jurisdiction.level,
      divisionCode: manifest.jurisdiction.divisionCode ?? null,
      provinceCode: manifest.jurisdiction.province?.code ?? null,
      provinceName: manifest.jurisdiction.province?.name ?? null,
    },
    counts: {
      units: manifest.units.length,
      memberUnits: manifest.units.filter((unit) => unit.isMember).length,
      bodies: manifest.bodies.length,
      meetingSeries: manifest.meetingSeries.length,
      matterRules: manifest.matterRules.length,
      obligations: manifest.obligations.length,
      catalogues: manifest.catalogues.length,
      taskListTemplates: manifest.taskListTemplates.length,
    },
  };
}
