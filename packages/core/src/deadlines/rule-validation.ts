import { fail, ok, type Result } from '../errors.ts';
import type { DatedRule, DeadlineRule } from './deadline-rule.ts';

/** Longest period core accepts, so a typo (7000 days) fails loudly instead of computing nonsense. */
const MAX_DAYS = 3660;
const MAX_MONTHS = 120;

function wholeIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function extensionOk(rule: { readonly extendPastRestDays?: unknown }): boolean {
  return rule.extendPastRestDays === undefined || typeof rule.extendPastRestDays === 'boolean';
}

/**
 * Why a dated rule is invalid, or undefined when it is fine. Cheap enough to
 * run on every computation, because rules arrive as plugin data.
 */
export function datedRuleProblem(rule: DatedRule): string | undefined {
  switch (rule.kind) {
    case 'calendarDays':
      return wholeIn(rule.days, 1, MAX_DAYS) && extensionOk(rule)
        ? undefined
        : `calendarDays.days must be 1–${MAX_DAYS}`;
    case 'workingDays':
      return wholeIn(rule.days, 1, MAX_DAYS) ? undefined : `workingDays.days must be 1–${MAX_DAYS}`;
    case 'months':
      return wholeIn(rule.months, 1, MAX_MONTHS) && extensionOk(rule)
        ? undefined
        : `months.months must be 1–${MAX_MONTHS}`;
    case 'dayOfNextMonth':
      return wholeIn(rule.day, 1, 31) && extensionOk(rule) ? undefined : 'dayOfNextMonth.day must be 1–31';
    case 'dayAfterQuarter':
      return wholeIn(rule.day, 1, 31) && extensionOk(rule) ? undefined : 'dayAfterQuarter.day must be 1–31';
    case 'endOfMonth':
      return wholeIn(rule.month, 1, 12) && extensionOk(rule) ? undefined : 'endOfMonth.month must be 1–12';
    case 'dateOfYear': {
      const longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][rule.month - 1];
      return wholeIn(rule.month, 1, 12) &&
        longest !== undefined &&
        wholeIn(rule.day, 1, longest) &&
        extensionOk(rule)
        ? undefined
        : 'dateOfYear must name an existing month and day';
    }
    default:
      return `unknown rule kind ${String((rule as { kind?: unknown }).kind)}`;
  }
}

const DATED_KINDS = new Set([
  'calendarDays',
  'workingDays',
  'months',
  'dayOfNextMonth',
  'dayAfterQuarter',
  'endOfMonth',
  'dateOfYear',
]);

/** Validates a rule of unknown shape (plugin data); the error is CORE_INVALID_RULE. */
export function validateRule(raw: unknown): Result<DeadlineRule> {
  if (typeof raw !== 'object' || raw === null)
    return fail('CORE_INVALID_RULE', { value: 'a rule must be an object' });
  const rule = raw as DeadlineRule;
  if (rule.kind === 'ongoing') return ok(rule);
  if (rule.kind === 'thenOngoing') {
    const first = (rule as { first?: unknown }).first as DatedRule | undefined;
    if (typeof first !== 'object' || first === null || !DATED_KINDS.has(first.kind)) {
      return fail('CORE_INVALID_RULE', { value: 'thenOngoing.first must be a dated rule' });
    }
    const problem = datedRuleProblem(first);
    return problem === undefined ? ok(rule) : fail('CORE_INVALID_RULE', { value: problem });
  }
  if (!DATED_KINDS.has(rule.kind)) {
    return fail('CORE_INVALID_RULE', {
      value: `unknown rule kind ${String((rule as { kind?: unknown }).kind)}`,
    });
  }
  const problem = datedRuleProblem(rule);
  return problem === undefined ? ok(rule) : fail('CORE_INVALID_RULE', { value: problem });
}
