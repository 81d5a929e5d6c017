import { lines, tsString } from './template-text.ts';

/** What the templates need to know about the plugin being created. */
export interface TemplateInput {
  readonly id: string;
  /** Display name (宿州市府检联动). */
  readonly name: string;
  /** The jurisdiction's name, derived from the display name (宿州市). */
  readonly jurisdiction: string;
  readonly sdkRange: string;
}

/**
 * src/manifest.ts: the smallest manifest that validates and still shows the
 * shape of each section. Lines marked 【填写】 hold placeholders the developer
 * must replace with the charter's words.
 */
export function manifestTemplate(t: TemplateInput): string {
  const gov = `${t.jurisdiction}人民政府`;
  const proc = `${t.jurisdiction}人民检察院`;
  return lines(
    "import type { ManifestInput } from '@liandong/sdk';",
    '',
    '/**',
    ` * ${t.name}: the charter as data. Every reference is by key; run`,
    ` * \`pnpm vitest run plugins/${t.id}\` after each edit and the SDK names each problem exactly.`,
    ' * Lines marked 【填写】 are placeholders: replace them with the charter’s own words.',
    ' */',
    'export const manifest = {',
    `  id: ${tsString(t.id)},`,
    "  version: '0.1.0',",
    `  sdk: ${tsString(t.sdkRange)},`,
    `  name: ${tsString(t.name)},`,
    '  charter: {',
    '    // 【填写】 the charter’s full title, 文号 (docNumber), issuing bodies and date (YYYY-MM-DD).',
    `    title: ${tsString(`${t.jurisdiction}关于建立府检联动工作机制的意见`)},`,
    `    issuedBy: [${tsString(gov)}, ${tsString(proc)}],`,
    '  },',
    '  jurisdiction: {',
    '    // 【填写】 the jurisdiction’s name, level and GB/T 2260 divisionCode (six digits).',
    `    name: ${tsString(t.jurisdiction)},`,
    "    level: 'county',",
    '  },',
    '  // 【填写】 every unit the charter names, with the other names documents use for it (aliases).',
    '  units: [',
    `    { key: 'government', name: ${tsString(gov)}, kind: 'government' },`,
    `    { key: 'procuratorate', name: ${tsString(proc)}, kind: 'procuratorate' },`,
    '  ],',
    '  bodies: [',
    '    {',
    "      key: 'jointMeeting',",
    "      kind: 'jointMeeting',",
    "      name: '府检联动联席会议',",
    "      // 【填写】 the convener's title as the charter writes it.",
    "      convener: { title: '政府主要负责同志', unit: 'government' },",
    "      deputyConveners: [{ title: '检察长', unit: 'procuratorate' }],",
    "      members: 'allMemberUnits',",
    '    },',
    '  ],',
    '  meetingSeries: [',
    '    {',
    "      key: 'joint',",
    "      name: '府检联动联席会议',",
    "      kind: 'joint',",
    '      // 【填写】 how often the charter holds it (monthly, quarterly, halfYearly, yearly, asNeeded).',
    "      cadence: { kind: 'yearly' },",
    "      body: 'jointMeeting',",
    "      participants: 'allMemberUnits',",
    '    },',
    '  ],',
    '  matterRules: [',
    '    {',
    "      key: 'suggestion',",
    "      type: 'procuratorialSuggestion',",
    "      name: '检察建议',",
    "      from: ['procuratorate'],",
    "      to: [{ unit: 'government' }],",
    '      clocks: [',
    '        {',
    "          key: 'reply',",
    "          name: '书面回复',",
    "          owner: 'recipient',",
    "          startsOn: 'received',",
    '          // 【填写】 the reply period the charter states.',
    "          deadline: { kind: 'months', months: 2 },",
    '        },',
    '      ],',
    '      reminders: [{ workingDaysBefore: 5 }, { onDueDate: true }],',
    '    },',
    '  ],',
    '  obligations: [],',
    '  catalogues: [],',
    '  taskListTemplates: [],',
    '} satisfies ManifestInput;',
  );
}

/** src/manifest.test.ts: tests that read like the charter, through the test kit. */
export function manifestTestTemplate(t: TemplateInput): string {
  return lines(
    "import { pluginTestKit } from '@liandong/sdk/testing';",
    "import { describe, expect, it } from 'vitest';",
    "import plugin from './index.ts';",
    '',
    '// Loading validates everything: a wrong reference fails here with its exact path.',
    'const kit = pluginTestKit(plugin);',
    '',
    `describe(${tsString(t.name)}, () => {`,
    "  it('loads with every key and reference in order', () => {",
    `    expect(kit.manifest.id).toBe(${tsString(t.id)});`,
    '  });',
    '',
    "  it('names the two sides of the mechanism as the charter does', () => {",
    `    expect(kit.unit(${tsString(`${t.jurisdiction}人民政府`)}).kind).toBe('government');`,
    `    expect(kit.unit(${tsString(`${t.jurisdiction}人民检察院`)}).kind).toBe('procuratorate');`,
    '  });',
    '',
    "  it('holds the joint meeting once a year', () => {",
    "    expect(kit.meetings(2026, 'joint')).toHaveLength(1);",
    '  });',
    '',
    "  it('gives two months to reply to a 检察建议', () => {",
    '    // Received on 2 March 2026: two months end on Saturday 2 May, inside the 劳动节 holiday,',
    '    // so the reply is due on the next working day.',
    "    const due = kit.dueDate({ matterRule: 'suggestion', clock: 'reply', startedOn: '2026-03-02' });",
    "    expect(due.date).toBe('2026-05-06');",
    '  });',
    '});',
  );
}
