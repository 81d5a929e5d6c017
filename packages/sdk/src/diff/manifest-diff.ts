import type { Manifest } from '../manifest/manifest.schema.ts';
import { type BilingualText, type ChangeSubject, summarise } from './change-summary.ts';
import { type FieldChange, fieldChanges, type JsonValue } from './field-changes.ts';

/** One difference between two plugin versions, ready to show and to apply. */
export interface ManifestChange {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly subject: ChangeSubject;
  /** The declaration's key (the plugin id for `plugin`). */
  readonly key: string;
  /** Its name (or title) in the newer version when it still exists. */
  readonly name: string;
  /** For clocks and escalation steps: the key of the matter rule they belong to. */
  readonly matterRule?: string;
  /** For `changed`: each differing field. Empty for `added` and `removed`. */
  readonly fields: readonly FieldChange[];
  readonly summary: BilingualText;
}

/** What upgrading a tenant from one plugin version to another changes. */
export interface ManifestDiff {
  readonly fromVersion: string;
  readonly toVersion: string;
  /** Plugin fields first, then each section in manifest order; removals and edits before additions. */
  readonly changes: readonly ManifestChange[];
}

interface Keyed {
  readonly key: string;
}

/** A validated manifest is JSON (validateManifest's tests prove it), so its parts are JsonValues. */
function json(value: unknown): JsonValue {
  return value as JsonValue;
}

function diffKeyed<T extends Keyed>(
  subject: ChangeSubject,
  from: readonly T[],
  to: readonly T[],
  nameOf: (item: T) => string,
  options: { readonly ignore?: readonly string[]; readonly matterRule?: { key: string; name: string } } = {},
): ManifestChange[] {
  const out: ManifestChange[] = [];
  const before = new Map(from.map((item) => [item.key, item]));
  const after = new Map(to.map((item) => [item.key, item]));
  const within = options.matterRule;
  const change = (kind: ManifestChange['kind'], item: T, fields: FieldChange[]): ManifestChange => {
    const label = { name: nameOf(item), key: item.key, ...(within ? { within } : {}) };
    return {
      kind,
      subject,
      key: item.key,
      name: nameOf(item),
      ...(options.matterRule ? { matterRule: options.matterRule.key } : {}),
      fields,
      summary: summarise(kind, subject, label, fields),
    };
  };
  for (const old of from) {
    const next = after.get(old.key);
    if (!next) {
      out.push(change('removed', old, []));
      continue;
    }
    const fields = fieldChanges(json(old), json(next), options.ignore);
    if (fields.length > 0) out.push(change('changed', next, fields));
  }
  for (const item of to) if (!before.has(item.key)) out.push(change('added', item, []));
  return out;
}

function diffMatterRules(from: Manifest['matterRules'], to: Manifest['matterRules']): ManifestChange[] {
  // Clocks and escalation steps are keyed too: report them one by one, since
  // the server keeps running matters on their old clock rules and needs to know which changed.
  const inner = ['clocks', 'escalation'];
  const out: ManifestChange[] = [];
  const before = new Map(from.map((r) => [r.key, r]));
  for (const rule of diffKeyed('matterRules', from, to, (r) => r.name, { ignore: inner })) out.push(rule);
  for (const next of to) {
    const old = before.get(next.key);
    if (!old) continue;
    const matterRule = { key: next.key, name: next.name };
    out.push(...diffKeyed('clocks', old.clocks, next.clocks, (c) => c.name, { matterRule }));
    out.push(...diffKeyed('escalationSteps', old.escalation, next.escalation, (s) => s.name, { matterRule }));
  }
  return out;
}

const SECTIONS = [
  'units',
  'bodies',
  'meetingSeries',
  'matterRules',
  'obligations',
  'catalogues',
  'taskListTemplates',
] as const;

/**
 * What changes between two versions of a plugin's manifest: the plugin's own
 * fields, then added, removed and changed declarations by key in every section,
 * including each matter rule's clocks and escalation steps. Pure; the server
 * shows the summaries and applies the changes.
 */
export function diffManifests(from: Manifest, to: Manifest): ManifestDiff {
  const changes: ManifestChange[] = [];
  const pluginFields = fieldChanges(json(from), json(to), SECTIONS);
  if (pluginFields.length > 0) {
    changes.push({
      kind: 'changed',
      subject: 'plugin',
      key: to.id,
      name: to.name,
      fields: pluginFields,
      summary: summarise('changed', 'plugin', { name: to.name, key: to.id }, pluginFields),
    });
  }
  changes.push(
    ...diffKeyed('units', from.units, to.units, (u) => u.name),
    ...diffKeyed('bodies', from.bodies, to.bodies, (b) => b.name),
    ...diffKeyed('meetingSeries', from.meetingSeries, to.meetingSeries, (s) => s.name),
    ...diffMatterRules(from.matterRules, to.matterRules),
    ...diffKeyed('obligations', from.obligations, to.obligations, (o) => o.name),
    ...diffKeyed('catalogues', from.catalogues, to.catalogues, (c) => c.name),
    ...diffKeyed('taskListTemplates', from.taskListTemplates, to.taskListTemplates, (t) => t.title),
  );
  return { fromVersion: from.version, toVersion: to.version, changes };
}
