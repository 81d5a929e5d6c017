import { epochDayFromIso, type IsoDate } from '../dates/iso-date.ts';
import type { ClockStartEvent, DeadlineRule, PeriodRule } from '../deadlines/deadline-rule.ts';
import { fail, ok, type Result } from '../errors.ts';

/** How much an extension adds: N calendar days or N working days. */
export type ExtensionSpan = { readonly calendarDays: number } | { readonly workingDays: number };

/** One recorded act on a matter's clock. */
export type ClockEvent =
  /** The event the rule names happened (送达, 签收, 作出决定 …); the start day itself is not counted. */
  | { readonly type: 'started'; readonly event: ClockStartEvent; readonly on: IsoDate }
  /** 中止 — e.g. the review is suspended while 复议/申诉 runs. The suspension day does not count. */
  | { readonly type: 'suspended'; readonly on: IsoDate; readonly reason?: string }
  /** The clock runs again from this day (it counts). */
  | { readonly type: 'resumed'; readonly on: IsoDate }
  /** An explicit, recorded extension (延长期限); `on` (when it was granted) is recorded when known. */
  | { readonly type: 'extended'; readonly on?: IsoDate; readonly by: ExtensionSpan; readonly reason?: string }
  /** The matter was answered (办结/回复); the clock stops. */
  | { readonly type: 'stopped'; readonly on: IsoDate };

/**
 * A clock as stored by the server. The rule is the snapshot in force when
 * the clock started, so later changes to a tenant's rules never move an
 * existing legal deadline; `ruleVersion` is echoed back untouched.
 */
export interface ClockInput {
  readonly rule: DeadlineRule;
  /** E.g. the plugin id and version that stated the rule: "suzhou@1.2.0". */
  readonly ruleVersion: string;
  /** The event the rule names as the start; when given, the started event must match it. */
  readonly startsOn?: ClockStartEvent;
  /** A per-matter urgent period; it must be strictly shorter than the rule's. */
  readonly urgent?: PeriodRule;
  readonly events: readonly ClockEvent[];
}

/** A validated event with its epoch day. */
export type CheckedEvent = ClockEvent & { readonly day: number };

function validSpan(by: unknown): boolean {
  if (typeof by !== 'object' || by === null) return false;
  const keys = Object.keys(by);
  const value = (by as Record<string, unknown>)[keys[0] ?? ''];
  return (
    keys.length === 1 &&
    (keys[0] === 'calendarDays' || keys[0] === 'workingDays') &&
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= 3660
  );
}

/**
 * Checks that the events describe something that can happen: one start
 * first, suspend/resume alternating, nothing after the stop, dates never
 * going backwards. Each impossibility has its own error code.
 */
export function checkClockEvents(
  events: readonly ClockEvent[],
  startsOn: ClockStartEvent | undefined,
): Result<CheckedEvent[]> {
  const checked: CheckedEvent[] = [];
  let suspended = false;
  let previous: CheckedEvent | undefined;
  for (const [index, event] of events.entries()) {
    // An undated extension takes its predecessor's day, so it never breaks the ordering check.
    const day =
      event.on === undefined && previous !== undefined ? previous.day : epochDayFromIso(event.on ?? '');
    if (Number.isNaN(day)) return fail('CORE_INVALID_DATE', { value: String(event.on) });
    if (index === 0 && event.type !== 'started') return fail('CORE_CLOCK_NOT_STARTED');
    if (previous !== undefined) {
      if (previous.type === 'stopped') return fail('CORE_CLOCK_EVENT_AFTER_STOP', { on: event.on ?? '' });
      if (day < previous.day)
        return fail('CORE_CLOCK_OUT_OF_ORDER', { on: event.on ?? '', previous: previous.on ?? '' });
    }
    switch (event.type) {
      case 'started':
        if (index > 0) return fail('CORE_CLOCK_ALREADY_STARTED');
        if (startsOn !== undefined && event.event !== startsOn) {
          return fail('CORE_CLOCK_WRONG_START_EVENT', { expected: startsOn, actual: String(event.event) });
        }
        break;
      case 'suspended':
        if (suspended) return fail('CORE_CLOCK_ALREADY_SUSPENDED', { on: event.on });
        suspended = true;
        break;
      case 'resumed':
        if (!suspended) return fail('CORE_CLOCK_RESUME_WITHOUT_SUSPEND', { on: event.on });
        suspended = false;
        break;
      case 'extended':
        if (!validSpan(event.by))
          return fail('CORE_CLOCK_INVALID_EXTENSION', { value: JSON.stringify(event.by) });
        break;
      case 'stopped':
        break;
      default:
        return fail('CORE_CLOCK_NOT_STARTED');
    }
    previous = { ...event, day };
    checked.push(previous);
  }
  return ok(checked);
}
