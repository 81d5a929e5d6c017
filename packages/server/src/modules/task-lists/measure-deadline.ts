import {
  type Calendar,
  computeDueDate,
  type DeadlineRule,
  type IsoDate,
  officialCalendar,
} from '@liandong/core';
import { AppError } from '../../errors.ts';

/** What a measure stores about its deadline: the text as written and what it means. */
export interface MeasureDeadlineFields {
  deadlineText: string | null;
  deadlineRule: Record<string, unknown> | null;
  dueStart: string | null;
  dueOn: string | null;
  isOngoing: boolean;
  dueProvisional: boolean;
  dueExplanation: { zh: string; en: string } | null;
}

export interface DeadlineInput {
  readonly text?: string | undefined;
  readonly rule?: DeadlineRule | undefined;
  /** A fixed date, when the deadline is one day rather than a rule (a meeting decision "by 30 June"). */
  readonly dueOn?: IsoDate | undefined;
}

const CN_DIGITS = '〇一二三四五六七八九十';

/**
 * Reads the deadline wordings task lists use ("12月底前", "长期坚持",
 * "5月底前完成并长期坚持", "2022年6月30日前") into a rule, so an imported sheet
 * gets due dates. Anything else stays text only, with no computed date.
 */
export function ruleFromDeadlineText(text: string): DeadlineRule | undefined {
  const compact = text.replace(/[\s,，、。]/g, '');
  if (compact === '长期坚持') return { kind: 'ongoing' };
  const ongoingAfter = /^(.+?)(?:完成)?并?长期坚持$/.exec(compact);
  if (ongoingAfter?.[1]) {
    const first = datedRuleOf(ongoingAfter[1]);
    return first ? { kind: 'thenOngoing', first } : undefined;
  }
  return datedRuleOf(compact.replace(/完成$/, ''));
}

function datedRuleOf(text: string): Extract<DeadlineRule, { kind: 'endOfMonth' | 'dateOfYear' }> | undefined {
  const endOfMonth = /^(?:\d{4}年)?(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末)前?$/.exec(text);
  if (endOfMonth?.[1]) {
    const month = monthNumber(endOfMonth[1]);
    return month ? { kind: 'endOfMonth', month } : undefined;
  }
  const date = /^(?:\d{4}年)?(\d{1,2})月(\d{1,2})日前?$/.exec(text);
  if (date?.[1] && date[2]) {
    const month = Number(date[1]);
    const day = Number(date[2]);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31
      ? { kind: 'dateOfYear', month, day }
      : undefined;
  }
  return undefined;
}

function monthNumber(text: string): number | undefined {
  const value = /^\d+$/.test(text)
    ? Number(text)
    : text === '十'
      ? 10
      : text.startsWith('十')
        ? 10 + CN_DIGITS.indexOf(text.slice(1))
        : CN_DIGITS.indexOf(text);
  return value >= 1 && value <= 12 ? value : undefined;
}

/**
 * Computes what a measure stores for a deadline. Year-relative rules count
 * from `start` (1 January of the list's year, or the meeting's date).
 */
export function measureDeadline(
  input: DeadlineInput | undefined,
  start: IsoDate,
  calendar: Calendar = officialCalendar,
): MeasureDeadlineFields {
  const empty: MeasureDeadlineFields = {
    deadlineText: input?.text ?? null,
    deadlineRule: null,
    dueStart: null,
    dueOn: null,
    isOngoing: false,
    dueProvisional: false,
    dueExplanation: null,
  };
  if (!input) return empty;
  if (input.dueOn !== undefined) {
    const info = calendar.dayInfo(input.dueOn);
    if (!info.ok) throw deadlineError(info.error.en);
    return {
      ...empty,
      deadlineText: input.text ?? input.dueOn,
      dueOn: input.dueOn,
      dueProvisional: info.value.provisional,
    };
  }
  const rule = input.rule ?? (input.text ? ruleFromDeadlineText(input.text) : undefined);
  if (!rule) return empty;
  const outcome = computeDueDate(rule, start, calendar);
  if (!outcome.ok) throw deadlineError(outcome.error.en);
  const due = outcome.value;
  return {
    deadlineText: input.text ?? null,
    deadlineRule: rule as unknown as Record<string, unknown>,
    dueStart: start,
    dueOn: due.due,
    isOngoing: due.kind === 'ongoing' || due.thenOngoing,
    dueProvisional: due.provisional,
    dueExplanation: { zh: due.explanation.zh, en: due.explanation.en },
  };
}

function deadlineError(detail: string): AppError {
  return new AppError('TASK_DEADLINE_INVALID', { message: `The deadline cannot be computed: ${detail}` });
}
