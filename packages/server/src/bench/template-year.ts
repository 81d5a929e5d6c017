import type { LoadedPlugin } from '@liandong/sdk';
import type { ManualClock } from '../clock.ts';
import type { BenchApi } from './bench-api.ts';
import type { SeededRandom } from './seeded-random.ts';

/** What one template tenant holds per year, before cloning (the "about" figures). */
export const PER_YEAR = {
  matters: 120,
  meetings: 8,
  areas: 3,
  tasksPerArea: 5,
  measuresPerTask: 4,
  reportsPerMeasure: 2,
};

export interface TemplateUnit {
  readonly id: string;
  readonly key: string;
}

/** A step of the year, run in date order so every act sees the clock of its day. */
interface Step {
  readonly at: number;
  readonly order: number;
  readonly run: () => Promise<void>;
}

const DAY = 86_400_000;
// 10:00 Beijing time, so a step's day is the same in UTC and Asia/Shanghai.
const morning = (epochMs: number) => new Date(epochMs - (epochMs % DAY) + 2 * 3600_000);
const isoDay = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

/**
 * Fills one year of a template tenant through the API: the meeting schedule from the
 * plugin's cadences, a task list (the plugin's template, or 3 areas × 5 tasks × 4
 * measures) with progress reports, and 120 matters of the plugin's rules walked to
 * random states of core's workflow tables. Old unanswered matters end up overdue.
 */
export async function fillTemplateYear(input: {
  readonly api: BenchApi;
  readonly clock: ManualClock;
  readonly random: SeededRandom;
  readonly plugin: LoadedPlugin;
  readonly code: string;
  readonly units: readonly TemplateUnit[];
  readonly year: number;
  readonly until: Date;
}): Promise<{ matters: number; failures: number }> {
  const { api, clock, random, plugin, code, units, year } = input;
  const base = `/api/t/${code}`;
  const start = Date.UTC(year, 0, 5);
  const end = Math.min(Date.UTC(year, 11, 28), input.until.getTime() - DAY);
  const span = Math.max(DAY, end - start);
  const steps: Step[] = [];
  let order = 0;
  let failures = 0;
  const at = (epochMs: number, run: () => Promise<void>) => {
    steps.push({ at: Math.min(morning(epochMs).getTime(), morning(end).getTime()), order: order++, run });
  };

  clock.set(morning(start));
  const schedule = await api.ok('POST', `${base}/meetings/schedule`, { year });
  // The cadences give the regular meetings; topical ones fill the year up to eight.
  const series = plugin.manifest.meetingSeries;
  for (let k = schedule.created.length; k < PER_YEAR.meetings && series.length > 0; k++) {
    const month = String(2 + ((k * 3) % 10)).padStart(2, '0');
    const scheduledOn = `${year}-${month}-${String(10 + k).padStart(2, '0')}`;
    if (scheduledOn >= isoDay(end)) continue;
    const answer = await api.call('POST', `${base}/meetings`, {
      seriesKey: series[k % series.length]?.key,
      title: `专题会议 ${year}-${k + 1}`,
      scheduledOn,
      startTime: '09:30',
      location: '检察院会议室',
    });
    if (answer.status >= 300) failures += 1;
  }
  const list = await createTaskList(api, base, plugin, year, units, random);
  for (const [index, measure] of list.entries()) {
    for (let r = 0; r < PER_YEAR.reportsPerMeasure; r++) {
      const day = start + ((index * 7 + r * 120) % Math.floor(span / DAY)) * DAY;
      at(day, async () => {
        const answer = await api.call(
          'POST',
          `${base}/task-lists/${measure.listId}/measures/${measure.id}/progress`,
          {
            text: `第${r + 1}次进展：已按计划推进（${isoDay(day)}）`,
            ...(measure.unitId ? { unitId: measure.unitId } : {}),
          },
        );
        if (answer.status >= 300) failures += 1;
      });
    }
  }

  const rules = plugin.manifest.matterRules;
  for (let m = 0; m < PER_YEAR.matters && rules.length > 0; m++) {
    const rule = rules[m % rules.length];
    if (!rule) continue;
    const created = start + Math.floor((m / PER_YEAR.matters) * span);
    const isDraft = random.next() < 0.08;
    // How far along its workflow the matter gets: 0 leaves it sent, 4 usually closes it.
    const steps = random.int(5);
    at(created, async () => {
      const today = isoDay(clock.now().getTime());
      const answer = await api.call('POST', `${base}/matters`, {
        ruleKey: rule.key,
        title: `${rule.name} ${year}-${String(m + 1).padStart(3, '0')}`,
        summary: '基准测试生成的事项。',
        decidedOn: today,
        periodEnd: today,
        send: !isDraft,
      });
      if (answer.status >= 300) {
        failures += 1;
        return;
      }
      if (!isDraft) walk(answer.body, steps);
    });
  }

  // Each act is a step a few days after the previous one, scheduled when that one is done.
  const walk = (matter: { id: string; version: number; allowedActions: string[] }, left: number) => {
    const choices = matter.allowedActions.filter((action) => action !== 'withdraw' || random.next() < 0.1);
    if (left <= 0 || choices.length === 0) return;
    const action = random.pick(choices);
    const when = clock.now().getTime() + (1 + random.int(20)) * DAY;
    if (when > end) return;
    at(when, async () => {
      const answer = await api.call('POST', `${base}/matters/${matter.id}/actions/${action}`, {
        version: matter.version,
      });
      if (answer.status >= 300) {
        failures += 1;
        return;
      }
      walk(answer.body, left - 1);
    });
  };

  while (steps.length > 0) {
    steps.sort((a, b) => a.at - b.at || a.order - b.order);
    const step = steps.shift();
    if (!step) break;
    if (step.at > clock.now().getTime()) clock.set(new Date(step.at));
    await step.run();
  }
  return { matters: rules.length > 0 ? PER_YEAR.matters : 0, failures };
}

