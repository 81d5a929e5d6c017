import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/calendar.ts';
import { unwrap } from '../errors.ts';
import type { Cadence } from './cadence.ts';
import { expandCadence } from './expand-cadence.ts';

const cal = officialCalendar;

describe('expandCadence', () => {
  it('expands quarters with labels', () => {
    const quarters = unwrap(expandCadence({ kind: 'quarterly' }, 2026));
    expect(quarters.map((q) => [q.start, q.end, q.label.zh, q.label.en])).toEqual([
      ['2026-01-01', '2026-03-31', '2026年第1季度', 'Q1 2026'],
      ['2026-04-01', '2026-06-30', '2026年第2季度', 'Q2 2026'],
      ['2026-07-01', '2026-09-30', '2026年第3季度', 'Q3 2026'],
      ['2026-10-01', '2026-12-31', '2026年第4季度', 'Q4 2026'],
    ]);
  });

  it('expands months (leap February), half years and the year', () => {
    const months = unwrap(expandCadence({ kind: 'monthly' }, 2024));
    expect(months).toHaveLength(12);
    expect(months[1]).toMatchObject({
      start: '2024-02-01',
      end: '2024-02-29',
      label: { zh: '2024年2月', en: 'February 2024' },
    });
    expect(months[11]).toMatchObject({ start: '2024-12-01', end: '2024-12-31' });
    expect(
      unwrap(expandCadence({ kind: 'halfYearly' }, 2026)).map((h) => `${h.start}/${h.end} ${h.label.zh}`),
    ).toEqual(['2026-01-01/2026-06-30 2026年上半年', '2026-07-01/2026-12-31 2026年下半年']);
    expect(unwrap(expandCadence({ kind: 'yearly', timing: 'startOfYear' }, 2026))).toEqual([
      { index: 1, start: '2026-01-01', end: '2026-12-31', label: { zh: '2026年度', en: 'Year 2026' } },
    ]);
  });

  it('yields nothing for asNeeded and rejects unknown kinds', () => {
    expect(unwrap(expandCadence({ kind: 'asNeeded' }, 2026))).toEqual([]);
    expect(expandCadence({ kind: 'weekly' } as unknown as Cadence, 2026)).toMatchObject({
      ok: false,
      error: { code: 'CORE_INVALID_CADENCE' },
    });
  });

  it('computes each period due date from the period end (每月5日前报送上月情况)', () => {
    const months = unwrap(
      expandCadence({ kind: 'monthly' }, 2026, { rule: { kind: 'dayOfNextMonth', day: 5 }, calendar: cal }),
    );
    expect(months.map((m) => m.due?.due)).toEqual([
      '2026-02-05',
      '2026-03-05',
      '2026-04-07',
      '2026-05-06',
      '2026-06-05',
      '2026-07-06',
      '2026-08-05',
      '2026-09-07',
      '2026-10-08',
      '2026-11-05',
      '2026-12-07',
      '2027-01-05',
    ]);
    expect(months[11]?.due?.provisional).toBe(true);
    expect(months[8]?.due?.explanation.zh).toContain('周期结束之日');
  });

  it('computes quarterly reports due 10 days after the quarter', () => {
    const quarters = unwrap(
      expandCadence({ kind: 'quarterly' }, 2026, {
        rule: { kind: 'dayAfterQuarter', day: 10 },
        calendar: cal,
      }),
    );
    expect(quarters.map((q) => q.due?.due)).toEqual(['2026-04-10', '2026-07-10', '2026-10-10', '2027-01-11']);
  });
});
