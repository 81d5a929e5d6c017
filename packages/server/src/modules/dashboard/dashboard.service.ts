import { epochDayFromIso, type IsoDate, isoFromEpochDay } from '@liandong/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Meeting } from '../meetings/meeting.entity.ts';
import { yearCompletion } from '../task-lists/completion.service.ts';
import type { TenantRow } from '../tenancy/tenant.entity.ts';
import { Unit } from '../tenancy/unit.entity.ts';
import type { TenantDashboard } from './dashboard.schemas.ts';

const DUE_SOON_DAYS = 7;
const LIST_LIMIT = 20;

interface DeadlineRow {
  matter_id: string;
  title: string;
  type: string;
  clock: string;
  due_on: string;
  owing: string[] | null;
}

// The unit that owes a clock: the recipients for their answer, the sender for its own duty.
const DEADLINES_SQL = `
  select m.id as matter_id, m.title, m.type, c.name as clock, to_char(c.due_on, 'YYYY-MM-DD') as due_on,
         case when c.owner = 'recipient'
              then (select array_agg(p.unit_id) from matter_party p where p.matter_id = m.id and p.role = 'to')
              else array[m.from_unit_id] end as owing
    from matter_clock c join matter m on m.tenant_id = c.tenant_id and m.id = c.matter_id
   where c.status = 'running' and c.due_on >= ? and c.due_on <= ?
   order by c.due_on, m.created_at limit ${LIST_LIMIT}`;

function deadlineItem(row: DeadlineRow) {
  return {
    matterId: row.matter_id,
    title: row.title,
    type: row.type,
    clock: row.clock,
    dueOn: row.due_on,
    owingUnitIds: row.owing ?? [],
  };
}

/**
 * A tenant's dashboard, read inside `inTenant` for that tenant: matters by
 * type and state, overdue and due-soon deadlines, the on-time reply rate
 * (按期回复率) per recipient unit, the year's task-list completion (from the
 * task-lists module), upcoming meetings and this month's obligations.
 */
export async function tenantDashboard(
  em: EntityManager,
  tenant: TenantRow,
  today: IsoDate,
): Promise<TenantDashboard> {
  const byTypeAndState = await em.execute<{ type: string; state: string; count: string }[]>(
    'select type, state, count(*) as count from matter group by type, state order by type, state',
  );
  const closedStates = new Set(['closed', 'withdrawn', 'draft']);
  const open = byTypeAndState
    .filter((row) => !closedStates.has(row.state))
    .reduce((sum, row) => sum + Number(row.count), 0);
  const yesterday = isoFromEpochDay(epochDayFromIso(today) - 1);
  const soon = isoFromEpochDay(epochDayFromIso(today) + DUE_SOON_DAYS);
  const overdue = await em.execute<DeadlineRow[]>(DEADLINES_SQL, ['2004-01-01', yesterday]);
  const dueSoon = await em.execute<DeadlineRow[]>(DEADLINES_SQL, [today, soon]);
  // Every reply a unit owed that has come due: answered on time, answered late, or still open past its date.
  const replies = await em.execute<
    { unit_id: string; on_time: string; late: string; overdue_open: string }[]
  >(
    `select p.unit_id,
            count(*) filter (where c.status = 'stopped' and c.outcome = 'onTime') as on_time,
            count(*) filter (where c.status = 'stopped' and c.outcome = 'late') as late,
            count(*) filter (where c.status in ('running', 'suspended') and c.due_on < ?) as overdue_open
       from matter_clock c
       join matter_party p on p.tenant_id = c.tenant_id and p.matter_id = c.matter_id and p.role = 'to'
      where c.owner = 'recipient'
      group by p.unit_id`,
    [today],
  );
  const units = new Map((await em.find(Unit, {})).map((unit) => [unit.id, unit.name]));
  const year = Number(today.slice(0, 4));
  const lists = await yearCompletion(em, year, today);
  const meetings = await em.find(
    Meeting,
    { scheduledOn: { $gte: today }, status: { $in: ['scheduled', 'requested'] } },
    { orderBy: { scheduledOn: 'asc' }, limit: LIST_LIMIT },
  );
  const month = today.slice(0, 7);
  const obligations = await em.execute<{ opened: string; with_matter: string }[]>(
    `select count(*) as opened, count(matter_id) as with_matter from obligation_instance where opens_on like ?`,
    [`${month}-%`],
  );
  const pick = ({
    total,
    done,
    overdue: late,
    open: pending,
    rate,
  }: TenantDashboard['taskLists'][number]['totals']) => ({
    total,
    done,
    overdue: late,
    open: pending,
    rate,
  });
  return {
    tenant: { code: tenant.code, name: tenant.name, provinceCode: tenant.provinceCode },
    today,
    matters: {
      byTypeAndState: byTypeAndState.map((row) => ({
        type: row.type,
        state: row.state,
        count: Number(row.count),
      })),
      open,
      overdue: overdue.map(deadlineItem),
      dueSoon: dueSoon.map(deadlineItem),
    },
    onTimeReplies: replies.map((row) => {
      const onTime = Number(row.on_time);
      const late = Number(row.late);
      const overdueOpen = Number(row.overdue_open);
      const due = onTime + late + overdueOpen;
      return {
        unitId: row.unit_id,
        unitName: units.get(row.unit_id) ?? '',
        onTime,
        late,
        overdueOpen,
        rate: due === 0 ? null : onTime / due,
      };
    }),
    taskLists: lists.map((list) => ({
      listId: list.listId,
      title: list.title,
      year: list.year,
      totals: pick(list.totals),
      areas: list.areas.map((area) => ({
        ...pick(area),
        areaId: area.areaId,
        no: area.no,
        title: area.title,
      })),
      units: list.units.map((unit) => ({ ...pick(unit), unitId: unit.unitId })),
    })),
    upcomingMeetings: meetings.map((meeting) => ({
      id: meeting.id,
      title: meeting.title,
      kind: meeting.kind,
      scheduledOn: meeting.scheduledOn ?? today,
      status: meeting.status,
    })),
    obligations: {
      openedThisMonth: Number(obligations[0]?.opened ?? 0),
      withMatter: Number(obligations[0]?.with_matter ?? 0),
    },
  };
}
