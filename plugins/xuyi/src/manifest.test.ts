import { validateManifest } from '@liandong/sdk';
import { pluginTestKit } from '@liandong/sdk/testing';
import { describe, expect, it } from 'vitest';
import plugin from './index.ts';
import { manifest } from './manifest.ts';

const kit = pluginTestKit(plugin);
const loaded = kit.manifest;
const FIVE_SECTORS = [
  'marketRegulation',
  'ecoEnvironment',
  'naturalResources',
  'socialSecurity',
  'urbanRuralConstruction',
];
const byKey = <T extends { key: string }>(items: readonly T[], key: string): T => {
  const found = items.find((i) => i.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
};

describe('xuyi manifest', () => {
  it('validates and loads as a draft', () => {
    const result = validateManifest(manifest);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(loaded.charter.status).toBe('draft');
    expect(loaded.jurisdiction).toMatchObject({
      name: '盱眙县',
      divisionCode: '320830',
      level: 'county',
      province: { code: '32', name: '江苏省' },
      parent: { name: '淮安市' },
    });
  });

  it('counts what the draft declares', () => {
    expect(loaded.units).toHaveLength(16);
    expect(loaded.units.filter((u) => u.isMember)).toHaveLength(8);
    expect(loaded.bodies).toHaveLength(1);
    expect(loaded.meetingSeries).toHaveLength(3);
    expect(loaded.matterRules).toHaveLength(14);
    expect(loaded.obligations).toHaveLength(3);
    expect(loaded.catalogues).toHaveLength(0);
    expect(loaded.taskListTemplates).toHaveLength(1);
  });

  it('names the five key sectors as written', () => {
    const sectors = FIVE_SECTORS.map((k) => byKey(loaded.units, k).sectors[0]);
    expect(sectors).toEqual(['市场监管', '生态环保', '自然资源与规划', '社会保障', '城乡建设']);
  });

  it('finds units by the names the draft uses', () => {
    expect(kit.unit('司法局').key).toBe('justiceBureau');
    expect(kit.unit('生态环境部门').key).toBe('ecoEnvironment');
    expect(kit.unit('纪委监委').kind).toBe('supervisionCommission');
    expect(kit.unit('清江浦法院')).toMatchObject({ kind: 'court', isMember: false });
  });

  it('law-enforcement joint meeting: every quarter, led by the justice bureau, the procuratorate takes part', () => {
    const s = byKey(loaded.meetingSeries, 'lawEnforcementJointMeeting');
    expect(s.kind).toBe('lawEnforcementJoint');
    expect(s.cadence).toEqual({ kind: 'quarterly' });
    expect(s.organiser).toBe('justiceBureau');
    expect(s.participants).toEqual(['justiceBureau', 'procuratorate', ...FIVE_SECTORS]);
  });

  it('the 府检联动 joint meeting is called by the government and the procuratorate as needed', () => {
    expect(byKey(loaded.meetingSeries, 'jointMeeting').cadence).toEqual({ kind: 'asNeeded' });
  });

  it('monthly case report by the 5th of the next month to the justice bureau, copied to the procuratorate', () => {
    const o = byKey(loaded.obligations, 'monthlyCaseReport');
    expect(o).toMatchObject({
      kind: 'report',
      units: FIVE_SECTORS,
      cadence: { kind: 'monthly' },
      due: { kind: 'dayOfNextMonth', day: 5 },
      to: [{ unit: 'justiceBureau' }],
      copyTo: [{ unit: 'procuratorate' }],
    });
  });

  it('quarterly case review and quarterly enterprise-enforcement evaluation led by the justice bureau', () => {
    expect(byKey(loaded.obligations, 'quarterlyCaseReview')).toMatchObject({
      kind: 'review',
      cadence: { kind: 'quarterly' },
    });
    expect(byKey(loaded.obligations, 'enterpriseEnforcementEvaluation')).toMatchObject({
      kind: 'evaluation',
      cadence: { kind: 'quarterly' },
      leadUnit: 'justiceBureau',
      units: ['justiceBureau', 'procuratorate'],
    });
  });

  it('major enterprise penalty results are filed within 3 working days of the decision', () => {
    const r = byKey(loaded.matterRules, 'majorEnterprisePenaltyFiling');
    expect(r.type).toBe('periodicReport');
    expect(r.to).toEqual([{ unit: 'justiceBureau' }]);
    expect(r.clocks).toEqual([
      expect.objectContaining({
        owner: 'sender',
        startsOn: 'decided',
        deadline: { kind: 'workingDays', days: 3 },
      }),
    ]);
  });

  it('forward referral copied to the procuratorate; reverse referral escalates to a suggestion; no invented periods', () => {
    expect(byKey(loaded.matterRules, 'forwardReferral').copyTo).toEqual([{ unit: 'procuratorate' }]);
    const reverse = byKey(loaded.matterRules, 'nonProsecutionOpinion');
    expect(reverse.clocks.every((c) => c.deadline === undefined)).toBe(true);
    expect(reverse.escalation.map((s) => s.action)).toEqual(['procuratorialSuggestion']);
    for (const r of loaded.matterRules.filter((m) => m.type === 'procuratorialSuggestion')) {
      expect(r.clocks, r.key).toEqual([]);
    }
  });

  it('the key-task list keeps the six areas and seventeen points of 二、', () => {
    const [list] = loaded.taskListTemplates;
    expect(list?.areas.map((a) => a.no)).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
    ]);
    expect(list?.areas.flatMap((a) => a.tasks)).toHaveLength(17);
  });

  it('every declaration says where the draft states it', () => {
    const all = [
      ...loaded.units,
      ...loaded.bodies,
      ...loaded.meetingSeries,
      ...loaded.matterRules,
      ...loaded.obligations,
      ...loaded.taskListTemplates,
    ];
    for (const d of all) expect(d.source, d.key).toBeTruthy();
  });

  describe('dates on the official 2026 calendar', () => {
    it('each month is reported by the 5th of the next month, moved past weekends and holidays', () => {
      const due = kit.obligations(2026, 'monthlyCaseReport').map((o) => [o.label.zh, o.due]);
      expect(due).toEqual([
        ['2026年1月', '2026-02-05'],
        ['2026年2月', '2026-03-05'],
        ['2026年3月', '2026-04-07'], // 4-05 清明 (4-04..06)
        ['2026年4月', '2026-05-06'], // 5-05 劳动节 (5-01..05)
        ['2026年5月', '2026-06-05'],
        ['2026年6月', '2026-07-06'], // 7-05 Sunday
        ['2026年7月', '2026-08-05'],
        ['2026年8月', '2026-09-07'], // 9-05 Saturday
        ['2026年9月', '2026-10-08'], // 10-05 国庆 (10-01..07)
        ['2026年10月', '2026-11-05'],
        ['2026年11月', '2026-12-07'], // 12-05 Saturday
        ['2026年12月', '2027-01-05'],
      ]);
      // 2027 has no official holiday notice in the data yet.
      expect(kit.obligations(2026, 'monthlyCaseReport').map((o) => o.provisional)).toEqual([
        ...Array(11).fill(false),
        true,
      ]);
    });

    it('four law-enforcement joint meetings, four case reviews and four evaluations a year', () => {
      expect(kit.meetings(2026, 'lawEnforcementJointMeeting').map((m) => m.label.zh)).toEqual([
        '2026年第1季度',
        '2026年第2季度',
        '2026年第3季度',
        '2026年第4季度',
      ]);
      expect(kit.meetings(2026, 'jointMeeting')).toEqual([]);
      for (const key of ['quarterlyCaseReview', 'enterpriseEnforcementEvaluation']) {
        const periods = kit.obligations(2026, key);
        expect(periods, key).toHaveLength(4);
        expect(
          periods.every((p) => p.due === null),
          key,
        ).toBe(true);
      }
    });

    it('a major enterprise penalty result is filed within 3 working days, skipping weekends and holidays', () => {
      const filed = (startedOn: string) =>
        kit.dueDate({ matterRule: 'majorEnterprisePenaltyFiling', startedOn }).date;
      expect(filed('2026-03-05')).toBe('2026-03-10'); // Thu → Fri, Mon, Tue
      expect(filed('2026-04-30')).toBe('2026-05-08'); // 劳动节 5-01..05
      expect(filed('2026-02-13')).toBe('2026-02-25'); // 2-14 make-up working day, 春节 2-15..23
      expect(filed('2026-09-30')).toBe('2026-10-10'); // 国庆, then 10-10 make-up working day counts
    });
  });
});
