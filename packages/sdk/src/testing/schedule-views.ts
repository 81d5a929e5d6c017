import {
  type Calendar,
  type CoreError,
  computeDueDate,
  type DeadlineRule,
  type DueExplanation,
  describeRule,
  expandCadence,
  type IsoDate,
  type Result,
  reminderDates,
} from '@liandong/core';
import type { PluginHooks } from '../define-plugin.ts';
import type { Manifest } from '../manifest/manifest.schema.ts';

type MatterRule = Manifest['matterRules'][number];
type Party = MatterRule['to'][number];

/** A period of a meeting series in a year (the meeting is held within it). */
export interface MeetingOccurrence {
  readonly series: string;
  readonly name: string;
  /** 1-based position within the year. */
  readonly index: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly label: { readonly zh: string; readonly en: string };
}

/** One period's instance of an obligation, with its due date when the obligation states one. */
export interface ObligationInstance extends Omit<MeetingOccurrence, 'series'> {
  readonly obligation: string;
  /** Unit keys that owe it. */
  readonly units: readonly string[];
  /** Null when the obligation states no due rule or is 长期坚持. */
  readonly due: IsoDate | null;
  /** True when a year used has no official holiday notice yet: the date may move. */
  readonly provisional: boolean;
}

/** A clock's due date with the rule it came from and the engine's explanation. */
export interface DueDateResult {
  /** Null for 长期坚持. */
  readonly date: IsoDate | null;
  readonly rule: DeadlineRule;
  readonly ruleText: { readonly zh: string; readonly en: string };
  readonly provisional: boolean;
  readonly explanation: DueExplanation;
}

/** Which clock of which matter rule, started when. `clock` may be omitted when the rule has one clock. */
export interface ClockQuery {
  readonly matterRule: string;
  readonly clock?: string;
  readonly startedOn: IsoDate;
}

/** An escalation step placed on the calendar for one matter. */
export interface EscalationAt {
  readonly key: string;
  readonly name: string;
  readonly action: MatterRule['escalation'][number]['action'];
  /** Null when the step has no period (it waits for a decision, 经检察长决定). */
  readonly on: IsoDate | null;
  readonly targets: readonly Party[];
  /** Whether a hook chose the targets from the matter's fields. */
  readonly targetsFromHook: boolean;
  readonly alternativeTo?: string;
  readonly ifNecessary: boolean;
}

function value<T>(result: Result<T>, what: string): T {
  if (result.ok) return result.value;
  const error: CoreError = result.error;
  throw new Error(`${what}: ${error.en} (${error.code})`);
}

function named<T extends { readonly key: string }>(items: readonly T[], key: string, what: string): T {
  const found = items.find((item) => item.key === key);
  if (found) return found;
  throw new Error(`no ${what} "${key}"; known: ${items.map((i) => i.key).join(', ') || 'none'}`);
}

/** Read-only schedule views of a manifest, computed by core with `calendar`. */
export class ScheduleViews {
  readonly #manifest: Manifest;
  readonly #hooks: PluginHooks;
  readonly #calendar: Calendar;

  constructor(manifest: Manifest, hooks: PluginHooks, calendar: Calendar) {
    this.#manifest = manifest;
    this.#hooks = hooks;
    this.#calendar = calendar;
  }

