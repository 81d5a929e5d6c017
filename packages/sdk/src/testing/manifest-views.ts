import type { TaskListTemplateDeclaration } from '../manifest/task-list.schema.ts';
import type { UnitDeclaration } from '../manifest/unit.schema.ts';

type Area = TaskListTemplateDeclaration['areas'][number];
type Task = Area['tasks'][number];
type Measure = Task['measures'][number];

/** A task with the area it sits in, so a test can say "the 安全生产 area has 3 tasks". */
export interface FlatTask extends Task {
  readonly area: { readonly no: string; readonly title: string };
}

/** A measure with its area and task. */
export interface FlatMeasure extends Measure {
  readonly area: { readonly no: string; readonly title: string };
  readonly task: { readonly no: string; readonly title: string };
}

/** A task list template, flattened for assertions. */
export interface FlatTaskList {
  readonly template: TaskListTemplateDeclaration;
  readonly tasks: readonly FlatTask[];
  readonly measures: readonly FlatMeasure[];
}

/** Flattens a template's areas → tasks → measures, keeping where each came from. */
export function flattenTaskList(template: TaskListTemplateDeclaration): FlatTaskList {
  const tasks: FlatTask[] = [];
  const measures: FlatMeasure[] = [];
  for (const area of template.areas) {
    const where = { no: area.no, title: area.title };
    for (const task of area.tasks) {
      tasks.push({ ...task, area: where });
      for (const measure of task.measures) {
        measures.push({ ...measure, area: where, task: { no: task.no, title: task.title } });
      }
    }
  }
  return { template, tasks, measures };
}

/**
 * Finds a unit by the name a charter uses (its name or an alias) or by key, so
 * tests can quote the charter. Throws, listing the names known, when none matches.
 */
export function findUnit(units: readonly UnitDeclaration[], nameOrKey: string): UnitDeclaration {
  const found =
    units.find((u) => u.name === nameOrKey || u.aliases.includes(nameOrKey)) ??
    units.find((u) => u.key === nameOrKey);
  if (found) return found;
  throw new Error(
    `no unit named "${nameOrKey}"; units: ${units.map((u) => `${u.name} (${u.key})`).join(', ')}`,
  );
}
