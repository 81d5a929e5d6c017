import { createHash } from 'node:crypto';
import { type Manifest, type MatterRuleDeclaration, manifestSchema } from '@liandong/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantPluginVersion } from '../tenancy/mechanism.entity.ts';

/** A tenant's rules in force: the manifest snapshot it runs on and its `<pluginId>@<version>`. */
export interface TenantRules {
  readonly manifest: Manifest;
  readonly ruleVersion: string;
}

// Snapshots are immutable (insert-only), so a parse keyed by the row id never goes stale.
const parsed = new Map<string, TenantRules>();
// Tenants on the same plugin version hold the same manifest: one parse is shared by all of
// them (a parsed manifest is tens of KB; 3,000 tenants would each keep their own).
const byContent = new Map<string, TenantRules>();

/** The latest manifest snapshot of the tenant in this transaction, parsed once per snapshot. */
export async function tenantRules(em: EntityManager, tenantId: string): Promise<TenantRules> {
  const [latest] = await em.find(TenantPluginVersion, {}, { orderBy: { appliedAt: 'desc' }, limit: 1 });
  if (!latest) throw new Error(`tenant ${tenantId} has no plugin snapshot`);
  const cacheKey = `${tenantId}:${latest.id}`;
  const cached = parsed.get(cacheKey);
  if (cached) return cached;
  const ruleVersion = `${latest.pluginId}@${latest.pluginVersion}`;
  const contentKey = `${ruleVersion}:${createHash('sha256').update(JSON.stringify(latest.manifest)).digest('hex')}`;
  const rules = byContent.get(contentKey) ?? { manifest: manifestSchema.parse(latest.manifest), ruleVersion };
  byContent.set(contentKey, rules);
  parsed.set(cacheKey, rules);
  return rules;
}

/** A matter rule by key, or undefined. */
export function findMatterRule(rules: TenantRules, key: string): MatterRuleDeclaration | undefined {
  return rules.manifest.matterRules.find((rule) => rule.key === key);
}
