import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Measure,
  type MeasureRow,
  Task,
  TaskArea,
  TaskList,
  type TaskRow,
} from '../task-lists/task-list.entity.ts';
import { createArea, createListTree, createTask } from '../task-lists/task-list.service.ts';
import type { MeetingRow } from './meeting.entity.ts';

const DECISIONS_AREA = { no: '一', title: '会议决议' } as const;

/**
 * The task a meeting's decisions (决议) hang under: decisions are measures of
 * the year's "decisions" task list, one task per meeting, so they have owners,
 * deadlines, progress and completion figures like any measure.
 */
export async function decisionTask(
  em: EntityManager,
  tenantId: string,
  meeting: MeetingRow,
  year: number,
  now: Date,
): Promise<TaskRow> {
  let list = await em.findOne(TaskList, { kind: 'decisions', year });
  if (!list) {
    list = createListTree(
      em,
      tenantId,
      { kind: 'decisions', year, title: `${String(year)}年度会议决议` },
      [],
      now,
    );
  }
  let area = await em.findOne(TaskArea, { taskList: list });
  if (!area) area = createArea(em, tenantId, list, DECISIONS_AREA, 0);
  const tasks = await em.find(Task, { area });
  const title = `${meeting.title}（${meeting.scheduledOn ?? ''}）`;
  const existing = await findMeetingTask(em, tasks, meeting.id);
  return existing ?? createTask(em, tenantId, area, { no: String(tasks.length + 1), title }, tasks.length);
}

async function findMeetingTask(
  em: EntityManager,
  tasks: readonly TaskRow[],
  meetingId: string,
): Promise<TaskRow | undefined> {
  if (tasks.length === 0) return undefined;
  const measure = await em.findOne(Measure, { task: { $in: tasks }, meetingId }, { populate: ['task'] });
  return measure?.task;
}

export async function meetingDecisions(
  em: EntityManager,
  meetingId: string,
): Promise<{ listId: string | null; decisions: MeasureRow[] }> {
  const decisions = await em.find(
    Measure,
    { meetingId },
    { orderBy: { sortOrder: 'asc', id: 'asc' }, populate: ['task', 'task.area'] },
  );
  return { listId: decisions[0]?.task.area.taskList.id ?? null, decisions };
}

/** Decisions are numbered ①②… like the measures of a task list (①–㉟, then plain numbers). */
export function circledNumber(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  return String(n);
}
