import { describe, expect, it } from 'vitest';
import { myActions } from './matter-sides.ts';

const matter = {
  allowedActions: ['receive', 'withdraw'] as ('receive' | 'withdraw')[],
  fromUnit: { id: 'procuratorate', key: 'p', name: '检察院' },
  to: [{ unit: { id: 'police', key: 'g', name: '公安局' }, receivedOn: null, receivedBy: null }],
};

describe('myActions', () => {
  it('gives the linkage office every allowed action', () => {
    expect(myActions(matter, { role: 'tenant_admin', unitId: 'procuratorate' })).toEqual([
      'receive',
      'withdraw',
    ]);
  });
  it('gives a unit only its own side', () => {
    expect(myActions(matter, { role: 'liaison', unitId: 'police' })).toEqual(['receive']);
    expect(myActions(matter, { role: 'staff', unitId: 'procuratorate' })).toEqual(['withdraw']);
    expect(myActions(matter, { role: 'staff', unitId: 'court' })).toEqual([]);
  });
  it('gives a leader nothing to do', () => {
    expect(myActions(matter, { role: 'leader', unitId: 'police' })).toEqual([]);
  });
  it('offers receipt only to recipients that have not signed yet', () => {
    const several = {
      allowedActions: ['receive', 'reply'] as ('receive' | 'reply')[],
      fromUnit: { id: 'procuratorate', key: 'p', name: '检察院' },
      to: [
        { unit: { id: 'township', key: 't', name: '乡镇政府' }, receivedOn: '2026-04-01', receivedBy: 'x' },
        { unit: { id: 'county', key: 'c', name: '县直部门' }, receivedOn: null, receivedBy: null },
      ],
    };
    expect(myActions(several, { role: 'liaison', unitId: 'township' })).toEqual(['reply']);
    expect(myActions(several, { role: 'liaison', unitId: 'county' })).toEqual(['receive', 'reply']);
  });
});
