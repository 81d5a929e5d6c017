import type { FormItemRule, FormRules } from 'element-plus';
import type { CreateMatterBody, MatterRule, UrgentPeriod } from '../../api/types.ts';

/** What the person fills in on the new-matter form. */
export interface MatterCreateModel {
  ruleKey: string;
  title: string;
  summary: string;
  fromUnitKey: string;
  toUnitKeys: string[];
  decidedOn: string;
  periodEnd: string;
  isUrgent: boolean;
  urgentKind: UrgentPeriod['kind'];
  urgentAmount: number | undefined;
}

export type MatterCreateField = keyof MatterCreateModel;

type Translate = (key: string, values?: Record<string, unknown>) => string;

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 5000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function emptyMatterCreateModel(): MatterCreateModel {
  return {
    ruleKey: '',
    title: '',
    summary: '',
    fromUnitKey: '',
    toUnitKeys: [],
    decidedOn: '',
    periodEnd: '',
    isUrgent: false,
    urgentKind: 'calendarDays',
    urgentAmount: undefined,
  };
}

/** The unit recipients a rule names (external recipients are informed outside the system). */
export function unitRecipients(rule: MatterRule): { key: string; name: string }[] {
  return rule.to.flatMap((party) => ('unit' in party ? [party.unit] : []));
}

/** A rule that names no recipient lets the sender choose any unit (the server accepts any active one). */
export function isOpenRecipients(rule: MatterRule): boolean {
  return rule.to.length === 0;
}

/** Whether the form asks for unit recipients at all (not for a rule sent only outside the system). */
export function asksRecipients(rule: MatterRule): boolean {
  return isOpenRecipients(rule) || unitRecipients(rule).length > 0;
}

/** The linkage office picks the sending unit when the rule names more than one. */
export function asksFromUnit(rule: MatterRule, isLinkageOffice: boolean): boolean {
  return isLinkageOffice && rule.from.length > 1;
}

/** Rules the person may create under, grouped by matter type in the order the plugin lists them. */
export function groupCreatableRules(
  rules: readonly MatterRule[],
  locale: string,
): { label: string; rules: MatterRule[] }[] {
  const groups = new Map<string, { label: string; rules: MatterRule[] }>();
  for (const rule of rules) {
    if (!rule.canCreate) continue;
    const label = locale === 'en' ? rule.typeName.en : rule.typeName.zh;
    const group = groups.get(rule.type) ?? { label, rules: [] };
    group.rules.push(rule);
    groups.set(rule.type, group);
  }
  return [...groups.values()];
}

/** Fills in what the rule decides for the person: every unit recipient, its first sending unit. */
export function applyRuleDefaults(model: MatterCreateModel, rule: MatterRule | undefined): void {
  model.toUnitKeys = rule ? unitRecipients(rule).map((unit) => unit.key) : [];
  model.fromUnitKey = rule?.from[0]?.key ?? '';
  if (!rule?.needs.decidedOn) model.decidedOn = '';
  if (!rule?.needs.periodEnd) model.periodEnd = '';
  if (!rule?.needs.urgentPeriod) {
    model.isUrgent = false;
    model.urgentAmount = undefined;
  }
}

function required(message: string, trigger: string | string[] = ['blur', 'change']): FormItemRule {
  return { required: true, whitespace: true, message, trigger };
}

function date(message: string): FormItemRule {
  return { pattern: DATE_PATTERN, message, trigger: ['blur', 'change'] };
}

/** The checks the server makes, shown next to each field before anything is sent. */
export function matterCreateRules(
  t: Translate,
  rule: MatterRule | undefined,
  model: MatterCreateModel,
  isLinkageOffice: boolean,
): FormRules<MatterCreateModel> {
  const rules: FormRules<MatterCreateModel> = {
    ruleKey: [required(t('matterNew.ruleRequired'), 'change')],
    title: [
      required(t('matterNew.titleRequired')),
      { max: TITLE_MAX, message: t('matterNew.tooLong', { max: TITLE_MAX }), trigger: ['blur', 'change'] },
    ],
    summary: [{ max: SUMMARY_MAX, message: t('matterNew.tooLong', { max: SUMMARY_MAX }), trigger: 'blur' }],
  };
  if (!rule) return rules;
  if (asksFromUnit(rule, isLinkageOffice))
    rules.fromUnitKey = [required(t('matterNew.fromRequired'), 'change')];
  if (asksRecipients(rule)) {
    rules.toUnitKeys = [
      { type: 'array', required: true, min: 1, message: t('matterNew.toRequired'), trigger: 'change' },
    ];
  }
  if (rule.needs.decidedOn) {
    rules.decidedOn = [
      required(t('matterNew.decidedOnRequired'), ['blur', 'change']),
      date(t('matterNew.dateInvalid')),
    ];
  }
  if (rule.needs.periodEnd) {
    rules.periodEnd = [
      required(t('matterNew.periodEndRequired'), ['blur', 'change']),
      date(t('matterNew.dateInvalid')),
    ];
  }
  if (model.isUrgent) {
    rules.urgentAmount = [
      {
        validator: (_rule, value: unknown, callback) =>
          typeof value === 'number' && Number.isInteger(value) && value > 0
            ? callback()
            : callback(new Error(t('matterNew.urgentRequired'))),
        trigger: ['blur', 'change'],
      },
    ];
  }
  return rules;
}

function urgentPeriodOf(model: MatterCreateModel): UrgentPeriod | undefined {
  const amount = model.urgentAmount;
  if (!model.isUrgent || amount === undefined) return undefined;
  if (model.urgentKind === 'months') return { kind: 'months', months: amount };
  if (model.urgentKind === 'workingDays') return { kind: 'workingDays', days: amount };
  return { kind: 'calendarDays', days: amount };
}

/** The request body for `POST /api/t/{tenant}/matters`; only what the rule asks for is sent. */
export function toCreateMatterBody(
  model: MatterCreateModel,
  rule: MatterRule,
  isLinkageOffice: boolean,
  send: boolean,
): CreateMatterBody {
  const summary = model.summary.trim();
  const urgentPeriod = rule.needs.urgentPeriod ? urgentPeriodOf(model) : undefined;
  return {
    ruleKey: rule.key,
    title: model.title.trim(),
    ...(summary ? { summary } : {}),
    ...(asksFromUnit(rule, isLinkageOffice) && model.fromUnitKey ? { fromUnitKey: model.fromUnitKey } : {}),
    ...(asksRecipients(rule) ? { toUnitKeys: [...model.toUnitKeys] } : {}),
    ...(rule.needs.decidedOn && model.decidedOn ? { decidedOn: model.decidedOn } : {}),
    ...(rule.needs.periodEnd && model.periodEnd ? { periodEnd: model.periodEnd } : {}),
    ...(urgentPeriod ? { urgentPeriod } : {}),
    send,
  };
}

/** Maps a server field path (`title`, `toUnitKeys.0`, `urgentPeriod.days`) onto the form's field. */
export function fieldOfPath(path: string): MatterCreateField | null {
  const head = path.split('.')[0] ?? '';
  const map: Record<string, MatterCreateField> = {
    ruleKey: 'ruleKey',
    title: 'title',
    summary: 'summary',
    fromUnitKey: 'fromUnitKey',
    toUnitKeys: 'toUnitKeys',
    decidedOn: 'decidedOn',
    periodEnd: 'periodEnd',
    urgentPeriod: 'urgentAmount',
  };
  return map[head] ?? null;
}

/** A uuid for the `Idempotency-Key` header, also where `crypto.randomUUID` is missing (plain http). */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
