/**
 * The one catalogue of core error codes. Codes are stable API: the server maps
 * them to HTTP problems and the UI translates them, so never rename one.
 */

/** Every error core can report, with its zh and en message templates. */
export const CORE_ERRORS = {
  CORE_INVALID_DATE: {
    zh: '日期无效：{value}（应为存在的 YYYY-MM-DD 日期）',
    en: 'invalid date: {value} (expected an existing YYYY-MM-DD date)',
  },
  CORE_DATE_OUT_OF_RANGE: {
    zh: '日期超出日历范围：{value}（支持 {from} 至 {to}）',
    en: 'date outside the calendar: {value} (supported {from} to {to})',
  },
  CORE_UNKNOWN_RULE: {
    zh: '无法识别的期限规则：{value}（应为 <N>d、<N>wd 或 <N>m）',
    en: 'unknown deadline rule: {value} (expected <N>d, <N>wd or <N>m)',
  },
  CORE_INVALID_RULE: {
    zh: '期限规则无效：{value}',
    en: 'invalid deadline rule: {value}',
  },
  CORE_RULE_HAS_NO_DUE_DATE: {
    zh: '该规则（长期坚持）没有期满日',
    en: 'this rule (ongoing) has no due date',
  },
  CORE_URGENT_NOT_SHORTER: {
    zh: '加急期限必须短于正常期限：加急期满 {urgentDue}，正常期满 {normalDue}',
    en: 'an urgent period must be shorter than the normal one: urgent due {urgentDue}, normal due {normalDue}',
  },
  CORE_INVALID_NOTICE: {
    zh: '节假日通知数据无效：{value}',
    en: 'invalid holiday notice: {value}',
  },
  CORE_INVALID_LOCAL_DAY: {
    zh: '本地休息日/工作日无效：{value}',
    en: 'invalid local day: {value}',
  },
  CORE_INVALID_THRESHOLDS: {
    zh: '提醒阈值无效：{value}',
    en: 'invalid warning thresholds: {value}',
  },
  CORE_INVALID_OFFSET: {
    zh: '提醒或升级设置无效：{value}',
    en: 'invalid reminder or escalation offset: {value}',
  },
  CORE_INVALID_CADENCE: {
    zh: '周期设置无效：{value}',
    en: 'invalid cadence: {value}',
  },
  CORE_CLOCK_NOT_STARTED: {
    zh: '计时事件必须以起算事件开始',
    en: 'clock events must begin with the started event',
  },
  CORE_CLOCK_WRONG_START_EVENT: {
    zh: '起算事件应为 {expected}，实际为 {actual}',
    en: 'the clock starts on {expected}, but the started event is {actual}',
  },
  CORE_CLOCK_ALREADY_STARTED: {
    zh: '计时已起算，不能再次起算',
    en: 'the clock has already started',
  },
  CORE_CLOCK_ALREADY_SUSPENDED: {
    zh: '计时已中止，不能再次中止（{on}）',
    en: 'the clock is already suspended ({on})',
  },
  CORE_CLOCK_RESUME_WITHOUT_SUSPEND: {
    zh: '计时未中止，不能恢复（{on}）',
    en: 'cannot resume a clock that is not suspended ({on})',
  },
  CORE_CLOCK_EVENT_AFTER_STOP: {
    zh: '计时已停止，不能再有事件（{on}）',
    en: 'no event may follow the stop ({on})',
  },
  CORE_CLOCK_OUT_OF_ORDER: {
    zh: '计时事件日期倒序：{on} 早于 {previous}',
    en: 'clock events out of order: {on} is before {previous}',
  },
  CORE_CLOCK_INVALID_EXTENSION: {
    zh: '延长期限无效：{value}',
    en: 'invalid extension: {value}',
  },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

/** A stable core error code. */
export type CoreErrorCode = keyof typeof CORE_ERRORS;

/** A serialisable error: the code, its parameters, and both rendered messages. */
export interface CoreError {
  readonly code: CoreErrorCode;
  readonly params: Readonly<Record<string, string>>;
  readonly zh: string;
  readonly en: string;
}

/** What fallible core functions return instead of throwing. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: CoreError };

function render(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}

/** Builds a CoreError from the catalogue. */
export function coreError(code: CoreErrorCode, params: Readonly<Record<string, string>> = {}): CoreError {
  const entry = CORE_ERRORS[code];
  return { code, params, zh: render(entry.zh, params), en: render(entry.en, params) };
}

/** A failed Result carrying the catalogue error `code`. */
export function fail<T>(code: CoreErrorCode, params: Readonly<Record<string, string>> = {}): Result<T> {
  return { ok: false, error: coreError(code, params) };
}

/** A successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Thrown only by the few predicates that cannot return a Result (e.g.
 * `calendar.isWorkingDay`) and by {@link unwrap}, so callers still get a stable code.
 */
export class CoreException extends Error {
  readonly code: CoreErrorCode;
  readonly detail: CoreError;

  constructor(detail: CoreError) {
    super(detail.en);
    this.name = 'CoreException';
    this.code = detail.code;
    this.detail = detail;
  }
}

/** Returns a Result's value or throws its error as a CoreException (for tests and scripts). */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new CoreException(result.error);
}
