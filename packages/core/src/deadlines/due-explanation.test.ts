import { describe, expect, it } from 'vitest';
import { type ExplanationStep, explain } from './due-explanation.ts';

const everyStep: ExplanationStep[] = [
  { code: 'START', date: '2026-09-28', event: 'received' },
  {
    code: 'URGENT_OVERRIDE',
    urgent: { kind: 'workingDays', days: 3 },
    normal: { kind: 'calendarDays', days: 15 },
  },
  { code: 'REST_DAYS_SKIPPED', count: 7, holidays: [{ zh: '国庆节', en: 'National Day' }] },
  { code: 'MAKE_UP_DAYS_COUNTED', dates: ['2026-10-10'] },
  { code: 'PERIOD_END', date: '2026-10-05', rule: { kind: 'calendarDays', days: 7 } },
  { code: 'SUSPENDED', from: '2026-10-01', to: '2026-10-03', span: 2, unit: 'calendarDays' },
  { code: 'EXTENDED', on: '2026-10-04', span: 1, unit: 'workingDays' },
  {
    code: 'MOVED_PAST_REST_DAY',
    from: '2026-10-05',
    to: '2026-10-08',
    reason: { kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } },
  },
  { code: 'NOT_MOVED', date: '2026-10-11', reason: { kind: 'weekend' } },
  { code: 'DUE', date: '2026-10-08' },
  { code: 'STOPPED', date: '2026-10-09', onTime: false },
  { code: 'THEN_ONGOING' },
  { code: 'ONGOING' },
  { code: 'PROVISIONAL_YEARS', years: [2027] },
];

describe('explain', () => {
  it('renders every step code in both languages', () => {
    const { zh, en } = explain(everyStep);
    for (const fragment of [
      '签收之日',
      '本事项加急',
      '跳过7个休息日（含国庆节）',
      '调休上班日2026-10-10',
      '中止',
      '延长1个工作日',
      '顺延至其后第一个工作日2026-10-08',
      '不顺延',
      '逾期',
      '此后长期坚持',
      '无期满日',
      '2027年节假日安排尚未公布',
    ]) {
      expect(zh).toContain(fragment);
    }
    for (const fragment of [
      'receipt on 2026-09-28',
      'This matter is urgent',
      '7 rest days were skipped (including National Day)',
      'Make-up working day 2026-10-10',
      'Suspended from 2026-10-01 to 2026-10-03',
      'Extended by 1 working day on 2026-10-04',
      'a public holiday (National Day)',
      'a rest day (weekend)',
      'late',
      'After that, the work continues',
      'no due date',
      'The 2027 holiday schedule',
    ]) {
      expect(en).toContain(fragment);
    }
    expect(en.split('. ').length).toBeGreaterThanOrEqual(everyStep.length - 1);
  });
});
