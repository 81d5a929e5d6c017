import type { z } from 'zod';
import { formatPath, type ValidationProblem } from './validation-problem.ts';

type Issue = z.core.$ZodIssue;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function quoteAll(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join('|');
}

/**
 * Picks the union branch the author most plausibly meant: one whose problems
 * all lie inside the value (its shape matched), with the fewest problems. When
 * no branch matched the shape, the union's own message is clearer than any branch's.
 */
function bestBranch(issue: Issue & { code: 'invalid_union' }): readonly Issue[] | undefined {
  let best: readonly Issue[] | undefined;
  for (const branch of issue.errors) {
    const shaped = branch.every(
      (i) =>
        i.path.length > 0 &&
        i.code !== 'unrecognized_keys' &&
        !(i.code === 'invalid_type' && i.path.length === 1 && i.message.endsWith('received undefined')),
    );
    if (shaped && branch.length > 0 && (!best || branch.length < best.length)) best = branch;
  }
  return best;
}

function convert(issue: Issue, prefix: readonly PropertyKey[], out: ValidationProblem[]): void {
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
      const branch = bestBranch(issue);
      if (branch) {
        for (const inner of branch) convert(inner, path, out);
        return;
      }
      out.push({ path: formatPath(path), message: lowerFirst(issue.message) });
      return;
    }
    case 'invalid_type':
      out.push({
        path: formatPath(path),
        message: issue.message.endsWith('received undefined')
          ? `required: expected ${issue.expected}`
          : lowerFirst(issue.message),
      });
      return;
    default:
      out.push({ path: formatPath(path), message: lowerFirst(issue.message) });
  }
}

/** Converts zod issues to problems with the SDK's path format, one per issue (unions resolved). */
export function zodIssuesToProblems(issues: readonly Issue[]): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  for (const issue of issues) convert(issue, [], out);
  return out;
}
