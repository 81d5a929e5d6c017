import { type Cadence, describeRule, type Locale, validateRule } from '@liandong/core';
import { type FieldChange, isJsonObject, type JsonValue } from './field-changes.ts';

/** What a change is about: a manifest section, or a clock / escalation step inside a matter rule. */
export type ChangeSubject =
  | 'plugin'
  | 'units'
  | 'bodies'
  | 'meetingSeries'
  | 'matterRules'
  | 'clocks'
  | 'escalationSteps'
  | 'obligations'
  | 'catalogues'
  | 'taskListTemplates';

/** A line in both UI languages. */
export interface BilingualText {
  readonly zh: string;
  readonly en: string;
}

const SUBJECT_NAMES: Readonly<Record<ChangeSubject, BilingualText>> = {
  plugin: { zh: '插件信息', en: 'Plugin' },
  units: { zh: '单位', en: 'Unit' },
  bodies: { zh: '机构', en: 'Body' },
  meetingSeries: { zh: '会议', en: 'Meeting series' },
  matterRules: { zh: '事项规则', en: 'Matter rule' },
  clocks: { zh: '办理期限', en: 'Clock' },
  escalationSteps: { zh: '督办步骤', en: 'Escalation step' },
  obligations: { zh: '定期工作', en: 'Obligation' },
  catalogues: { zh: '事项清单', en: 'Catalogue' },
  taskListTemplates: { zh: '任务清单模板', en: 'Task list template' },
};

const VERBS = {
  added: { zh: '新增', en: 'added' },
  removed: { zh: '删除', en: 'removed' },
  changed: { zh: '修改', en: 'changed' },
} as const;

const CADENCE_NAMES: Readonly<Record<Cadence['kind'], BilingualText>> = {
  monthly: { zh: '每月', en: 'monthly' },
  quarterly: { zh: '每季度', en: 'quarterly' },
  halfYearly: { zh: '每半年', en: 'half-yearly' },
  yearly: { zh: '每年', en: 'yearly' },
  asNeeded: { zh: '根据工作需要', en: 'as needed' },
};

/** Deadline rules and cadences read as the charter writes them (2个月内, 每季度); anything else as JSON. */
function show(value: JsonValue | undefined, locale: Locale): string {
  if (value === undefined) return '—';
  if (isJsonObject(value) && typeof value.kind === 'string') {
    const rule = validateRule(value);
    if (rule.ok) return describeRule(rule.value, locale);
    const kind = value.kind;
    if (Object.hasOwn(CADENCE_NAMES, kind)) return CADENCE_NAMES[kind as Cadence['kind']][locale];
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function fieldText(changes: readonly FieldChange[], locale: Locale): string {
  // Values are cut at 60 characters: the line is a summary, `fields` carries the detail.
  return changes.map((c) => `${c.path} ${show(c.from, locale)} → ${show(c.to, locale)}`).join('; ');
}

/**
 * The one-line zh/en summary of a change: verb, subject, the declaration's name
 * and key (inside its matter rule for clocks and steps), and changed fields.
 */
export function summarise(
  kind: keyof typeof VERBS,
  subject: ChangeSubject,
  label: { readonly name: string; readonly key: string; readonly within?: { name: string; key: string } },
  fields: readonly FieldChange[],
): BilingualText {
  const s = SUBJECT_NAMES[subject];
  const w = label.within;
  const zhFields = fields.length > 0 ? `：${fieldText(fields, 'zh')}` : '';
  const enFields = fields.length > 0 ? `: ${fieldText(fields, 'en')}` : '';
  return {
    zh: `${VERBS[kind].zh}${s.zh}：${w ? `${w.name}（${w.key}）· ` : ''}${label.name}（${label.key}）${zhFields}`,
    en: `${s.en} ${VERBS[kind].en}: ${w ? `${w.name} (${w.key}) · ` : ''}${label.name} (${label.key})${enFields}`,
  };
}
