import type { FieldChange, JsonValue } from './field-changes.ts';

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

function show(value: JsonValue | undefined): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function fieldText(changes: readonly FieldChange[]): string {
  // Values are cut at 60 characters: the line is a summary, `fields` carries the detail.
  return changes.map((c) => `${c.path} ${show(c.from)} → ${show(c.to)}`).join('; ');
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
  const text = fields.length > 0 ? fieldText(fields) : '';
  const w = label.within;
  return {
    zh: `${VERBS[kind].zh}${s.zh}：${w ? `${w.name}（${w.key}）· ` : ''}${label.name}（${label.key}）${text ? `：${text}` : ''}`,
    en: `${s.en} ${VERBS[kind].en}: ${w ? `${w.name} (${w.key}) · ` : ''}${label.name} (${label.key})${text ? `: ${text}` : ''}`,
  };
}
