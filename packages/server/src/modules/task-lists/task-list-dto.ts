import { type Calendar, type IsoDate, trafficLight } from '@liandong/core';
import { taskListTemplateSchema } from '@liandong/sdk';
import type { z } from 'zod';
import type { TaskListTemplateRow } from '../tenancy/mechanism.entity.ts';
import type { listSummarySchema, measureDtoSchema, templateSummarySchema } from './schemas.ts';
import type { MeasureRow, TaskListRow } from './task-list.entity.ts';

type Progress = { text: string; unitId: string; reportedAt: Date; count: number } | undefined;

export function toListSummary(list: TaskListRow): z.infer<typeof listSummarySchema> {
  return {
    id: list.id,
    kind: list.kind,
    year: list.year,
    title: list.title,
    theme: list.theme ?? null,
    templateKey: list.templateKey ?? null,
  };
}

/** A template as the instantiate dialog previews it: its areas with their task and measure counts. */
export function toTemplateSummary(row: TaskListTemplateRow): z.infer<typeof templateSummarySchema> {
  const template = taskListTemplateSchema.parse(row.definition);
  return {
    key: row.key,
    title: row.title,
    year: row.year ?? null,
    theme: template.theme ?? null,
    areas: template.areas.map((area) => ({
      no: area.no,
      title: area.title,
      tasks: area.tasks.length,
      measures: area.tasks.reduce((sum, task) => sum + task.measures.length, 0),
    })),
    source: template.source ?? null,
  };
}

export function toMeasureDto(measure: MeasureRow, progress: Progress): z.infer<typeof measureDtoSchema> {
  return {
    id: measure.id,
    taskId: measure.task.id,
    no: measure.no,
    text: measure.text,
    deadline: {
      text: measure.deadlineText ?? null,
      rule: measure.deadlineRule ?? null,
      dueOn: measure.dueOn ?? null,
      isOngoing: measure.isOngoing,
      provisional: measure.dueProvisional,
      explanation: measure.dueExplanation ?? null,
    },
    leadUnitIds: measure.leadUnitIds,
    unitIds: measure.unitIds,
    status: measure.status,
    doneOn: measure.doneOn ?? null,
    meetingId: measure.meetingId ?? null,
    latestProgress: progress ? { ...progress, reportedAt: progress.reportedAt.toISOString() } : null,
  };
}

/** The light of a dated measure on `today`: done on time or late, or how near its due date is. */
export function measureLight(
  measure: {
    readonly dueOn?: string | null | undefined;
    readonly status: string;
    readonly doneOn?: string | null | undefined;
  },
  today: IsoDate,
  calendar: Calendar,
): string | null {
  if (!measure.dueOn || measure.status === 'withdrawn') return null;
  const light = trafficLight({ due: measure.dueOn, today, doneOn: measure.doneOn ?? null }, calendar);
  return light.ok ? light.value.level : null;
}
