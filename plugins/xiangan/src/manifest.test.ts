import { validateManifest } from '@liandong/sdk';
import { pluginTestKit } from '@liandong/sdk/testing';
import { describe, expect, it } from 'vitest';
import plugin from './index.ts';
import { manifest } from './manifest.ts';

const kit = pluginTestKit(plugin);
const loaded = kit.manifest;
const byKey = <T extends { key: string }>(items: readonly T[], key: string): T => {
  const found = items.find((i) => i.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
};

describe('xiangan manifest', () => {
  it('validates and loads', () => {
    const result = validateManifest(manifest);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(loaded.charter).toMatchObject({ docNumber: '厦翔政〔2017〕178号', issuedOn: '2017-11-16' });
    expect(loaded.jurisdiction).toMatchObject({
      divisionCode: '350213',
      level: 'district',
      province: { code: '35', name: '福建省' },
      parent: { name: '厦门市', divisionCode: '350200' },
    });
  });

  it('counts what the charter declares', () => {
    expect(loaded.units).toHaveLength(5);
    expect(loaded.bodies).toHaveLength(2);
    expect(loaded.meetingSeries).toHaveLength(1);
    expect(loaded.matterRules).toHaveLength(6);
    expect(loaded.obligations).toHaveLength(1);
    expect(loaded.catalogues).toHaveLength(0);
    expect(loaded.taskListTemplates).toHaveLength(0);
  });

  it('fixed liaison offices: 区法制办 ↔ 民事行政和生态资源检察科', () => {
    const [gov, proc] = loaded.bodies;
    expect(gov).toMatchObject({
      kind: 'liaisonOffice',
      unit: 'legalAffairsOffice',
      counterpart: 'procuratorate',
    });
    expect(proc).toMatchObject({
      kind: 'liaisonOffice',
      unit: 'procuratorate',
      department: '民事行政和生态资源检察科',
      counterpart: 'government',
    });
    expect(byKey(loaded.units, 'legalAffairsOffice').name).toBe('区法制办');
  });

  it('one joint meeting and one joint inspection of effective penalty cases every year', () => {
    expect(byKey(loaded.meetingSeries, 'jointMeeting')).toMatchObject({
      kind: 'joint',
      cadence: { kind: 'yearly' },
    });
    expect(byKey(loaded.obligations, 'jointInspection')).toMatchObject({
      kind: 'inspection',
      cadence: { kind: 'yearly' },
      units: ['government', 'procuratorate'],
    });
  });

  it('written feedback on a procuratorial suggestion within one month; overdue → the district government supervises', () => {
    const r = byKey(loaded.matterRules, 'suggestion');
    expect(r.clocks).toEqual([
      expect.objectContaining({
        owner: 'recipient',
        startsOn: 'received',
        deadline: { kind: 'months', months: 1 },
      }),
    ]);
    expect(r.escalation.map((s) => s.targets)).toEqual([[{ unit: 'government' }]]);
    expect(byKey(loaded.matterRules, 'rectificationEvaluation').to).toEqual([
      { unit: 'supervisionDepartment' },
      { unit: 'legalAffairsOffice' },
    ]);
  });

  it('consultation both ways and the pre-litigation suggestion have no stated period', () => {
    for (const key of ['agencyConsultation', 'procuratorateConsultation', 'preLitigationSuggestion']) {
      expect(byKey(loaded.matterRules, key).clocks, key).toEqual([]);
    }
  });

  it('every declaration says where the charter states it', () => {
    const all = [
      ...loaded.units,
      ...loaded.bodies,
      ...loaded.meetingSeries,
      ...loaded.matterRules,
      ...loaded.obligations,
    ];
    for (const d of all) expect(d.source, d.key).toBeTruthy();
  });

  describe('dates on the official 2026 calendar', () => {
    it('written feedback within one month of receiving the suggestion', () => {
      const feedback = (startedOn: string) => kit.dueDate({ matterRule: 'suggestion', startedOn }).date;
      expect(feedback('2026-03-10')).toBe('2026-04-10');
      expect(feedback('2026-01-31')).toBe('2026-02-28'); // month end; 2-28 is a make-up working day
      expect(feedback('2026-09-05')).toBe('2026-10-08'); // 10-05 国庆
    });

    it('one joint meeting and one joint inspection in 2026, with no date the charter does not give', () => {
      expect(kit.meetings(2026).map((m) => m.label.zh)).toEqual(['2026年度']);
      expect(kit.obligations(2026).map((o) => [o.obligation, o.due])).toEqual([['jointInspection', null]]);
    });
  });
});
