import { describe, expect, it } from 'vitest';
import type { TaskList } from '../../api/types.ts';
import { canReportOn, measureRows } from './task-list-rows.ts';

const measure = (id: string, lead: string[], co: string[] = []) =>
  ({
    id,
    no: id,
    text: id,
    leadUnitIds: lead,
    unitIds: co,
  }) as unknown as TaskList['areas'][0]['tasks'][0]['measures'][0];

const list = {
  areas: [
    {
      id: 'a1',
      no: '一',
      title: '区域',
      tasks: [
        {
          id: 't1',
          no: '1',
          title: '任务一',
          measures: [measure('m1', ['u1']), measure('m2', ['u2'], ['u3'])],
        },
        { id: 't2', no: '2', title: '任务二', measures: [measure('m3', ['u1'])] },
        { id: 't3', no: '3', title: '任务三', measures: [] },
      ],
    },
    { id: 'a2', no: '二', title: '空的类别', tasks: [] },
  ],
} as unknown as TaskList;

describe('measureRows', () => {
  it('makes one row per measure, the task cell spanning its measures', () => {
    const rows = measureRows(list);
    expect(rows.map((row) => [row.measure?.id, row.taskSpan])).toEqual([
      ['m1', 2],
      ['m2', 0],
      ['m3', 1],
      [undefined, 1],
      [undefined, 1],
    ]);
  });
});

describe('canReportOn', () => {
  it('lets the office and responsible units report, and nobody else', () => {
    const m2 = measure('m2', ['u2'], ['u3']);
    expect(canReportOn(m2, 'tenant_admin', null)).toBe(true);
    expect(canReportOn(m2, 'liaison', 'u2')).toBe(true);
    expect(canReportOn(m2, 'staff', 'u3')).toBe(true);
    expect(canReportOn(m2, 'staff', 'u1')).toBe(false);
    expect(canReportOn(m2, 'leader', 'u2')).toBe(false);
  });
});
