import type { DayName, YearSource } from '../calendar/calendar-table.ts';
import type { IsoDate } from '../dates/iso-date.ts';
import type { ClockStartEvent, DeadlineRule } from './deadline-rule.ts';
import { describeRule, type Locale } from './rule-text.ts';

/** Why a day is not a working day. */
export interface RestReason {
  readonly kind: 'holiday' | 'weekend' | 'localRestDay';
  /** The holiday's or local day's name; absent for plain weekends. */
  readonly name?: DayName;
}

/** A span of time a clock adds: calendar days or working days. */
export type SpanUnit = 'calendarDays' | 'workingDays';

/**
 * One structured step of an explanation. Codes are stable so the UI can
 * render its own wording; `zh`/`en` on the explanation are ready-made.
 */
export type ExplanationStep =
  | { readonly code: 'START'; readonly date: IsoDate; readonly event?: ClockStartEvent }
  | { readonly code: 'PERIOD_END'; readonly date: IsoDate; readonly rule: DeadlineRule }
  | { readonly code: 'REST_DAYS_SKIPPED'; readonly count: number; readonly holidays: readonly DayName[] }
  | { readonly code: 'MAKE_UP_DAYS_COUNTED'; readonly dates: readonly IsoDate[] }
  | {
      readonly code: 'MOVED_PAST_REST_DAY';
      readonly from: IsoDate;
      readonly to: IsoDate;
      readonly reason: RestReason;
    }
  | { readonly code: 'NOT_MOVED'; readonly date: IsoDate; readonly reason: RestReason }
  | {
      readonly code: 'SUSPENDED';
      readonly from: IsoDate;
      readonly to: IsoDate;
      readonly span: number;
      readonly unit: SpanUnit;
    }
  | { readonly code: 'EXTENDED'; readonly on?: IsoDate; readonly span: number; readonly unit: SpanUnit }
  | { readonly code: 'DUE'; readonly date: IsoDate }
  | { readonly code: 'URGENT_OVERRIDE'; readonly urgent: DeadlineRule; readonly normal: DeadlineRule }
  | { readonly code: 'STOPPED'; readonly date: IsoDate; readonly onTime: boolean }
  | { readonly code: 'PROVISIONAL_YEARS'; readonly years: readonly number[] }
  | { readonly code: 'THEN_ONGOING' }
  | { readonly code: 'ONGOING' };

/** Structured steps plus ready-made Chinese and English sentences. */
export interface DueExplanation {
  readonly steps: readonly ExplanationStep[];
  readonly zh: string;
  readonly en: string;
}

/** A calendar year the computation relied on, and where its holidays came from. */
export interface CalendarYearUsed {
  readonly year: number;
  readonly source: YearSource;
}

const EVENT_NAMES: Record<ClockStartEvent, DayName> = {
  served: { zh: '送达', en: 'service' },
  received: { zh: '签收', en: 'receipt' },
  decided: { zh: '作出决定', en: 'the decision' },
  sent: { zh: '发出', en: 'sending' },
  periodEnd: { zh: '周期结束', en: 'the end of the period' },
};

function restReason(reason: RestReason, locale: Locale): string {
  const name = reason.name?.[locale];
  if (locale === 'zh') {
    if (reason.kind === 'holiday') return `法定节假日（${name ?? ''}）`;
    if (reason.kind === 'localRestDay') return `本地休息日（${name ?? ''}）`;
    return '休息日（周末）';
  }
  if (reason.kind === 'holiday') return `a public holiday (${name ?? ''})`;
  if (reason.kind === 'localRestDay') return `a local rest day (${name ?? ''})`;
  return 'a rest day (weekend)';
}

function unitText(span: number, unit: SpanUnit, locale: Locale): string {
  if (locale === 'zh') return unit === 'workingDays' ? `${span}个工作日` : `${span}日`;
  const word = unit === 'workingDays' ? 'working day' : 'day';
  return `${span} ${word}${span === 1 ? '' : 's'}`;
}

