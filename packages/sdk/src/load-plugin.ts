import type { LoadedPlugin, PluginHooks } from './define-plugin.ts';
import { field, isLoose, looseString } from './validation/loose-data.ts';
import { PluginValidationError } from './validation/plugin-validation-error.ts';
import { validateManifest } from './validation/validate-manifest.ts';
import type { ValidationProblem } from './validation/validation-problem.ts';

/** Every hook a plugin may provide; the type check below keeps it equal to PluginHooks. */
export const HOOK_NAMES = ['chooseEscalationTargets'] as const satisfies readonly (keyof PluginHooks)[];
type Missing = Exclude<keyof PluginHooks, (typeof HOOK_NAMES)[number]>;
const allHooksListed: [Missing] extends [never] ? true : false = true;
void allHooksListed;

const DEFINE_HINT = 'export default definePlugin(manifest, hooks?) from @liandong/sdk';

function checkHooks(hooks: unknown): ValidationProblem[] {
  if (hooks === undefined) return [];
  if (!isLoose(hooks)) return [{ path: 'hooks', message: 'expected an object of hook functions' }];
  const known: readonly string[] = HOOK_NAMES;
  return Object.entries(hooks).flatMap(([name, hook]): ValidationProblem[] => {
    if (!known.includes(name)) {
      return [{ path: `hooks.${name}`, message: `unknown hook (known: ${HOOK_NAMES.join(', ')})` }];
    }
    if (hook !== undefined && typeof hook !== 'function') {
      return [{ path: `hooks.${name}`, message: `expected a function, received ${typeof hook}` }];
    }
    return [];
  });
}

/** A module namespace (has `default`) is unwrapped; anything else is taken as the definition. */
function definitionOf(input: unknown): { definition?: unknown; problem?: ValidationProblem } {
  if (isLoose(input) && 'manifest' in input) return { definition: input };
  if (isLoose(input) && 'default' in input) {
    const def = input.default;
    if (isLoose(def) && 'manifest' in def) return { definition: def };
    return { problem: { path: 'default', message: `the default export is not a plugin: ${DEFINE_HINT}` } };
  }
  return { problem: { path: 'default', message: `the module has no default export: ${DEFINE_HINT}` } };
}

/**
 * Loads a plugin: accepts the module namespace (`await import(...)`) or the
 * definition itself, validates hooks and manifest, and throws a
 * {@link PluginValidationError} listing every problem when anything is wrong.
 */
export function loadPlugin(moduleOrDefinition: unknown): LoadedPlugin {
  const { definition, problem } = definitionOf(moduleOrDefinition);
  if (problem) throw new PluginValidationError('(unknown)', [problem]);
  const manifestInput = field(definition, 'manifest');
  const hooks = field(definition, 'hooks');
  const hookProblems = checkHooks(hooks);
  const result = validateManifest(manifestInput);
  if (result.ok && hookProblems.length === 0) {
    // checkHooks proved every present hook is a known function.
    return { manifest: result.manifest, hooks: (hooks ?? {}) as PluginHooks };
  }
  const pluginId = looseString(field(manifestInput, 'id')) ?? '(unknown)';
  throw new PluginValidationError(pluginId, [...(result.ok ? [] : result.problems), ...hookProblems]);
}
