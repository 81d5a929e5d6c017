import { describe, expect, it } from 'vitest';
import type { Matter } from '../api/types.ts';
import { countBy, onTimeByUnit } from './dashboard-figures.ts';

const matter = (
  type: string,
  clocks: { owner: 'sender' | 'recipient'; outcome: 'onTime' | 'late' | null }[],
) =>
  ({
    type,
    state: 'sent',
    fromUnit: { id: 'p', key: 'p', name: '检察院' },
    to: [{ unit: { id: 'g', key: 'g', name: '公安局' }, receivedOn: null, receivedBy: null }],
    clocks,
  }) as unknown as Matter;

describe('dashboard figures', () => {
  it('counts matters by type, largest first', () => {
    const matters = [matter('consultation', []), matter('review', []), matter('consultation', [])];
    expect(
      countBy(
        matters,
        (m) => m.type,
        (k) => k.toUpperCase(),
      ),
    ).toEqual({
      labels: ['CONSULTATION', 'REVIEW'],
      values: [2, 1],
    });
  });

  it('rates each unit on its own side’s stopped clocks, worst first', () => {
    const matters = [
      matter('consultation', [
        { owner: 'sender', outcome: 'onTime' },
        { owner: 'recipient', outcome: 'late' },
      ]),
      matter('consultation', [
        { owner: 'recipient', outcome: 'onTime' },
        { owner: 'sender', outcome: null },
      ]),
    ];
    expect(onTimeByUnit(matters)).toEqual({ labels: ['公安局', '检察院'], values: [50, 100] });
  });
});
