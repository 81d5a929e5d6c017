import { validateManifest } from '@liandong/sdk';
import { pluginTestKit } from '@liandong/sdk/testing';
import { describe, expect, it } from 'vitest';
import plugin from './index.ts';
import { manifest } from './manifest.ts';

const kit = pluginTestKit(plugin);
const loaded = kit.manifest;
const body = (key: string) => loaded.bodies.find((b) => b.key === key);
const priorities = kit.taskList('workPriorities');
const tasks = priorities.tasks;

describe('jiangan manifest (岸政〔2025〕5号)', () => {
  it('validates, and loads as a plugin', () => {
    const result = validateManifest(manifest);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(loaded.id).toBe('jiangan');
  });

  it('says where in the document every declaration comes from', () => {
    const all = [
      ...loaded.units,
      ...loaded.bodies,
      ...loaded.meetingSeries,
      ...loaded.matterRules,
      ...loaded.obligations,
      ...loaded.catalogues,
      ...loaded.taskListTemplates,
    ];
    for (const d of all) expect(d.source, d.key).toBeTruthy();
  });

  it('is written for 江岸区 of 武汉市, 湖北省', () => {
    expect(loaded.jurisdiction).toEqual({
      name: '江岸区',
      divisionCode: '420102',
      level: 'district',
      province: { code: '42', name: '湖北省' },
      parent: { name: '武汉市', divisionCode: '420100' },
    });
    expect(loaded.charter).toMatchObject({
      docNumber: '岸政〔2025〕5号',
      issuedBy: ['江岸区人民政府', '江岸区人民检察院'],
    });
  });

  it('names one member unit: the 区人民检察院 (the other members are 区人民政府各有关部门, unnamed)', () => {
    expect(loaded.units.filter((u) => u.isMember).map((u) => u.name)).toEqual(['区人民检察院']);
    expect(kit.unit('江岸区人民检察院').key).toBe('procuratorate');
    const mechanism = body('coordinationMechanism');
    expect(mechanism?.kind === 'jointMeeting' && mechanism.memberPositions).toEqual([
      { title: '区人民政府各有关部门', unit: 'government' },
    ]);
  });

  it('has the deputy district head and the chief procurator as conveners', () => {
    const mechanism = body('coordinationMechanism');
    expect(mechanism?.kind).toBe('jointMeeting');
    if (mechanism?.kind !== 'jointMeeting') return;
    expect(mechanism.convener.title).toBe('区人民政府分管副区长、区人民检察院检察长');
    expect(mechanism.deputyConveners).toEqual([
      { title: '区委(区人民政府)办公室分管副主任', unit: 'partyGovernmentOffice' },
    ]);
  });

  it('sits the office at the procuratorate, headed by a deputy chief procurator', () => {
    expect(body('coordinationOffice')).toMatchObject({
      kind: 'office',
      hostUnit: 'procuratorate',
      head: { title: '区人民检察院分管副检察长', unit: 'procuratorate' },
      serves: 'coordinationMechanism',
    });
  });

  it('holds every meeting as needed; coordination, symposium and analysis meetings also on request', () => {
    expect(loaded.meetingSeries.every((s) => s.cadence.kind === 'asNeeded')).toBe(true);
    for (const kind of ['coordination', 'symposium', 'analysis'] as const) {
      expect(loaded.meetingSeries.find((s) => s.kind === kind)?.onRequestOfUnit, kind).toBe(true);
    }
  });

  it('puts no meeting on the 2025 calendar: none has a fixed cadence (test kit)', () => {
    expect(kit.meetings(2025)).toEqual([]);
    expect(kit.obligations(2025)).toEqual([]);
  });

  it('states no period for any matter, and no periodic obligation or catalogue', () => {
    const clocks = loaded.matterRules.flatMap((r) => r.clocks);
    expect(clocks.length).toBeGreaterThan(0);
    expect(clocks.every((c) => c.deadline === undefined)).toBe(true);
    expect(() => kit.dueDate({ matterRule: 'procuratorialSuggestion', startedOn: '2025-07-01' })).toThrow(
      /states no period/,
    );
    expect(loaded.obligations).toEqual([]);
    expect(loaded.catalogues).toEqual([]);
  });

  it('sends irregular-enforcement clues from the procuratorate to 执法监督机关 (二、9.)', () => {
    const rule = loaded.matterRules.find((r) => r.key === 'irregularEnforcementClue');
    expect(rule).toMatchObject({ type: 'clueTransfer', from: ['procuratorate'] });
    expect(rule?.to).toEqual([{ unit: kit.unit('执法监督机关').key }]);
  });
});

describe('jiangan work priorities (二、工作重点)', () => {
  it('has 16 priorities in 5 areas', () => {
    expect(priorities.template.areas.map((a) => [a.no, a.title, a.tasks.length])).toEqual([
      ['一', '积极推进平安江岸建设', 3],
      ['二', '服务保障经济社会高质量发展', 3],
      ['三', '打造法治化营商环境', 2],
      ['四', '推进社会治理体系和治理能力现代化', 5],
      ['五', '加强民生领域法治保障', 3],
    ]);
    expect(tasks.map((t) => t.no)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
  });

  it('keeps each priority verbatim: heading as title, text as one unnumbered measure', () => {
    expect(tasks[0]?.title).toBe('坚决维护国家安全');
    expect(tasks[0]?.measures).toEqual([
      {
        no: '—',
        text: '践行总体国家安全观,严厉打击危害国家安全犯罪,深化反渗透反颠覆反暴恐反邪教工作。全面排查化解涉及政治安全风险隐患,维护国家政权安全、制度安全、意识形态安全,确保社会大局平安稳定。',
        leadUnits: [],
        units: [],
      },
    ]);
    expect(tasks[15]?.title).toBe('系统推进未成年人保护');
    expect(tasks[15]?.measures[0]?.text.endsWith('深化未成年人检察一体综合履职。')).toBe(true);
  });

  it('gives no priority a deadline or a responsible unit: the 方案 states none', () => {
    for (const t of tasks) {
      expect(t.deadline).toBeUndefined();
      expect(t.units).toEqual([]);
      for (const m of t.measures) {
        expect(m.deadline).toBeUndefined();
        expect(m.units).toEqual([]);
      }
    }
  });
});
