import type { Calendar, IsoDate } from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { isoUtcSql } from '../../db/iso-timestamp-sql.ts';
import { AppError } from '../../errors.ts';
import type { listDetailSchema } from './schemas.ts';
import { measureLight } from './task-list-dto.ts';

type ListDetail = z.infer<typeof listDetailSchema>;

/** A measure as `measureDtoSchema` shows it, light aside; `m` is the measure. */
const MEASURE_JSON = `json_build_object(
  'id', m.id, 'taskId', m.task_id, 'no', m.no, 'text', m.text,
  'deadline', json_build_object('text', m.deadline_text, 'rule', m.deadline_rule, 'dueOn', m.due_on,
    'isOngoing', m.is_ongoing, 'provisional', m.due_provisional, 'explanation', m.due_explanation),
  'leadUnitIds', m.lead_unit_ids, 'unitIds', m.unit_ids, 'status', m.status, 'doneOn', m.done_on,
  'meetingId', m.meeting_id,
  'latestProgress', (select json_build_object('text', r.text, 'unitId', r.unit_id,
      'reportedAt', ${isoUtcSql('r.reported_at')}, 'count', count(*) over ())
    from measure_progress r where r.tenant_id = m.tenant_id and r.measure_id = m.id
    order by r.reported_at desc, r.id desc limit 1))`;

/*
 * The whole tree in one statement, built as JSON by PostgreSQL: areas, tasks and
 * measures (withdrawn ones left out) in their order, each measure with its latest
 * progress report and how many there are. Hydrating the same rows as entities was
 * most of this read's CPU at national scale (docs/performance.md).
 */
const LIST_DETAIL = `select l.id, l.kind, l.year, l.title, l.theme, l.template_key as "templateKey",
  coalesce((select json_agg(json_build_object('id', a.id, 'no', a.no, 'title', a.title, 'tasks',
      coalesce((select json_agg(json_build_object('id', t.id, 'no', t.no, 'title', t.title, 'measures',
          coalesce((select json_agg(${MEASURE_JSON} order by m.sort_order, m.id)
            from measure m where m.tenant_id = t.tenant_id and m.task_id = t.id and m.status <> 'withdrawn'), '[]'))
          order by t.sort_order, t.id)
        from task t where t.tenant_id = a.tenant_id and t.area_id = a.id), '[]'))
      order by a.sort_order, a.id)
    from task_area a where a.tenant_id = l.tenant_id and a.task_list_id = l.id), '[]') as areas
  from task_list l where l.tenant_id = ? and l.id = ?`;

/**
 * A task list with its areas, tasks and measures, each measure with its latest
 * progress and its traffic light on `lights.today`. Not found when the tenant has
 * no such list. Call inside a tenant transaction.
 */
export async function readListDetail(
  em: EntityManager,
  tenantId: string,
  listId: string,
  lights: { today: IsoDate; calendar: Calendar },
): Promise<ListDetail> {
  const [detail] = await em.execute<ListDetail[]>(LIST_DETAIL, [tenantId, listId]);
  if (!detail) throw new AppError('NOT_FOUND');
  for (const area of detail.areas) {
    for (const task of area.tasks) {
      for (const measure of task.measures) {
        measure.light = measureLight(
          { dueOn: measure.deadline.dueOn, status: measure.status, doneOn: measure.doneOn },
          lights.today,
          lights.calendar,
        );
      }
    }
  }
  return detail;
}

/** What completion counts of a measure, with the area it sits in. */
export interface CountedMeasure {
  readonly areaId: string;
  readonly areaNo: string;
  readonly areaTitle: string;
  /** Null on the row of an area without measures. */
  readonly status: string | null;
  readonly dueOn: IsoDate | null;
  readonly isOngoing: boolean;
  readonly leadUnitIds: string[];
  readonly unitIds: string[];
  readonly hasProgress: boolean;
}

/** Every area of a list (in order), with one row per counted measure, or one empty row when it has none. */
export async function readCountedMeasures(
  em: EntityManager,
  tenantId: string,
  listId: string,
): Promise<CountedMeasure[]> {
  return em.execute<CountedMeasure[]>(
    `select a.id as "areaId", a.no as "areaNo", a.title as "areaTitle", m.status, m.due_on as "dueOn",
        coalesce(m.is_ongoing, false) as "isOngoing",
        coalesce(m.lead_unit_ids, '{}') as "leadUnitIds", coalesce(m.unit_ids, '{}') as "unitIds",
        m.id is not null and exists (select 1 from measure_progress r
          where r.tenant_id = m.tenant_id and r.measure_id = m.id) as "hasProgress"
       from task_area a
       left join task t on t.tenant_id = a.tenant_id and t.area_id = a.id
       left join measure m on m.tenant_id = t.tenant_id and m.task_id = t.id and m.status <> 'withdrawn'
      where a.tenant_id = ? and a.task_list_id = ?
      order by a.sort_order, a.id, t.sort_order, t.id, m.sort_order, m.id`,
    [tenantId, listId],
  );
}
