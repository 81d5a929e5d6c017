import * as rrule from 'rrule';
import type { Calendar } from '../calendar/calendar.ts';
import { epochDayOf, type IsoDate, isoFromEpochDay } from '../dates/iso-date.ts';
import type { DeadlineRule } from '../deadlines/deadline-rule.ts';
import { computeDueDate, type DueOutcome } from '../deadlines/due-date.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { Cadence } from './cadence.ts';

// rrule ships CommonJS for Node and ESM for bundlers; Node's ESM loader only
// exposes the CommonJS exports under `default`, Vite exposes them by name.
const { RRule } = (rrule as { RRule?: typeof rrule.RRule }).RRule
  ? rrule
  : (rrule as unknown as { default: typeof rrule }).default;

/** One period of a cadence in a year. */
export interface CadenceOccurrence {
  /** 1-based position within the year. */
  readonly index: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** "2026年第1季度" / "Q1 2026", "2026年3月" / "March 2026". */
  readonly label: { readonly zh: string; readonly en: string };
  /** When a rule was given: its due date anchored on the period end (start event 'periodEnd'). */
  readonly due?: DueOutcome;
}

/** A rule anchored on each period's end, and the calendar to count with. */
export interface CadenceDueOptions {
  readonly rule: DeadlineRule;
  readonly calendar: Calendar;
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

const PERIOD_MONTHS: Record<Exclude<Cadence['kind'], 'asNeeded'>, number> = {
  monthly: 1,
  quarterly: 3,
  halfYearly: 6,
  yearly: 12,
};

function label(kind: keyof typeof PERIOD_MONTHS, year: number, index: number): { zh: string; en: string } {
  switch (kind) {
    case 'monthly':
      return { zh: `${year}年${index}月`, en: `${MONTHS_EN[index - 1]} ${year}` };
    case 'quarterly':
      return { zh: `${year}年第${index}季度`, en: `Q${index} ${year}` };
    case 'halfYearly':
      return { zh: `${year}年${index === 1 ? '上' : '下'}半年`, en: `H${index} ${year}` };
    case 'yearly':
      return { zh: `${year}年度`, en: `Year ${year}` };
  }
}

type Period = Omit<CadenceOccurrence, 'due'>;

// The periods of a (kind, year) are the same for every tenant: expanding them
// once keeps a year's sweep over thousands of tenants cheap.
const periodCache = new Map<string, readonly Period[]>();

function periodsOf(kind: keyof typeof PERIOD_MONTHS, year: number): readonly Period[] {
  const key = `${kind}:${year}`;
  const cached = periodCache.get(key);
  if (cached !== undefined) return cached;
  const step = PERIOD_MONTHS[kind];
  // Dates are floating civil dates: rrule works on UTC midnights, which we
  // read back as Asia/Shanghai calendar dates without any time-zone shift.
  const starts = new RRule({
    freq: RRule.MONTHLY,
    interval: step,
    dtstart: new Date(Date.UTC(year, 0, 1)),
    until: new Date(Date.UTC(year, 11, 31)),
  })
    .all()
    .map((date) => epochDayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
  // Frozen because the cached objects are handed to every caller.
  const periods = starts.map((start, i) =>
    Object.freeze({
      index: i + 1,
      start: isoFromEpochDay(start),
      end: isoFromEpochDay((starts[i + 1] ?? epochDayOf(year + 1, 1, 1)) - 1),
      label: Object.freeze(label(kind, year, i + 1)),
    }),
  );
  periodCache.set(key, periods);
  return periods;
}

/**
 * Expands a cadence into its periods for a calendar year, and, given a rule,
 * each period's due date counted from the period end. `asNeeded` (根据工作需要)
 * has no fixed dates and yields none.
 */
export function expandCadence(
  cadence: Cadence,
  year: number,
  due?: CadenceDueOptions,
): Result<CadenceOccurrence[]> {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) {
    return fail('CORE_INVALID_CADENCE', { value: `year ${String(year)}` });
  }
  if (cadence.kind === 'asNeeded') return ok([]);
  if (!(cadence.kind in PERIOD_MONTHS)) {
    return fail('CORE_INVALID_CADENCE', { value: `unknown cadence kind ${String(cadence.kind)}` });
  }
  const periods = periodsOf(cadence.kind, year);
  if (due === undefined) return ok([...periods]);
  const occurrences: CadenceOccurrence[] = [];
  for (const period of periods) {
    const outcome = computeDueDate(due.rule, period.end, due.calendar, { event: 'periodEnd' });
    if (!outcome.ok) return outcome;
    occurrences.push({ ...period, due: outcome.value });
  }
  return ok(occurrences);
}
