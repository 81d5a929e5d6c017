import { describe, expect, it } from 'vitest';
import { ruleFixture } from '../../test/matter-rule-fixture.ts';
import {
  applyRuleDefaults,
  emptyMatterCreateModel,
  fieldOfPath,
  groupCreatableRules,
  newIdempotencyKey,
  toCreateMatterBody,
} from './matter-create-form.ts';

describe('the new-matter form', () => {
  it('offers only the rules I may create under, grouped by type', () => {
    const groups = groupCreatableRules(
      [
        ruleFixture(),
        ruleFixture({ key: 'other', name: '其他意见' }),
        ruleFixture({ key: 'hidden', canCreate: false }),
        ruleFixture({ key: 'clue', type: 'clueTransfer', typeName: { zh: '线索移送', en: 'Clue transfer' } }),
      ],
      'zh-CN',
    );
    expect(groups.map((group) => [group.label, group.rules.map((rule) => rule.key)])).toEqual([
      ['检察意见', ['opinion', 'other']],
      ['线索移送', ['clue']],
    ]);
  });

  it('defaults to every unit recipient and the first sending unit', () => {
    const model = emptyMatterCreateModel();
    applyRuleDefaults(model, ruleFixture());
    expect(model.toUnitKeys).toEqual(['township', 'police']);
    expect(model.fromUnitKey).toBe('procuratorate');
  });

  it('sends only what the rule asks for', () => {
    const model = {
      ...emptyMatterCreateModel(),
      ruleKey: 'opinion',
      title: '  对张某的检察意见 ',
      summary: ' ',
      fromUnitKey: 'court',
      toUnitKeys: ['police'],
      decidedOn: '2026-03-02',
      periodEnd: '2026-03-31',
      isUrgent: true,
      urgentKind: 'workingDays' as const,
      urgentAmount: 10,
    };
    expect(toCreateMatterBody(model, ruleFixture(), true, true)).toEqual({
      ruleKey: 'opinion',
      title: '对张某的检察意见',
      fromUnitKey: 'court',
      toUnitKeys: ['police'],
      decidedOn: '2026-03-02',
      urgentPeriod: { kind: 'workingDays', days: 10 },
      send: true,
    });
    // A liaison sends from their own unit; the server decides which.
    expect(toCreateMatterBody(model, ruleFixture(), false, false)).not.toHaveProperty('fromUnitKey');
    expect(toCreateMatterBody({ ...model, isUrgent: false }, ruleFixture(), true, false)).not.toHaveProperty(
      'urgentPeriod',
    );
  });

  it('maps the server field paths onto the fields', () => {
    expect(fieldOfPath('title')).toBe('title');
    expect(fieldOfPath('toUnitKeys.1')).toBe('toUnitKeys');
    expect(fieldOfPath('urgentPeriod.days')).toBe('urgentAmount');
    expect(fieldOfPath('somethingElse')).toBeNull();
  });

  it('makes a fresh uuid key', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});