  /** Every fixed-cadence meeting of the year, in date order; `asNeeded` series have none. */
  meetings(year: number, seriesKey?: string): MeetingOccurrence[] {
    const series = seriesKey
      ? [named(this.#manifest.meetingSeries, seriesKey, 'meeting series')]
      : this.#manifest.meetingSeries;
    const out = series.flatMap((s) =>
      value(expandCadence(s.cadence, year), `meeting series "${s.key}"`).map((o) => ({
        series: s.key,
        name: s.name,
        index: o.index,
        start: o.start,
        end: o.end,
        label: o.label,
      })),
    );
    return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  }

  /** Every obligation instance of the year with its due date, in date order of the periods. */
  obligations(year: number, obligationKey?: string): ObligationInstance[] {
    const obligations = obligationKey
      ? [named(this.#manifest.obligations, obligationKey, 'obligation')]
      : this.#manifest.obligations;
    const out = obligations.flatMap((o) => {
      const due = o.due ? { rule: o.due, calendar: this.#calendar } : undefined;
      return value(expandCadence(o.cadence, year, due), `obligation "${o.key}"`).map((p) => ({
        obligation: o.key,
        name: o.name,
        units: o.units,
        index: p.index,
        start: p.start,
        end: p.end,
        label: p.label,
        due: p.due?.due ?? null,
        provisional: p.due?.provisional ?? false,
      }));
    });
    return out.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  }

  #clock(query: ClockQuery): { rule: MatterRule; deadline: DeadlineRule; clockKey: string } {
    const rule = named(this.#manifest.matterRules, query.matterRule, 'matter rule');
    if (query.clock === undefined && rule.clocks.length !== 1) {
      throw new Error(`matter rule "${rule.key}" has ${rule.clocks.length} clocks: say which one`);
    }
    const clock = query.clock === undefined ? rule.clocks[0]! : named(rule.clocks, query.clock, 'clock');
    if (!clock.deadline) throw new Error(`clock "${clock.key}" of "${rule.key}" states no period`);
    return { rule, deadline: clock.deadline, clockKey: clock.key };
  }

  /**
   * Runs the plugin's hook the way a pure function must behave: the fields are
   * frozen (a hook that writes to them throws) and a second call must agree.
   */
  #chooseTargets(
    matterRuleKey: string,
    stepKey: string,
    fields: Readonly<Record<string, unknown>>,
  ): readonly string[] | undefined {
    const hook = this.#hooks.chooseEscalationTargets;
    if (!hook) return undefined;
    const input = { matterRuleKey, stepKey, fields: Object.freeze({ ...fields }) };
    const first = hook(input);
    if (JSON.stringify(first) !== JSON.stringify(hook(input))) {
      throw new Error(`chooseEscalationTargets is not pure: two calls for step "${stepKey}" disagree`);
    }
    return first;
  }

  /** When a clock started on `startedOn` falls due, on the official calendar, with the explanation. */
  dueDate(query: ClockQuery): DueDateResult {
    const { rule, deadline, clockKey } = this.#clock(query);
    const outcome = value(
      computeDueDate(deadline, query.startedOn, this.#calendar),
      `clock "${clockKey}" of "${rule.key}"`,
    );
    return {
      date: outcome.due,
      rule: deadline,
      ruleText: { zh: describeRule(deadline, 'zh'), en: describeRule(deadline, 'en') },
      provisional: outcome.provisional,
      explanation: outcome.explanation,
    };
  }

  /** The reminder dates of a clock started on `startedOn` (none for 长期坚持). */
  reminders(query: ClockQuery): IsoDate[] {
    const { rule } = this.#clock(query);
    const due = this.dueDate(query).date;
    if (due === null) return [];
    return value(reminderDates(due, rule.reminders, this.#calendar), `reminders of "${rule.key}"`).map(
      (r) => r.on,
    );
  }

  /**
   * The escalation ladder of a matter whose clock started on `startedOn` and
   * was not met: each step's date counted from the due date, and its targets,
   * chosen by the plugin's hook from `fields` when it has one.
   */
  escalation(query: ClockQuery & { readonly fields?: Readonly<Record<string, unknown>> }): EscalationAt[] {
    const { rule } = this.#clock(query);
    const due = this.dueDate(query).date;
    if (due === null) return [];
    return rule.escalation.map((step) => {
      const on = step.after
        ? value(computeDueDate(step.after, due, this.#calendar), `escalation step "${step.key}"`).due
        : null;
      const chosen = this.#chooseTargets(rule.key, step.key, query.fields ?? {});
      for (const unit of chosen ?? []) {
        // A hook is code the validator cannot see into: check its answer here, where tests run it.
        if (!this.#manifest.units.some((u) => u.key === unit)) {
          throw new Error(`chooseEscalationTargets chose unknown unit "${unit}" for step "${step.key}"`);
        }
      }
      return {
        key: step.key,
        name: step.name,
        action: step.action,
        on,
        targets: chosen ? chosen.map((unit) => ({ unit })) : step.targets,
        targetsFromHook: chosen !== undefined,
        ...(step.alternativeTo ? { alternativeTo: step.alternativeTo } : {}),
        ifNecessary: step.ifNecessary,
      };
    });
  }
}
