import { type ManifestInput, validateManifest } from '@liandong/sdk';
import { pluginTestKit } from '@liandong/sdk/testing';
import { describe, expect, it } from 'vitest';
import plugin from './index.ts';
import { manifest } from './manifest.ts';

const kit = pluginTestKit(plugin);
const loaded = kit.manifest;
const unit = (nameOrKey: string) => kit.unit(nameOrKey);
const names = (keys: readonly string[]) => keys.map((k) => unit(k).name);
const series = (key: string) => loaded.meetingSeries.find((s) => s.key === key);
const taskList = kit.taskList('keyTasks2022');
const tasks = taskList.tasks;
const task = (no: string) => tasks.find((t) => t.no === no)!;
const measure = (taskNo: string, no: string) =>
  taskList.measures.find((m) => m.task.no === taskNo && m.no === no)!;

type Rule = NonNullable<
  NonNullable<ManifestInput['taskListTemplates']>[number]['areas'][number]['tasks'][number]['deadline']
>['rule'];
/**
 * When a task-list deadline rule falls due from `startedOn`, computed by the engine on the
 * official calendar: the kit computes clocks of matter rules, so the rule is put on a probe clock.
 */
function dueOf(rule: Rule, startedOn: string): string | null {
  if (!rule) throw new Error('no rule');
  const probe: ManifestInput = {
    ...manifest,
    matterRules: [
      ...manifest.matterRules,
      {
        key: 'deadlineProbe',
        type: 'review',
        name: '完成时限',
        clocks: [{ key: 'due', name: '完成', owner: 'recipient', startsOn: 'decided', deadline: rule }],
      },
    ],
  };
  return pluginTestKit({ manifest: probe, hooks: {} }).dueDate({ matterRule: 'deadlineProbe', startedOn })
    .date;
}

