import type { MatterRule } from '../api/types.ts';

/** A matter rule as GET /matter-rules returns it: an opinion with a decision date and an urgent option. */
export function ruleFixture(overrides: Partial<MatterRule> = {}): MatterRule {
  return {
    key: 'opinion',
    type: 'procuratorialOpinion',
    typeName: { zh: '检察意见', en: 'Procuratorial opinion' },
    name: '不起诉案件检察意见',
    description: '不起诉后需要给予行政处罚的，向行政机关提出检察意见。',
    from: [
      { key: 'procuratorate', name: '县人民检察院' },
      { key: 'court', name: '县人民法院' },
    ],
    to: [
      { unit: { key: 'township', name: '砂河镇人民政府' } },
      { unit: { key: 'police', name: '县公安局' } },
    ],
    copyTo: [{ unit: { key: 'justice', name: '县司法局' } }, { external: '县委' }],
    clocks: [
      {
        key: 'reply',
        name: '书面回复',
        owner: 'recipient',
        startsOn: 'received',
        ruleText: { zh: '2个月内', en: 'within 2 months' },
        urgentAllowed: true,
        urgentShortest: null,
      },
    ],
    escalation: [],
    needs: { decidedOn: true, periodEnd: false, urgentPeriod: true },
    canCreate: true,
    source: null,
    ...overrides,
  };
}
