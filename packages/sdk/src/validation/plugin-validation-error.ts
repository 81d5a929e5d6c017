import { formatProblem, type ValidationProblem } from './validation-problem.ts';

/** Thrown when a plugin fails to load; lists every problem, one per line. */
export class PluginValidationError extends Error {
  /** Stable code the server maps to an HTTP problem. */
  readonly code = 'SDK_PLUGIN_INVALID' as const;
  /** The manifest's `id` when it has one, else "(unknown)". */
  readonly pluginId: string;
  /** Every problem found, in manifest order per check. */
  readonly problems: readonly ValidationProblem[];

  constructor(pluginId: string, problems: readonly ValidationProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `plugin "${pluginId}" is invalid (${count}):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'PluginValidationError';
    this.pluginId = pluginId;
    this.problems = problems;
  }
}
