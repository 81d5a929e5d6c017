import { z } from 'zod';
import {
  deadlineRuleSchema,
  keySchema,
  sourceSchema,
  textSchema,
  unitRefSchema,
} from './primitives.schema.ts';

/** A measure's deadline: the text as the charter writes it, and the rule it means when it states one. */
export const measureDeadlineSchema = z.strictObject({
  text: textSchema.max(200),
  rule: deadlineRuleSchema.optional(),
});

/** A measure (具体措施 ①②…). */
export const measureSchema = z.strictObject({
  /** Its marker in the charter (①). */
  no: textSchema.max(10),
  text: textSchema,
  deadline: measureDeadlineSchema.optional(),
  /** 牵头单位, when the charter distinguishes a lead. */
  leadUnits: z.array(unitRefSchema).default([]),
  /** 责任单位 as listed. */
  units: z.array(unitRefSchema).default([]),
});

/** A task (重点任务). */
export const taskSchema = z.strictObject({
  no: textSchema.max(10),
  title: textSchema,
  measures: z.array(measureSchema).default([]),
  /** Deadline and units stated for the task as a whole, when the charter gives them per task. */
  deadline: measureDeadlineSchema.optional(),
  leadUnits: z.array(unitRefSchema).default([]),
  units: z.array(unitRefSchema).default([]),
});

/** An area (一、重大改革推进方面). */
export const areaSchema = z.strictObject({
  no: textSchema.max(10),
  title: textSchema.max(200),
  tasks: z.array(taskSchema).min(1),
});

/** A year's key task list (重点工作任务清单) template. */
export const taskListTemplateSchema = z.strictObject({
  key: keySchema,
  title: textSchema.max(200),
  /** The year it was written for, when it is for one year. */
  year: z.number().int().min(2000).max(2100).optional(),
  theme: textSchema.max(200).optional(),
  areas: z.array(areaSchema).min(1),
  source: sourceSchema.optional(),
});

/** A validated task list template declaration. */
export type TaskListTemplateDeclaration = z.infer<typeof taskListTemplateSchema>;
