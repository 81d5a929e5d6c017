/**
 * How often something recurs (meetings, periodic obligations). A cadence
 * defines periods; when something is due within or after a period is a
 * DeadlineRule anchored on the period.
 */
export type Cadence =
  | { readonly kind: 'monthly' }
  | { readonly kind: 'quarterly' }
  | { readonly kind: 'halfYearly' }
  /**
   * Once a year. `timing` records what the charter says about when in the
   * year ("年初" → startOfYear, "年底" → endOfYear); omitted when it is silent.
   */
  | { readonly kind: 'yearly'; readonly timing?: 'startOfYear' | 'endOfYear' }
  /** 根据工作需要 / 不定期 — no fixed dates. */
  | { readonly kind: 'asNeeded' };

/** The discriminant of {@link Cadence}, e.g. for manifest schemas and UI pickers. */
export type CadenceKind = Cadence['kind'];
