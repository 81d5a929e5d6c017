/**
 * The rule language plugins use to state deadlines. Plain data, so a plugin
 * manifest can carry it and a clock can keep the exact rule in force when it
 * started (rules are versioned by the plugin version that stated them).
 */

/** The event that starts a clock, as the charter names it. */
export type ClockStartEvent =
  /** 送达 — the document was served on the receiving unit. */
  | 'served'
  /** 签收 — the receiving unit confirmed receipt. */
  | 'received'
  /** 作出决定 — a decision was made (e.g. a non-prosecution decision). */
  | 'decided'
  /** 发出 — the sender sent it. */
  | 'sent'
  /** The end of the period a periodic obligation covers (a month, a quarter …). */
  | 'periodEnd';

/** N calendar days after the start day (the start day is not counted). */
export interface CalendarDaysRule {
  readonly kind: 'calendarDays';
  readonly days: number;
  /** Move a last day that falls on a rest day to the next working day. Default true. */
  readonly extendPastRestDays?: boolean;
}

/** N working days: weekends and statutory holidays are skipped, make-up working days count. */
export interface WorkingDaysRule {
  readonly kind: 'workingDays';
  readonly days: number;
}

/** N months: the same day number N months later, or that month's last day. */
export interface MonthsRule {
  readonly kind: 'months';
  readonly months: number;
  /** Move a last day that falls on a rest day to the next working day. Default true. */
  readonly extendPastRestDays?: boolean;
}

/** By day D of the month after the start (monthly reports: "每月5日前报送上月情况"). */
export interface DayOfNextMonthRule {
  readonly kind: 'dayOfNextMonth';
  readonly day: number;
  readonly extendPastRestDays?: boolean;
}

/** By day D of the month after the quarter the start falls in. */
export interface DayAfterQuarterRule {
  readonly kind: 'dayAfterQuarter';
  readonly day: number;
  readonly extendPastRestDays?: boolean;
}

/** By the end of month M of the start's year ("5月底前"). */
export interface EndOfMonthRule {
  readonly kind: 'endOfMonth';
  readonly month: number;
  readonly extendPastRestDays?: boolean;
}

/** By a fixed date of the start's year ("每年1月31日前"). */
export interface DateOfYearRule {
  readonly kind: 'dateOfYear';
  readonly month: number;
  readonly day: number;
  readonly extendPastRestDays?: boolean;
}

/** 长期坚持 — no due date; progress is reported periodically instead. */
export interface OngoingRule {
  readonly kind: 'ongoing';
}

/** "By X, then ongoing" (e.g. "2022年5月底前，长期坚持"). */
export interface ThenOngoingRule {
  readonly kind: 'thenOngoing';
  readonly first: DatedRule;
}

/** Rules that produce one due date. */
export type DatedRule =
  | CalendarDaysRule
  | WorkingDaysRule
  | MonthsRule
  | DayOfNextMonthRule
  | DayAfterQuarterRule
  | EndOfMonthRule
  | DateOfYearRule;

/** Relative periods: what an urgent override may shorten a period to. */
export type PeriodRule = CalendarDaysRule | WorkingDaysRule | MonthsRule;

/**
 * Any deadline a plugin can state. Computed by `computeDueDate` (from a start
 * date) and `computeClock` (from a clock's events).
 */
export type DeadlineRule = DatedRule | OngoingRule | ThenOngoingRule;

/** The discriminant of {@link DeadlineRule}. */
export type DeadlineRuleKind = DeadlineRule['kind'];
