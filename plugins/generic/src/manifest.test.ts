import { validateManifest } from '@liandong/sdk';
import { pluginTestKit } from '@liandong/sdk/testing';
import { describe, expect, it } from 'vitest';
import plugin from './index.ts';
import { manifest } from './manifest.ts';

const kit = pluginTestKit(plugin);
const loaded = kit.manifest;

describe('generic manifest', () => {
  it('validates and loads with no division code or province (onboarding supplies them)', () => {
    const result = validateManifest(manifest);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(loaded.jurisdiction).toEqual({ name: '通用（县级）', level: 'county' });
  });

  it('counts only what the five documents share', () => {
    expect(loaded.units.map((u) => u.key)).toEqual([
      'government',
      'procuratorate',
      'justiceBureau',
      'departments',
      'police',
    ]);
    expect(loaded.bodies.map((b) => b.kind)).toEqual(['jointMeeting', 'office']);
    expect(loaded.meetingSeries).toHaveLength(1);
    expect(loaded.matterRules).toHaveLength(8);
    expect(loaded.obligations).toHaveLength(0);
    expect(loaded.catalogues).toHaveLength(0);
    expect(loaded.taskListTemplates).toHaveLength(0);
  });

  it('the office sits at the procuratorate and serves the joint meeting; one liaison per unit', () => {
    const office = loaded.bodies.find((b) => b.kind === 'office');
    expect(office).toMatchObject({ hostUnit: 'procuratorate', serves: 'jointMeeting' });
    for (const u of loaded.units) expect(u.liaisons).toBe(1);
  });

  it('invents no period: every matter rule leaves deadlines to the core defaults', () => {
    for (const r of loaded.matterRules) {
      expect(r.clocks, r.key).toEqual([]);
      expect(r.escalation, r.key).toEqual([]);
    }
    expect(loaded.meetingSeries[0]?.cadence).toEqual({ kind: 'asNeeded' });
  });

  it('consultation both ways, suggestion, opinion and clue transfer are present', () => {
    const types = loaded.matterRules.map((r) => r.type);
    for (const t of [
      'consultation',
      'procuratorialSuggestion',
      'procuratorialOpinion',
      'clueTransfer',
    ] as const) {
      expect(types).toContain(t);
    }
    const consult = loaded.matterRules.filter((r) => r.type === 'consultation');
    expect(consult.map((r) => [r.from, r.to])).toEqual([
      [['departments'], [{ unit: 'procuratorate' }]],
      [['procuratorate'], [{ unit: 'departments' }]],
    ]);
  });

  it('every declaration says which documents it comes from', () => {
    const all = [...loaded.units, ...loaded.bodies, ...loaded.meetingSeries, ...loaded.matterRules];
    for (const d of all) expect(d.source, d.key).toBeTruthy();
  });

  it('has no fixed-date meeting or obligation of its own', () => {
    expect(kit.meetings(2026)).toEqual([]);
    expect(kit.obligations(2026)).toEqual([]);
  });
});
