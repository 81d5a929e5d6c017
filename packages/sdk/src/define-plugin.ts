import type { Manifest, ManifestInput } from './manifest/manifest.schema.ts';

/** Optional behaviour that data cannot express. Hooks are pure functions of their inputs. */
export interface PluginHooks {
  /**
   * Choose the escalation targets of a step from the matter's fields, when the
   * charter makes them depend on the case. Return undefined to use the step's declared targets.
   */
  readonly chooseEscalationTargets?: (input: {
    readonly matterRuleKey: string;
    readonly stepKey: string;
    readonly fields: Readonly<Record<string, unknown>>;
  }) => readonly string[] | undefined;
}

/** What a plugin module default-exports: its manifest as written, and its hooks. */
export interface PluginDefinition {
  readonly manifest: ManifestInput;
  readonly hooks: PluginHooks;
}

/** A plugin after loading: the validated manifest with defaults filled in. */
export interface LoadedPlugin {
  readonly manifest: Manifest;
  readonly hooks: PluginHooks;
}

/**
 * Declare a jurisdiction plugin. The manifest is plain data; it is validated
 * (schema, cross-references, SDK range) when the platform loads the plugin.
 */
export function definePlugin(manifest: ManifestInput, hooks: PluginHooks = {}): PluginDefinition {
  return { manifest, hooks };
}
