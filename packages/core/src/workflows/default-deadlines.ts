import type { ClockStartEvent, DeadlineRule, PeriodRule } from '../deadlines/deadline-rule.ts';
import type { MatterType } from '../matters/matter-type.ts';

/** A period the law sets for a matter type when a plugin's clock states none. */
export interface DefaultDeadline {
  readonly rule: DeadlineRule;
  /** The shortest urgent period the law allows, when it provides one. */
  readonly urgent?: PeriodRule;
  /** The clock the law implies when a plugin's rule for the type declares none. */
  readonly clock: {
    readonly key: string;
    readonly name: string;
    readonly owner: 'sender' | 'recipient';
    readonly startsOn: ClockStartEvent;
  };
  /** The provision, for the explanation shown to users. */
  readonly source: { readonly zh: string; readonly en: string };
}

/**
 * Statutory defaults, deliberately short: only where national rules state a
 * period for the type itself. Everything else has no default due date.
 */
export const DEFAULT_DEADLINES: Readonly<Partial<Record<MatterType, DefaultDeadline>>> = {
  /**
   * 《人民检察院检察建议工作规定》第十九条: the recipient replies in writing
   * within two months of receipt. 《人民检察院公益诉讼办案规则》: an urgent
   * pre-litigation suggestion (情况紧急的) may require a reply within 15 days.
   */
  procuratorialSuggestion: {
    rule: { kind: 'months', months: 2 },
    urgent: { kind: 'calendarDays', days: 15 },
    clock: { key: 'reply', name: '书面回复', owner: 'recipient', startsOn: 'received' },
    source: {
      zh: '《人民检察院检察建议工作规定》第十九条：两个月内书面回复；《人民检察院公益诉讼办案规则》：情况紧急的，十五日内回复',
      en: 'Rules on Procuratorial Suggestions, art. 19: written reply within two months; Public-Interest Litigation Rules: 15 days when urgent',
    },
  },
};

/** How a clock's period was chosen: stated by the plugin, taken from the law's default, or none at all. */
export type DeadlineOrigin =
  | { readonly kind: 'rule' }
  | { readonly kind: 'default'; readonly source: DefaultDeadline['source'] }
  | { readonly kind: 'none'; readonly zh: string; readonly en: string };

/** The rule a clock runs on, with where it came from; null when neither the plugin nor the law states a period. */
export function resolveClockDeadline(
  type: MatterType,
  stated: DeadlineRule | undefined,
): { readonly rule: DeadlineRule | null; readonly origin: DeadlineOrigin } {
  if (stated !== undefined) return { rule: stated, origin: { kind: 'rule' } };
  const fallback = DEFAULT_DEADLINES[type];
  if (fallback !== undefined)
    return { rule: fallback.rule, origin: { kind: 'default', source: fallback.source } };
  return {
    rule: null,
    origin: {
      kind: 'none',
      zh: '规则与法律均未规定该期限，不设期满日',
      en: 'neither the rules nor the law state a period, so there is no due date',
    },
  };
}
