import { describe, expect, it } from 'vitest';
import { definePlugin } from './define-plugin.ts';
import { loadPlugin } from './load-plugin.ts';
import { smallCityManifest } from './testing/fixtures/small-city.manifest.ts';
import { PluginValidationError } from './validation/plugin-validation-error.ts';

function loadError(input: unknown): PluginValidationError {
  try {
    loadPlugin(input);
  } catch (error) {
    if (error instanceof PluginValidationError) return error;
    throw error;
  }
  throw new Error('expected loadPlugin to throw');
}

describe('loadPlugin', () => {
  it('loads a definition and an ES module namespace alike', () => {
    const definition = definePlugin(smallCityManifest);
    const fromDefinition = loadPlugin(definition);
    const fromModule = loadPlugin({ [Symbol.toStringTag]: 'Module', default: definition });
    expect(fromDefinition.manifest.id).toBe('small-city');
    expect(fromModule.manifest).toEqual(fromDefinition.manifest);
    expect(fromDefinition.hooks).toEqual({});
  });

  it('keeps hooks that are functions', () => {
    const choose = () => ['justice'];
    const plugin = loadPlugin(definePlugin(smallCityManifest, { chooseEscalationTargets: choose }));
    expect(plugin.hooks.chooseEscalationTargets).toBe(choose);
  });

  it('stops the load with every problem, the plugin id and a stable code', () => {
    const broken = structuredClone(smallCityManifest);
    broken.obligations[0]!.units = ['ghost'];
    broken.meetingSeries[0]!.organiser = 'nobody';
    const error = loadError({
      manifest: broken,
      hooks: { chooseEscalationTargets: 'justice', pickTargets: () => [] },
    });
    expect(error.code).toBe('SDK_PLUGIN_INVALID');
    expect(error.pluginId).toBe('small-city');
    expect(error.problems).toEqual([
      { path: 'meetingSeries[0].organiser', message: 'unknown unit "nobody"' },
      { path: 'obligations[0].units[0]', message: 'unknown unit "ghost"' },
      { path: 'hooks.chooseEscalationTargets', message: 'expected a function, received string' },
      { path: 'hooks.pickTargets', message: 'unknown hook (known: chooseEscalationTargets)' },
    ]);
    expect(error.message.split('\n')).toEqual([
      'plugin "small-city" is invalid (4 problems):',
      '  meetingSeries[0].organiser: unknown unit "nobody"',
      '  obligations[0].units[0]: unknown unit "ghost"',
      '  hooks.chooseEscalationTargets: expected a function, received string',
      '  hooks.pickTargets: unknown hook (known: chooseEscalationTargets)',
    ]);
  });

  it('says clearly when a module has no usable default export', () => {
    expect(loadError({ manifest2: {} }).problems).toEqual([
      {
        path: 'default',
        message:
          'the module has no default export: export default definePlugin(manifest, hooks?) from @liandong/sdk',
      },
    ]);
    expect(loadError({ default: smallCityManifest }).problems[0]?.message).toMatch(
      /^the default export is not a plugin/,
    );
    expect(loadError(undefined).pluginId).toBe('(unknown)');
  });

  it('rejects hooks that are not an object', () => {
    expect(loadError({ manifest: smallCityManifest, hooks: 3 }).problems).toEqual([
      { path: 'hooks', message: 'expected an object of hook functions' },
    ]);
  });
});
