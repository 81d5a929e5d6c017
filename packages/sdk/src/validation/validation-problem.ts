/** One thing wrong with a plugin, at an exact place in its manifest. */
export interface ValidationProblem {
  /** Where, as `taskListTemplates[0].areas[2].units[0]`; empty for the manifest as a whole. */
  readonly path: string;
  /** What is wrong, in English, starting lower-case. */
  readonly message: string;
}

/** Renders a path of keys and indices the way authors read it in their manifest literal. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** One line per problem: `path: message` (just the message when the path is empty). */
export function formatProblem(problem: ValidationProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
