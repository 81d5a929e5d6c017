import { describe, expect, it } from 'vitest';
import type { Manifest } from '../manifest/manifest.schema.ts';
import { smallCityManifest } from '../testing/fixtures/small-city.manifest.ts';
import { validateManifest } from '../validation/validate-manifest.ts';
import { diffManifests } from './manifest-diff.ts';

/** The fixture, validated, then edited as a newer version would be and validated again. */
function manifest(edit: (m: Manifest) => void = () => {}): Manifest {
  const base = validateManifest(smallCityManifest);
  if (!base.ok) throw new Error('fixture invalid');
  const input = structuredClone(base.manifest);
  edit(input);
  const result = validateManifest(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.manifest;
}

describe('diffManifests', () => {
  it('finds nothing between equal manifests', () => {
    expect(diffManifests(manifest(), manifest())).toEqual({
      fromVersion: '1.0.0',
      toVersion: '1.0.0',
      changes: [],
    });
  });

  it('reports plugin fields, added, removed and changed units by key, with zh/en summaries', () => {
    const from = manifest();
    const to = manifest((m) => {
      m.version = '1.1.0';
      m.units[3]!.aliases = ['市应急管理局', '应急局'];
      m.units.splice(4, 1);
      m.taskListTemplates[0]!.areas[0]!.tasks[0]!.measures[0]!.units = ['emergency'];
      m.units.push({ ...m.units[0]!, key: 'court', name: '市法院', aliases: [], kind: 'court' });
    });
    const diff = diffManifests(from, to);
    expect(diff.fromVersion).toBe('1.0.0');
    expect(diff.toVersion).toBe('1.1.0');
    expect(diff.changes.map((c) => [c.kind, c.subject, c.key])).toEqual([
      ['changed', 'plugin', 'small-city'],
      ['changed', 'units', 'emergency'],
      ['removed', 'units', 'dataBureau'],
      ['added', 'units', 'court'],
      ['changed', 'taskListTemplates', 'tasks2026'],
    ]);
    expect(diff.changes[1]).toEqual({
      kind: 'changed',
      subject: 'units',
      key: 'emergency',
      name: '市应急局',
      fields: [{ path: 'aliases', from: ['市应急管理局'], to: ['市应急管理局', '应急局'] }],
      summary: {
        zh: '修改单位：市应急局（emergency）：aliases ["市应急管理局"] → ["市应急管理局","应急局"]',
        en: 'Unit changed: 市应急局 (emergency): aliases ["市应急管理局"] → ["市应急管理局","应急局"]',
      },
    });
    expect(diff.changes[0]?.summary.en).toBe(
      'Plugin changed: 示例市府检联动 (small-city): version 1.0.0 → 1.1.0',
    );
    expect(diff.changes[2]?.summary).toEqual({
      zh: '删除单位：市数据资源局（dataBureau）',
      en: 'Unit removed: 市数据资源局 (dataBureau)',
    });
    expect(diff.changes[3]?.summary.zh).toBe('新增单位：市法院（court）');
    expect(diff.changes[4]?.fields).toEqual([
      { path: 'areas[0].tasks[0].measures[0].units', from: ['emergency', 'dataBureau'], to: ['emergency'] },
    ]);
  });

  it('reports clock rule and escalation step changes inside a matter rule separately', () => {
    const to = manifest((m) => {
      const rule = m.matterRules[0]!;
      rule.clocks[0]!.deadline = { kind: 'months', months: 3 };
      rule.clocks.push({
        key: 'serve',
        name: '送达',
        owner: 'sender',
        startsOn: 'decided',
        deadline: { kind: 'workingDays', days: 3 },
      });
      rule.escalation.splice(1, 1);
      rule.copyTo = [];
    });
    const changes = diffManifests(manifest(), to).changes;
    expect(changes.map((c) => [c.kind, c.subject, c.key, c.matterRule])).toEqual([
      ['changed', 'matterRules', 'nonProsecutionOpinion', undefined],
      ['changed', 'clocks', 'reply', 'nonProsecutionOpinion'],
      ['added', 'clocks', 'serve', 'nonProsecutionOpinion'],
      ['removed', 'escalationSteps', 'upward', 'nonProsecutionOpinion'],
    ]);
    expect(changes[0]?.fields).toEqual([{ path: 'copyTo', from: [{ unit: 'justice' }], to: [] }]);
    expect(changes[1]?.fields).toEqual([
      { path: 'deadline', from: { kind: 'months', months: 2 }, to: { kind: 'months', months: 3 } },
    ]);
    expect(changes[1]?.summary).toEqual({
      zh: '修改办理期限：不起诉后检察意见（nonProsecutionOpinion）· 书面回复（reply）：deadline 2个月内 → 3个月内',
      en: 'Clock changed: 不起诉后检察意见 (nonProsecutionOpinion) · 书面回复 (reply): deadline within 2 months → within 3 months',
    });
  });

  it('covers bodies, meeting series, obligations and catalogues; a new matter rule brings its clocks along', () => {
    const to = manifest((m) => {
      m.bodies[1]!.name = '府检联动工作办公室';
      m.meetingSeries[1]!.cadence = { kind: 'monthly' };
      m.obligations.pop();
      m.catalogues[0]!.items.push('重大项目建设情况');
      m.matterRules.push({
        ...structuredClone(m.matterRules[0]!),
        key: 'consult',
        type: 'consultation',
        name: '书面咨询',
      });
    });
    const changes = diffManifests(manifest(), to).changes;
    expect(changes.map((c) => [c.kind, c.subject, c.key])).toEqual([
      ['changed', 'bodies', 'office'],
      ['changed', 'meetingSeries', 'liaison'],
      ['added', 'matterRules', 'consult'],
      ['removed', 'obligations', 'annualEvaluation'],
      ['changed', 'catalogues', 'governmentNotifies'],
    ]);
    expect(changes[1]?.fields).toEqual([
      { path: 'cadence', from: { kind: 'quarterly' }, to: { kind: 'monthly' } },
    ]);
    expect(changes[1]?.summary).toEqual({
      zh: '修改会议：联络员会议（liaison）：cadence 每季度 → 每月',
      en: 'Meeting series changed: 联络员会议 (liaison): cadence quarterly → monthly',
    });
  });

  it('is pure: its inputs are left as they were', () => {
    const from = manifest();
    const to = manifest((m) => m.catalogues.pop());
    const snapshot = structuredClone([from, to]);
    diffManifests(from, to);
    expect([from, to]).toEqual(snapshot);
  });
});
