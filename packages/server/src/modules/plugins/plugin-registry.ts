import { readFile } from 'node:fs/promises';
import { type LoadedPlugin, loadPlugin, PluginValidationError, type ValidationProblem } from '@liandong/sdk';

/** A plugin package the platform found but could not use, with every problem. */
export interface BrokenPlugin {
  readonly packageName: string;
  readonly pluginId: string;
  readonly problems: readonly ValidationProblem[];
}

/** The installed jurisdiction plugins, validated at start-up. */
export interface PluginRegistry {
  list(): readonly LoadedPlugin[];
  get(id: string): LoadedPlugin | undefined;
  broken(): readonly BrokenPlugin[];
}

export function registryOf(
  plugins: readonly LoadedPlugin[],
  broken: readonly BrokenPlugin[] = [],
): PluginRegistry {
  const byId = new Map(plugins.map((plugin) => [plugin.manifest.id, plugin]));
  const sorted = [...byId.values()].sort((a, b) => a.manifest.id.localeCompare(b.manifest.id));
  return { list: () => sorted, get: (id) => byId.get(id), broken: () => broken };
}

const PLUGIN_PACKAGE = /^@liandong\/plugin-[a-z0-9-]+$/;

/**
 * Installing a plugin is adding its package as a dependency of the server
 * (`@liandong/plugin-<id>`), or naming module specifiers in LIANDONG_PLUGINS.
 * A plugin that fails validation is left out and reported, not fatal: the
 * other jurisdictions keep working.
 */
export async function loadInstalledPlugins(extraSpecifiers: readonly string[] = []): Promise<PluginRegistry> {
  const manifestUrl = new URL('../../../package.json', import.meta.url);
  const pkg = JSON.parse(await readFile(manifestUrl, 'utf8')) as { dependencies?: Record<string, string> };
  const specifiers = [
    ...Object.keys(pkg.dependencies ?? {}).filter((name) => PLUGIN_PACKAGE.test(name)),
    ...extraSpecifiers,
  ];
  const loaded: LoadedPlugin[] = [];
  const broken: BrokenPlugin[] = [];
  for (const specifier of specifiers) {
    try {
      loaded.push(loadPlugin(await import(specifier)));
    } catch (error) {
      if (error instanceof PluginValidationError) {
        broken.push({ packageName: specifier, pluginId: error.pluginId, problems: error.problems });
      } else {
        const message = error instanceof Error ? error.message : String(error);
        broken.push({
          packageName: specifier,
          pluginId: '(unknown)',
          problems: [{ path: '(module)', message }],
        });
      }
    }
  }
  return registryOf(loaded, broken);
}