describe('suzhou manifest (宿政秘〔2022〕31号)', () => {
  it('validates, and loads as a plugin', () => {
    const result = validateManifest(manifest);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(loaded.id).toBe('suzhou');
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

  it('is written for 宿州市 and names the charter', () => {
    expect(loaded.jurisdiction).toEqual({
      name: '宿州市',
      divisionCode: '341300',
      level: 'prefecture',
      province: { code: '34', name: '安徽省' },
    });
    expect(loaded.charter).toMatchObject({
      docNumber: '宿政秘〔2022〕31号',
      issuedBy: ['宿州市人民政府', '宿州市人民检察院'],
      issuedOn: '2022-05-10',
      status: 'inForce',
    });
  });

  it('has the 28 member units 三、（一） lists, from 市教育体育局 to 市烟草局, one liaison each', () => {
    const members = loaded.units.filter((u) => u.isMember);
    expect(members).toHaveLength(28);
    expect(members[0]!.name).toBe('市教育体育局');
    expect(members[27]!.name).toBe('市烟草局');
    expect(members.every((u) => u.liaisons === 1)).toBe(true);
    const joint = loaded.bodies.find((b) => b.key === 'jointMeeting');
    expect(joint?.kind === 'jointMeeting' && joint.members).toEqual(members.map((u) => u.key));
  });

  it('declares 市政府 and 市检察院 as the two parties, apart from the member units', () => {
    expect(unit('government')).toMatchObject({ name: '市政府', kind: 'government', isMember: false });
    expect(unit('procuratorate')).toMatchObject({ name: '市检察院', kind: 'procuratorate', isMember: false });
  });

  it('resolves the names the annex uses to the member units they alias', () => {
    expect(unit('市应急管理局').key).toBe('emergencyBureau');
    expect(unit('市应急局').key).toBe('emergencyBureau');
    expect(unit('市自然资源和规划局').key).toBe('naturalResourcesBureau');
    expect(unit('市住建局').key).toBe('housingUrbanRuralBureau');
    expect(unit('市卫生健康委员会').key).toBe('healthCommission');
    expect(unit('市市场监督管理局').key).toBe('marketRegulationBureau');
    expect(unit('市地方金融监督管理局').key).toBe('localFinancialRegulationBureau');
    expect(unit('市人力资源和社会保障局').key).toBe('humanResourcesSocialSecurityBureau');
  });

  it('declares the units the annex names that are not member units', () => {
    for (const name of [
      '市“四送一服”办公室',
      '相关行政执法机关',
      '市政务服务管理局',
      '市房管中心',
      '市社会信用体系建设联席会议办公室',
      '市妇联',
    ]) {
      expect(unit(name).isMember, name).toBe(false);
    }
  });

  it('has the convener, two deputy conveners, and the office at the procuratorate', () => {
    const joint = loaded.bodies.find((b) => b.key === 'jointMeeting');
    expect(joint?.kind).toBe('jointMeeting');
    if (joint?.kind !== 'jointMeeting') return;
    expect(joint.convener).toEqual({ title: '市政府主要负责同志', unit: 'government' });
    expect(joint.deputyConveners).toEqual([
      { title: '市政府分管负责同志', unit: 'government' },
      { title: '市检察院主要负责同志', unit: 'procuratorate' },
    ]);
    const office = loaded.bodies.find((b) => b.kind === 'office');
    expect(office).toMatchObject({ hostUnit: 'procuratorate', serves: 'jointMeeting' });
  });

  it('holds the joint meeting at the start of each year, prepared by a liaison meeting', () => {
    expect(series('annualJointMeeting')).toMatchObject({
      kind: 'joint',
      cadence: { kind: 'yearly', timing: 'startOfYear' },
      chair: '召集人或召集人委托的副召集人',
      preparedBy: 'liaisonMeeting',
    });
    expect(series('topicalMeeting')?.cadence).toEqual({ kind: 'asNeeded' });
    expect(series('liaisonMeeting')).toMatchObject({ kind: 'liaison', body: 'linkageOffice' });
  });

  it('lets the office hold briefing, coordination, symposium and analysis meetings as needed or on request', () => {
    for (const kind of ['briefing', 'coordination', 'symposium', 'analysis'] as const) {
      const s = loaded.meetingSeries.find((m) => m.kind === kind);
      expect(s, kind).toMatchObject({ cadence: { kind: 'asNeeded' }, onRequestOfUnit: true });
    }
    expect(loaded.meetingSeries).toHaveLength(7);
  });

  it('answers consultations 及时 — no period stated, so no deadline', () => {
    const rule = loaded.matterRules.find((r) => r.type === 'consultation');
    expect(rule?.clocks).toHaveLength(1);
    expect(rule?.clocks[0]?.name).toBe('及时答复');
    expect(rule?.clocks[0]?.deadline).toBeUndefined();
  });

  it('states no fixed cadence for inspections (适时 / 根据工作需要)', () => {
    expect(loaded.obligations.map((o) => o.cadence.kind)).toEqual(['asNeeded', 'asNeeded']);
  });

  it('lists 7 joint decisions, 8 items the member units report and 6 the procuratorate reports', () => {
    const cat = (key: string) => loaded.catalogues.find((c) => c.key === key)!;
    expect(cat('jointDecisions').kind).toBe('jointDecisions');
    expect(cat('jointDecisions').items).toHaveLength(7);
    expect(cat('jointDecisions').items[0]).toBe('研究确定“府检联动”年度重点工作任务清单');
    expect(cat('memberNotificationItems').items).toHaveLength(8);
    expect(cat('memberNotificationItems').to).toEqual([{ unit: 'procuratorate' }]);
    expect(cat('memberNotificationItems').from).toHaveLength(28);
    expect(cat('procuratorateNotificationItems').items).toHaveLength(6);
    expect(cat('procuratorateNotificationItems').from).toEqual([{ unit: 'procuratorate' }]);
  });
});

describe('suzhou 2022 key task list (附件)', () => {
  it('has 14 tasks in 5 areas, 45 measures', () => {
    expect(taskList.template.year).toBe(2022);
    expect(taskList.template.areas.map((a) => [a.no, a.title, a.tasks.length])).toEqual([
      ['一', '重大改革推进方面', 3],
      ['二', '重大矛盾化解方面', 3],
      ['三', '重大项目建设方面', 2],
      ['四', '重大风险防控方面', 2],
      ['五', '重大利益保护方面', 4],
    ]);
    expect(tasks.map((t) => t.no)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
    expect(taskList.measures).toHaveLength(45);
    expect(measure('14', '②').area.title).toBe('重大利益保护方面');
  });

  it('gives every measure, or its task, a deadline and responsible units', () => {
    for (const t of tasks) {
      for (const m of t.measures) {
        expect(m.deadline ?? t.deadline, `${t.no}${m.no}`).toBeDefined();
        expect([...m.units, ...t.units].length, `${t.no}${m.no}`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps "5月底前完成并长期坚持" as text and as a then-ongoing rule (1.③)', () => {
    expect(measure('1', '③').deadline).toEqual({
      text: '5月底前完成并长期坚持',
      rule: { kind: 'thenOngoing', first: { kind: 'endOfMonth', month: 5 } },
    });
    expect(names(measure('1', '③').units)).toEqual(['市检察院']);
  });

  it('marks 市检察院 as the lead of 1.④, due by the end of October', () => {
    expect(measure('1', '④').leadUnits).toEqual(['procuratorate']);
    expect(measure('1', '④').deadline).toEqual({ text: '10月底前', rule: { kind: 'endOfMonth', month: 10 } });
  });

  it('gives grouped cells to each measure they name (2.②③, 5.①②③, 11.①–⑥)', () => {
    expect(measure('2', '②').deadline?.rule).toEqual({ kind: 'endOfMonth', month: 4 });
    expect(names(measure('2', '②').units)).toEqual(['市检察院', '市公安局']);
    for (const no of ['①', '②', '③']) expect(measure('5', no).deadline?.text).toBe('12月底前');
    for (const m of task('11').measures)
      expect(m.deadline).toEqual({ text: '长期坚持', rule: { kind: 'ongoing' } });
    expect(names(measure('3', '③').units)).toEqual(['市检察院', '市司法局']);
    expect(names(measure('3', '④').units)).toEqual(['市检察院', '市司法局']);
  });

  it('keeps the order of responsible units as written (11.③)', () => {
    expect(names(measure('11', '③').units)).toEqual([
      '市检察院',
      '市财政局',
      '市自然资源局',
      '市生态环境局',
      '市农业农村局',
      '市水利局',
      '市市场监管局',
      '市林业局',
    ]);
  });

  it('gives task 14 to 市应急管理局 — the member unit 市应急局 — and 市检察院', () => {
    expect(measure('14', '①').units).toEqual(['emergencyBureau', 'procuratorate']);
    expect(measure('14', '②').deadline).toEqual({
      text: '12月底前',
      rule: { kind: 'endOfMonth', month: 12 },
    });
  });

  it('reads 各成员单位 as all 28 member units (7.①, 8, 11.⑤⑥)', () => {
    expect(measure('7', '①').units).toHaveLength(28);
    expect(task('8').units).toHaveLength(28);
    expect(measure('11', '⑥').units).toHaveLength(28);
  });

  it('states unnumbered single measures per task (4, 8, 10)', () => {
    expect(task('4').deadline).toEqual({ text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } });
    expect(names(task('4').units)).toEqual(['市司法局', '市检察院']);
    expect(task('10').deadline).toEqual({
      text: '12月底前完成并长期坚持',
      rule: { kind: 'thenOngoing', first: { kind: 'endOfMonth', month: 12 } },
    });
    expect(task('8').deadline).toEqual({ text: '长期坚持', rule: { kind: 'ongoing' } });
  });
});

describe('suzhou dates on the official 2022 calendar (test kit)', () => {
  it('holds one joint meeting in 2022 and no fixed topical, liaison or office meetings', () => {
    expect(kit.meetings(2022, 'annualJointMeeting').map((m) => m.label.zh)).toEqual(['2022年度']);
    expect(kit.meetings(2022).map((m) => m.series)).toEqual(['annualJointMeeting']);
    expect(kit.obligations(2022)).toEqual([]);
  });

  it('puts "5月底前" of 2022 on Tuesday 2022-05-31, a working day (1.③)', () => {
    expect(dueOf(measure('1', '③').deadline?.rule, '2022-01-01')).toBe('2022-05-31');
  });

  it('puts 10月底前 on 2022-10-31 (Monday) and 8月底前 on 2022-08-31 (Wednesday)', () => {
    expect(dueOf(measure('1', '④').deadline?.rule, '2022-01-01')).toBe('2022-10-31');
    expect(dueOf(measure('2', '①').deadline?.rule, '2022-01-01')).toBe('2022-08-31');
  });

  it('moves 4月底前 (2.②) past the 2022 劳动节 holiday (04-30..05-04) to 2022-05-05 — the core default', () => {
    expect(dueOf(measure('2', '②').deadline?.rule, '2022-01-01')).toBe('2022-05-05');
  });

  it('moves 12月底前 past 2022-12-31 (Saturday, 元旦 holiday to 2023-01-02) to 2023-01-03 — the core default', () => {
    expect(dueOf(task('4').deadline?.rule, '2022-01-01')).toBe('2023-01-03');
    expect(dueOf(measure('9', '①').deadline?.rule, '2022-01-01')).toBe('2023-01-03');
  });

  it('gives 长期坚持 no due date', () => {
    expect(dueOf(measure('1', '①').deadline?.rule, '2022-01-01')).toBeNull();
  });
});