interface ListMeasure {
  readonly listId: string;
  readonly id: string;
  readonly unitId: string | undefined;
}

async function createTaskList(
  api: BenchApi,
  base: string,
  plugin: LoadedPlugin,
  year: number,
  units: readonly TemplateUnit[],
  random: SeededRandom,
): Promise<ListMeasure[]> {
  const templateKey = plugin.manifest.taskListTemplates[0]?.key;
  const list = await api.ok('POST', `${base}/task-lists`, {
    year,
    ...(templateKey ? { templateKey } : { title: `${year}年度府检联动重点工作任务清单` }),
  });
  // A template's tasks (or, without one, 3 areas × 5 tasks) filled up to 15 tasks of 4 measures.
  const before = await api.ok('GET', `${base}/task-lists/${list.id}`);
  const tasks: { id: string; measures: number }[] = before.areas.flatMap(
    (area: { tasks: { id: string; measures: unknown[] }[] }) =>
      area.tasks.map((task) => ({ id: task.id, measures: task.measures.length })),
  );
  const wanted = PER_YEAR.areas * PER_YEAR.tasksPerArea;
  for (let a = 0; tasks.length < wanted; a++) {
    const area = await api.ok('POST', `${base}/task-lists/${list.id}/areas`, {
      no: `${a + 1}`,
      title: `重点领域${a + 1}`,
    });
    for (let t = 0; t < PER_YEAR.tasksPerArea && tasks.length < wanted; t++) {
      const task = await api.ok('POST', `${base}/task-lists/${list.id}/areas/${area.id}/tasks`, {
        no: `${t + 1}`,
        title: `重点任务${a + 1}.${t + 1}`,
      });
      tasks.push({ id: task.id, measures: 0 });
    }
  }
  for (const [t, task] of tasks.slice(0, wanted).entries()) {
    for (let k = task.measures; k < PER_YEAR.measuresPerTask; k++) {
      const month = String(3 + ((t + k) % 10)).padStart(2, '0');
      await api.ok('POST', `${base}/task-lists/${list.id}/tasks/${task.id}/measures`, {
        no: '①②③④'[k] ?? `${k + 1}`,
        text: `工作措施${t + 1}.${k + 1}`,
        deadline: { dueOn: `${year}-${month}-28` },
        leadUnitIds: [random.pick(units).id],
        unitIds: [random.pick(units).id],
      });
    }
  }
  const detail = await api.ok('GET', `${base}/task-lists/${list.id}`);
  const measures: ListMeasure[] = [];
  for (const area of detail.areas) {
    for (const task of area.tasks) {
      for (const measure of task.measures) {
        measures.push({
          listId: list.id,
          id: measure.id,
          unitId: measure.leadUnitIds[0] ?? measure.unitIds[0],
        });
      }
    }
  }
  return measures;
}
