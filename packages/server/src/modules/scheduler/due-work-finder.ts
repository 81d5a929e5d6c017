import { Routine } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The scheduler's one cross-tenant question, answered by the database in one
 * indexed query: which active tenants have something to do at `now` (its Asia/Shanghai day)
 * — alarms due, lights to look at, obligations that may open, webhooks to
 * retry — and how much. It returns tenant ids, codes and counts, never a
 * tenant's row. SECURITY DEFINER, owned by the NOLOGIN role `liandong_due_work`,
 * which may read only the tables named here (migration 0007); the app role may
 * only execute it. The alarm and light scans use the `(tenant_id, …)` indexes
 * by skip scan (PostgreSQL 18), as does the webhook one, so each costs about one
 * index descent per tenant.
 */
const FINDER_SQL = `create or replace function "due_work_tenants"(p_now timestamptz)
returns jsonb
language sql stable security definer set search_path = public, pg_temp as $$
  with today as (select (p_now at time zone 'Asia/Shanghai')::date as d),
  alarms as (
    select a.tenant_id, count(*)::int as n from matter_alarm a
     where a.status = 'pending' and a.fire_on <= (select d from today) group by a.tenant_id),
  lights as (
    select c.tenant_id, count(*)::int as n from matter_clock c
     where c.light_check_on <= (select d from today) group by c.tenant_id),
  webhooks as (
    select distinct w.tenant_id from webhook_delivery w
     where w.status = 'pending' and w.next_attempt_at <= p_now),
  notices as (select max(imported_at) as at from calendar_notice),
  marked as (
    select t.id, t.code, a.n as alarms, l.n as lights,
           (m.tenant_id is null or m.obligations_on is null or m.obligations_on <= (select d from today)
             or m.checked_on > (select d from today) or m.checked_at < (select at from notices)) as obligations,
           w.tenant_id is not null as webhooks
      from tenant t
      left join due_work_mark m on m.tenant_id = t.id
      left join webhooks w on w.tenant_id = t.id
      left join alarms a on a.tenant_id = t.id
      left join lights l on l.tenant_id = t.id
     where t.status = 'active')
  select coalesce(jsonb_agg(jsonb_build_object(
           'tenantId', id, 'code', code, 'alarms', coalesce(alarms, 0), 'lights', coalesce(lights, 0),
           'obligations', obligations, 'webhooks', webhooks) order by code), '[]'::jsonb)
    from marked
   where alarms is not null or lights is not null or obligations or webhooks
$$;`;

/** Declared so the schema diff knows the function; created, owned and granted by migration 0007 (a change needs a new migration). */
export const DueWorkTenants = new Routine({
  name: 'due_work_tenants',
  type: 'function',
  expression: FINDER_SQL,
  // One parameter: the day is the instant's Asia/Shanghai date, as the sweep reckons it (shanghaiDate).
  params: { p_now: { type: 'timestamptz' } },
  // One jsonb array: a function returning a table has no declaration the schema diff can compare.
  returns: { runtimeType: 'object', columnType: 'jsonb' },
});

/** A tenant with work, and which stages have any. */
export interface TenantWithWork {
  readonly tenantId: string;
  readonly code: string;
  readonly alarms: number;
  readonly lights: number;
  readonly obligations: boolean;
  readonly webhooks: boolean;
}

/** Runs the finder (any transaction of the app role; it needs no tenant). */
export async function tenantsWithWork(em: EntityManager, now: Date): Promise<TenantWithWork[]> {
  const rows = await em.execute<{ tenants: TenantWithWork[] }[]>(
    'select due_work_tenants(?::timestamptz) as tenants',
    [now],
  );
  return rows[0]?.tenants ?? [];
}
