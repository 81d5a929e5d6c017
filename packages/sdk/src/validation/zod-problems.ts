import type { z } from 'zod';
import { field } from './loose-data.ts';
import { formatPath, type ValidationProblem } from './validation-problem.ts';

type Issue = z.core.$ZodIssue;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Whether the input has nothing at `path`: "required" reads better than "received undefined". */
function missingAt(input: unknown, path: readonly PropertyKey[]): boolean {
  return valueAt(input, path) === undefined;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (Array.isArray(value) && typeof part === 'number') value = value[part];
    else if (typeof part === 'string') value = field(value, part);
    else return undefined;
  }
  return value;
}

function quoteAll(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join('|');
}

/**
 * Picks the union branch the author most plausibly meant: one whose problems
 * all lie inside the value (its shape matched), with the fewest problems. When
 * no branch matched the shape, the union's own message is clearer than any branch's.
 */
function bestBranch(issue: Issue & { code: 'invalid_union' }, value: unknown): readonly Issue[] | undefined {
  let best: readonly Issue[] | undefined;
  for (const branch of issue.errors) {
    const shaped = branch.every(
      (i) =>
        i.path.length > 0 &&
        i.code !== 'unrecognized_keys' &&
        !(i.code === 'invalid_type' && i.path.length === 1 && missingAt(value, i.path)),
    );
    if (shaped && branch.length > 0 && (!best || branch.length < best.length)) best = branch;
  }
  return best;
}

function convert(
  issue: Issue,
  prefix: readonly PropertyKey[],
  input: unknown,
  out: ValidationProblem[],
): void {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      // Name the stray field itself: a typo (aliasses) is then found at a glance.
      for (const key of issue.keys) out.push({ path: formatPath([...path, key]), message: 'unknown field' });
      return;
    case 'invalid_union': {
      if ('discriminator' in issue && 'options' in issue && Array.isArray(issue.options)) {
        out.push({
          path: formatPath(path),
          message: `invalid option: expected one of ${quoteAll(issue.options)}`,
        });
        return;
      }
      const branch = bestBranch(issue, valueAt(input, path));
      if (branch) {
        for (const inner of branch) convert(inner, path, input, out);
        return;
      }
      out.push({ path: formatPath(path), message: lowerFirst(issue.message) });
      return;
    }
    case 'invalid_type':
      out.push({
        path: formatPath(path),
        message: missingAt(input, path) ? `required: expected ${issue.expected}` : lowerFirst(issue.message),
      });
      return;
    default:
      out.push({ path: formatPath(path), message: lowerFirst(issue.message) });
  }
}

/**
 * Converts zod issues to problems with the SDK's path format, one per issue
 * (unions resolved). `input` is what was parsed, to tell a missing field from a wrong one.
 */
export function zodIssuesToProblems(issues: readonly Issue[], input: unknown): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  for (const issue of issues) convert(issue, [], input, out);
  return out;
}
