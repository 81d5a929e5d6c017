import type { Calendar } from '../calendar/calendar.ts';
import type { DayName } from '../calendar/calendar-table.ts';
import { type EpochDay, isoFromEpochDay } from '../dates/iso-date.ts';
import { fail, type Result } from '../errors.ts';
import type { CalendarYearUsed, ExplanationStep, RestReason } from './due-explanation.ts';

/** Why the calendar treats `day` as a rest day. */
export function restReasonOf(calendar: Calendar, day: EpochDay): RestReason {
  const kind = calendar.kindOf(day);
  const name = calendar.nameOf(day);
  if (kind === 'holiday') return name === undefined ? { kind: 'holiday' } : { kind: 'holiday', name };
  if (kind === 'localRestDay')
    return name === undefined ? { kind: 'localRestDay' } : { kind: 'localRestDay', name };
  return { kind: 'weekend' };
}

/**
 * Steps saying which rest days a working-day count over (from, to] skipped
 * and which make-up working days it counted, so a clerk can check the count.
 */
export function workingCountSteps(calendar: Calendar, from: EpochDay, to: EpochDay): ExplanationStep[] {
  const holidays: DayName[] = [];
  const seen = new Set<string>();
  const makeUps: string[] = [];
  let rest = 0;
  for (let day = from + 1; day <= to; day++) {
    const kind = calendar.kindOf(day);
    if (kind === 'makeUpWorkingDay') makeUps.push(isoFromEpochDay(day));
    if (calendar.isWorkingEpochDay(day)) continue;
    rest++;
    const name = calendar.nameOf(day);
    if (name !== undefined && !seen.has(name.zh)) {
      seen.add(name.zh);
      holidays.push(name);
    }
  }
  const steps: ExplanationStep[] = [];
  if (rest > 0) steps.push({ code: 'REST_DAYS_SKIPPED', count: rest, holidays });
  if (makeUps.length > 0) steps.push({ code: 'MAKE_UP_DAYS_COUNTED', dates: makeUps });
  return steps;
}

/**
 * Moves `end` past rest days when `moves` is set and records why; when it
 * is not set but `end` is a rest day, records that it deliberately stays.
 */
export function settleOnWorkingDay(
  calendar: Calendar,
  end: EpochDay,
  moves: boolean,
): { readonly due: EpochDay; readonly steps: ExplanationStep[] } {
  if (calendar.isWorkingEpochDay(end)) return { due: end, steps: [] };
  const reason = restReasonOf(calendar, end);
  if (!moves) return { due: end, steps: [{ code: 'NOT_MOVED', date: isoFromEpochDay(end), reason }] };
  const due = calendar.nextWorkingOnOrAfter(end);
  return {
    due,
    steps: [{ code: 'MOVED_PAST_REST_DAY', from: isoFromEpochDay(end), to: isoFromEpochDay(due), reason }],
  };
}

/** The calendar years between two days and the step flagging provisional ones, if any. */
export function yearsUsed(
  calendar: Calendar,
  from: EpochDay,
  to: EpochDay,
): {
  readonly years: readonly CalendarYearUsed[];
  readonly provisional: boolean;
  readonly steps: ExplanationStep[];
} {
  const years = calendar.yearsBetween(from, to);
  const provisional = years.filter((year) => year.source === 'provisional').map((year) => year.year);
  return {
    years,
    provisional: provisional.length > 0,
    steps: provisional.length > 0 ? [{ code: 'PROVISIONAL_YEARS', years: provisional }] : [],
  };
}

/** CORE_DATE_OUT_OF_RANGE for a day the calendar cannot answer about. */
export function outOfRange<T>(calendar: Calendar, day: EpochDay | string): Result<T> {
  return fail('CORE_DATE_OUT_OF_RANGE', {
    value: typeof day === 'string' ? day : Number.isNaN(day) ? 'beyond the calendar' : isoFromEpochDay(day),
    from: isoFromEpochDay(calendar.firstDay),
    to: isoFromEpochDay(calendar.lastDay),
  });
}

/** Whether `day` is a real day inside the calendar. */
export function inCalendar(calendar: Calendar, day: EpochDay): boolean {
  return day >= calendar.firstDay && day <= calendar.lastDay;
}
