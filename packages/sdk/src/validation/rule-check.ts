import { DEFAULT_WARNING_THRESHOLDS, validateRule } from '@liandong/core';
import { field, isLoose, looseList } from './loose-data.ts';
import { formatPath, type ValidationProblem } from './validation-problem.ts';

type Path = readonly PropertyKey[];

function rule(value: unknown, path: Path, out: ValidationProblem[]): void {
  if (value === undefined) return;
  // Core is the judge of what it can compute (no 2月30日, no 7000-day period): ask it, at load.
  const result = validateRule(value);
  if (!result.ok) out.push({ path: formatPath(path), message: result.error.en });
}

function thresholds(value: unknown, path: Path, out: ValidationProblem[]): void {
  if (!isLoose(value)) return;
  const yellow = value.yellowWithinWorkingDays ?? DEFAULT_WARNING_THRESHOLDS.yellowWithinWorkingDays;
  const blue = value.blueWithinWorkingDays ?? DEFAULT_WARNING_THRESHOLDS.blueWithinWorkingDays;
  if (typeof yellow === 'number' && typeof blue === 'number' && blue < yellow) {
    out.push({
      path: formatPath(path),
      message: `blueWithinWorkingDays (${blue}) must be at least yellowWithinWorkingDays (${yellow}): blue warns first`,
    });
  }
}

/**
 * Checks every deadline rule with core's own validation, and that traffic-light
 * thresholds are in order, so a rule core would refuse to compute fails at load
 * instead of when the first matter starts. Works on raw input.
 */
export function checkRules(input: unknown): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  thresholds(field(input, 'thresholds'), ['thresholds'], out);
  looseList(field(input, 'matterRules')).forEach((r, i) => {
    thresholds(field(r, 'thresholds'), ['matterRules', i, 'thresholds'], out);
    looseList(field(r, 'clocks')).forEach((clock, j) => {
      rule(field(clock, 'deadline'), ['matterRules', i, 'clocks', j, 'deadline'], out);
      rule(
        field(field(clock, 'urgent'), 'shortest'),
        ['matterRules', i, 'clocks', j, 'urgent', 'shortest'],
        out,
      );
    });
    looseList(field(r, 'escalation')).forEach((step, j) => {
      rule(field(step, 'after'), ['matterRules', i, 'escalation', j, 'after'], out);
    });
  });
  looseList(field(input, 'obligations')).forEach((o, i) => {
    rule(field(o, 'due'), ['obligations', i, 'due'], out);
  });
  looseList(field(input, 'taskListTemplates')).forEach((t, ti) => {
    looseList(field(t, 'areas')).forEach((area, a) => {
      looseList(field(area, 'tasks')).forEach((task, k) => {
        const tp: Path = ['taskListTemplates', ti, 'areas', a, 'tasks', k];
        rule(field(field(task, 'deadline'), 'rule'), [...tp, 'deadline', 'rule'], out);
        looseList(field(task, 'measures')).forEach((m, n) => {
          rule(field(field(m, 'deadline'), 'rule'), [...tp, 'measures', n, 'deadline', 'rule'], out);
        });
      });
    });
  });
  return out;
}
