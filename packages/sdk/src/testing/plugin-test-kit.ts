import type { LoadedPlugin } from '../define-plugin.ts';
import { loadPlugin } from '../load-plugin.ts';
import type { Manifest } from '../manifest/manifest.schema.ts';
import type { UnitDeclaration } from '../manifest/unit.schema.ts';
import { type FlatTaskList, findUnit, flattenTaskList } from './manifest-views.ts';

/** What a plugin's own tests use to read its manifest the way its charter reads. */
export interface PluginTestKit {
  /** The plugin as the platform loads it (validated, defaults filled in). */
  readonly plugin: LoadedPlugin;
  readonly manifest: Manifest;
  /** Every unit, in manifest order. */
  units(): readonly UnitDeclaration[];
  /** The unit the charter calls `nameOrKey` (its name, an alias, or its key); throws when none. */
  unit(nameOrKey: string): UnitDeclaration;
  /** A task list template with its tasks and measures flattened (each knows its area). */
  taskList(key: string): FlatTaskList;
}

/**
 * Loads a plugin (module namespace, definition or loaded plugin) exactly as the
 * platform does, throwing a PluginValidationError listing every problem, and
 * returns helpers for asserting what the charter says.
 */
export function pluginTestKit(pluginOrModule: unknown): PluginTestKit {
  const plugin = loadPlugin(pluginOrModule);
  const { manifest } = plugin;
  return {
    plugin,
    manifest,
    units: () => manifest.units,
    unit: (nameOrKey) => findUnit(manifest.units, nameOrKey),
    taskList: (key) => {
      const template = manifest.taskListTemplates.find((t) => t.key === key);
      if (!template) {
        const known = manifest.taskListTemplates.map((t) => t.key).join(', ') || 'none';
        throw new Error(`no task list template "${key}"; templates: ${known}`);
      }
      return flattenTaskList(template);
    },
  };
}