function stepZh(step: ExplanationStep): string {
  switch (step.code) {
    case 'START':
      return `自${step.date}${step.event ? `（${EVENT_NAMES[step.event].zh}之日）` : ''}起算（起算日不计入）。`;
    case 'PERIOD_END':
      return `按“${describeRule(step.rule, 'zh')}”，期间届满日为${step.date}。`;
    case 'REST_DAYS_SKIPPED':
      return `期间跳过${step.count}个休息日${step.holidays.length > 0 ? `（含${step.holidays.map((h) => h.zh).join('、')}）` : ''}。`;
    case 'MAKE_UP_DAYS_COUNTED':
      return `调休上班日${step.dates.join('、')}计为工作日。`;
    case 'MOVED_PAST_REST_DAY':
      return `${step.from}为${restReason(step.reason, 'zh')}，顺延至其后第一个工作日${step.to}。`;
    case 'NOT_MOVED':
      return `${step.date}为${restReason(step.reason, 'zh')}，但该规则遇休息日不顺延。`;
    case 'SUSPENDED':
      return `${step.from}至${step.to}期间中止，期满日顺延${unitText(step.span, step.unit, 'zh')}。`;
    case 'EXTENDED':
      return `${step.on ? `${step.on}` : ''}决定延长${unitText(step.span, step.unit, 'zh')}。`;
    case 'DUE':
      return `期满日为${step.date}。`;
    case 'URGENT_OVERRIDE':
      return `本事项加急，适用“${describeRule(step.urgent, 'zh')}”（正常为“${describeRule(step.normal, 'zh')}”）。`;
    case 'STOPPED':
      return `${step.date}办结，${step.onTime ? '按期' : '逾期'}。`;
    case 'PROVISIONAL_YEARS':
      return `${step.years.join('、')}年节假日安排尚未公布，按法定节假日推算，期满日可能变动。`;
    case 'THEN_ONGOING':
      return '此后长期坚持。';
    case 'ONGOING':
      return '长期坚持，无期满日。';
  }
}

function stepEn(step: ExplanationStep): string {
  switch (step.code) {
    case 'START':
      return `Counted from ${step.event ? `${EVENT_NAMES[step.event].en} on ` : ''}${step.date} (the start day is not counted).`;
    case 'PERIOD_END':
      return `Under "${describeRule(step.rule, 'en')}", the period ends on ${step.date}.`;
    case 'REST_DAYS_SKIPPED':
      return `${step.count} rest day${step.count === 1 ? ' was' : 's were'} skipped${step.holidays.length > 0 ? ` (including ${step.holidays.map((h) => h.en).join(', ')})` : ''}.`;
    case 'MAKE_UP_DAYS_COUNTED':
      return step.dates.length === 1
        ? `Make-up working day ${step.dates[0]} counted as a working day.`
        : `Make-up working days ${step.dates.join(', ')} counted as working days.`;
    case 'MOVED_PAST_REST_DAY':
      return `${step.from} is ${restReason(step.reason, 'en')}, so the period ends on the next working day, ${step.to}.`;
    case 'NOT_MOVED':
      return `${step.date} is ${restReason(step.reason, 'en')}, but this rule is not moved past rest days.`;
    case 'SUSPENDED':
      return `Suspended from ${step.from} to ${step.to}: the due date moves by ${unitText(step.span, step.unit, 'en')}.`;
    case 'EXTENDED':
      return `Extended by ${unitText(step.span, step.unit, 'en')}${step.on ? ` on ${step.on}` : ''}.`;
    case 'DUE':
      return `Due on ${step.date}.`;
    case 'URGENT_OVERRIDE':
      return `This matter is urgent: "${describeRule(step.urgent, 'en')}" applies instead of "${describeRule(step.normal, 'en')}".`;
    case 'STOPPED':
      return `Answered on ${step.date}, ${step.onTime ? 'on time' : 'late'}.`;
    case 'PROVISIONAL_YEARS':
      return `The ${step.years.join(', ')} holiday schedule is not yet published; it was computed from the statutory holidays, so the due date may move.`;
    case 'THEN_ONGOING':
      return 'After that, the work continues (ongoing).';
    case 'ONGOING':
      return 'Ongoing: there is no due date.';
  }
}

/** Renders structured steps into the ready-made zh and en sentences. */
export function explain(steps: readonly ExplanationStep[]): DueExplanation {
  return { steps, zh: steps.map(stepZh).join(''), en: steps.map(stepEn).join(' ') };
}
