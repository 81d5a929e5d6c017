import { fail, ok, type Result } from '../errors.ts';
import type { DatedRule, DeadlineRule, PeriodRule } from './deadline-rule.ts';

/** The languages core renders text in. */
export type Locale = 'zh' | 'en';

const RULE_TEXT = /^([1-9]\d{0,3})(d|wd|m)$/;

/**
 * Parses the CLI's short rule text: `<N>d` (calendar days), `<N>wd` (working
 * days) or `<N>m` (months). The error is CORE_UNKNOWN_RULE.
 */
export function parseRuleText(text: string): Result<PeriodRule> {
  const match = RULE_TEXT.exec(text.trim());
  if (match === null) return fail('CORE_UNKNOWN_RULE', { value: text });
  const count = Number(match[1]);
  if (match[2] === 'd') return ok({ kind: 'calendarDays', days: count });
  if (match[2] === 'wd') return ok({ kind: 'workingDays', days: count });
  return ok({ kind: 'months', months: count });
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function describeDated(rule: DatedRule, locale: Locale): string {
  const zh = locale === 'zh';
  switch (rule.kind) {
    case 'calendarDays':
      return zh ? `${rule.days}日内` : `within ${plural(rule.days, 'day')}`;
    case 'workingDays':
      return zh ? `${rule.days}个工作日内` : `within ${plural(rule.days, 'working day')}`;
    case 'months':
      return zh ? `${rule.months}个月内` : `within ${plural(rule.months, 'month')}`;
    case 'dayOfNextMonth':
      return zh ? `次月${rule.day}日前` : `by the ${ordinal(rule.day)} of the following month`;
    case 'dayAfterQuarter':
      return zh
        ? `季度结束后次月${rule.day}日前`
        : `by the ${ordinal(rule.day)} of the month after the quarter`;
    case 'endOfMonth':
      return zh ? `${rule.month}月底前` : `by the end of ${MONTHS_EN[rule.month - 1] ?? rule.month}`;
    case 'dateOfYear':
      return zh
        ? `${rule.month}月${rule.day}日前`
        : `by ${rule.day} ${MONTHS_EN[rule.month - 1] ?? rule.month}`;
  }
}

function noExtension(rule: DatedRule, locale: Locale): string {
  if (rule.kind === 'workingDays' || rule.extendPastRestDays !== false) return '';
  return locale === 'zh' ? '（遇休息日不顺延）' : ' (not moved past rest days)';
}

/**
 * A rule as plugins and the UI show it: "7日内" / "within 7 days",
 * "次月5日前", "5月底前，长期坚持" / "by the end of May, then ongoing".
 */
export function describeRule(rule: DeadlineRule, locale: Locale): string {
  if (rule.kind === 'ongoing') return locale === 'zh' ? '长期坚持' : 'ongoing';
  if (rule.kind === 'thenOngoing') {
    const first = describeDated(rule.first, locale) + noExtension(rule.first, locale);
    return locale === 'zh' ? `${first}，长期坚持` : `${first}, then ongoing`;
  }
  return describeDated(rule, locale) + noExtension(rule, locale);
}
