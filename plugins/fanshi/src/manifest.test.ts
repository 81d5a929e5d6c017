import { validateManifest } from '@liandong/sdk';
import { pluginTestKit } from '@liandong/sdk/testing';
import { describe, expect, it } from 'vitest';
import plugin from './index.ts';
import { manifest } from './manifest.ts';

const kit = pluginTestKit(plugin);
const loaded = kit.manifest;
const rule = (key: string) => {
  const found = loaded.matterRules.find((r) => r.key === key);
  if (!found) throw new Error(`no matter rule ${key}`);
  return found;
};

describe('fanshi manifest', () => {
  it('validates and loads', () => {
    const result = validateManifest(manifest);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(loaded.id).toBe('fanshi');
    expect(loaded.jurisdiction).toMatchObject({ divisionCode: '140924', level: 'county' });
    expect(loaded.jurisdiction.province).toEqual({ code: '14', name: '山西省' });
  });

  it('has the parties the charter names: two member sides, the enforcement body, and outside parties', () => {
    expect(loaded.units).toHaveLength(7);
    expect(loaded.units.filter((u) => u.isMember).map((u) => u.key)).toEqual([
      'procuratorate',
      'townshipGovernment',
      'townshipEnforcement',
    ]);
    expect(loaded.bodies.map((b) => b.kind)).toEqual(['leadingGroup', 'office']);
    expect(loaded.meetingSeries).toHaveLength(2);
    expect(loaded.matterRules).toHaveLength(10);
    expect(loaded.obligations).toHaveLength(1);
    expect(loaded.catalogues).toHaveLength(0);
    expect(loaded.taskListTemplates).toHaveLength(0);
  });

  it('finds units by the names the charter uses', () => {
    expect(kit.unit('县检察院').key).toBe('procuratorate');
    expect(kit.unit('所辖乡镇人民政府').key).toBe('townshipGovernment');
    expect(kit.unit('司法行政机关')).toMatchObject({ key: 'justiceAdministration', isMember: false });
    expect(kit.unit('相关行政执法机关').key).toBe('countyAgencies');
    expect(kit.unit('监察机关').kind).toBe('supervisionCommission');
  });

  it('leading group: leader the chief procurator, deputy the township head, office at the procuratorate', () => {
    const group = loaded.bodies.find((b) => b.kind === 'leadingGroup');
    const office = loaded.bodies.find((b) => b.kind === 'office');
    if (group?.kind !== 'leadingGroup' || office?.kind !== 'office') throw new Error('bodies missing');
    expect(group.leader).toEqual({ title: '检察院检察长', unit: 'procuratorate' });
    expect(group.deputyLeaders).toEqual([{ title: '乡镇长', unit: 'townshipGovernment' }]);
    expect(group.memberPositions.map((p) => p.title)).toEqual([
      '检察院分管副检察长',
      '乡镇负责行政执法的副乡镇长',
      '检察院工作人员',
      '乡镇执法人员',
    ]);
    expect(office.hostUnit).toBe('procuratorate');
    expect(office.head).toEqual({ title: '分管副检察长', unit: 'procuratorate' });
    expect(office.serves).toBe('leadingGroup');
  });

  it('non-transfer opinion is copied to the justice administration, then a written notice to the police', () => {
    const r = rule('nonTransferOpinion');
    expect(r.type).toBe('procuratorialOpinion');
    expect(r.copyTo).toEqual([{ unit: 'justiceAdministration' }]);
    expect(r.clocks[0]?.deadline).toBeUndefined();
    expect(r.escalation.map((s) => [s.action, s.targets])).toEqual([['notify', [{ unit: 'police' }]]]);
  });

  it('non-prosecution opinion: served within 3 days of the decision, reply within 2 months of receipt', () => {
    const r = rule('nonProsecutionOpinion');
    expect(r.copyTo).toEqual([{ unit: 'justiceAdministration' }]);
    const [serve, reply] = r.clocks;
    expect(serve).toMatchObject({
      owner: 'sender',
      startsOn: 'decided',
      deadline: { kind: 'calendarDays', days: 3 },
    });
    expect(reply).toMatchObject({
      owner: 'recipient',
      startsOn: 'received',
      deadline: { kind: 'months', months: 2 },
      urgent: { allowed: true },
    });
    expect(reply?.urgent?.shortest).toBeUndefined();
  });

  it('escalation: justice administration or upper procuratorate (chief procurator decides), then county bodies when necessary', () => {
    const steps = rule('nonProsecutionOpinion').escalation;
    expect(steps.map((s) => s.key)).toEqual(['notifyJustice', 'upperProcuratorate', 'reportCounty']);
    expect(steps[0]).toMatchObject({ decidedBy: '检察长', targets: [{ unit: 'justiceAdministration' }] });
    expect(steps[1]).toMatchObject({ decidedBy: '检察长', alternativeTo: 'notifyJustice' });
    expect(steps[1]?.targets).toContainEqual({ external: '上级人民检察院' });
    expect(steps[2]).toMatchObject({
      ifNecessary: true,
      targets: [{ external: '县委' }, { external: '县人民代表大会常务委员会' }],
    });
    for (const s of steps) expect(s.after).toBeUndefined();
  });

  it('written consultations from a township are answered within 7 days; the procuratorate consults with no period', () => {
    expect(rule('townshipConsultation').clocks).toEqual([
      expect.objectContaining({
        owner: 'recipient',
        startsOn: 'received',
        deadline: { kind: 'calendarDays', days: 7 },
      }),
    ]);
    expect(rule('procuratorateConsultation').clocks).toEqual([]);
    expect(rule('policeHearing').clocks).toEqual([]);
  });

  it('states no period where the charter states none', () => {
    expect(rule('suggestion').clocks).toEqual([]);
    for (const key of ['publicInterestClue', 'publicInterestConsultation', 'dutyCrimeClue']) {
      expect(rule(key).type).toBe('clueTransfer');
      expect(rule(key).clocks).toEqual([]);
    }
    expect(rule('dutyCrimeClue').to).toEqual([{ unit: 'supervisionCommission' }]);
  });

  it('regular mutual notification has no stated period; meetings are as needed', () => {
    expect(loaded.obligations[0]).toMatchObject({ kind: 'notification', cadence: { kind: 'asNeeded' } });
    expect(loaded.obligations[0]?.due).toBeUndefined();
    for (const s of loaded.meetingSeries) expect(s.cadence).toEqual({ kind: 'asNeeded' });
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
    it('a non-prosecution decision on 2026-09-28: 3 days end on 10-01 (国庆), so the opinion is served by 10-08', () => {
      const due = kit.dueDate({
        matterRule: 'nonProsecutionOpinion',
        clock: 'serve',
        startedOn: '2026-09-28',
      });
      expect(due.date).toBe('2026-10-08');
      expect(due.provisional).toBe(false);
    });

    it('the township replies within 2 months of receipt (same day number; a Saturday moves to Monday)', () => {
      const reply = (startedOn: string) =>
        kit.dueDate({ matterRule: 'nonProsecutionOpinion', clock: 'reply', startedOn }).date;
      expect(reply('2026-10-08')).toBe('2026-12-08');
      expect(reply('2026-08-31')).toBe('2026-11-02');
    });

    it('a written consultation is answered within 7 days (moved past the National Day holiday)', () => {
      const answer = (startedOn: string) =>
        kit.dueDate({ matterRule: 'townshipConsultation', startedOn }).date;
      expect(answer('2026-03-02')).toBe('2026-03-09');
      expect(answer('2026-09-28')).toBe('2026-10-08');
    });

    it('escalation waits for the chief procurator: no step has a date', () => {
      const ladder = kit.escalation({
        matterRule: 'nonProsecutionOpinion',
        clock: 'reply',
        startedOn: '2026-10-08',
      });
      expect(ladder.map((s) => [s.key, s.on, s.ifNecessary])).toEqual([
        ['notifyJustice', null, false],
        ['upperProcuratorate', null, false],
        ['reportCounty', null, true],
      ]);
    });

    it('holds no fixed-date meeting or notification (the charter gives no cadence)', () => {
      expect(kit.meetings(2026)).toEqual([]);
      expect(kit.obligations(2026)).toEqual([]);
    });
  });
});
