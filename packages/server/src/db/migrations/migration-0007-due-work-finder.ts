import { Migration } from '@mikro-orm/migrations';

/**
 * Lets the scheduler find, in one query, the tenants with work today instead
 * of visiting every tenant on every sweep (docs/performance.md, ADR 0004):
 *
 * - `matter_clock.light_check_on`: the next day a clock's traffic light may
 *   change, armed by a trigger from `due_on` and moved on by the light sweep;
 * - `due_work_mark`: per tenant, the next day an obligation may open (cleared by
 *   triggers on units and plugin snapshots, the only inputs of that date besides the day);
 * - `due_work_tenants(now)`: a SECURITY DEFINER function that returns
 *   tenant ids and counts only. It belongs to a NOLOGIN role that may read just
 *   the tables it needs: the tables force row-level security, which binds their
 *   owner as well, and a select-all policy for the owner role would also open
 *   them to everything that runs as the owner (pg-boss, tenant export).
 */
export class Migration0007DueWorkFinder extends Migration {
  override name = 'Migration0007DueWorkFinder';

  override up(): void | Promise<void> {
    // Roles are cluster-wide: another database of the cluster may have created it already.
    this.addSql(`do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'liandong_due_work') then
    create role liandong_due_work nologin;
  end if;
end $$;`);
    // Handing the function to it (ALTER … OWNER) needs SET on the role and, for that moment, CREATE on the schema.
    this.addSql('grant liandong_due_work to current_user;');
    this.addSql('grant usage on schema public to liandong_due_work;');

    this.addSql(
      `create table "due_work_mark" ("tenant_id" uuid not null, "obligations_on" date null, "checked_on" date null, "checked_at" timestamptz null, primary key ("tenant_id"));`,
    );
    this.addSql(
      `alter table "due_work_mark" add constraint "due_work_mark_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "due_work_mark" enable row level security;`);
    this.addSql(`alter table "due_work_mark" force row level security;`);
    this.addSql(
      `create policy "due_work_mark_tenant_isolation" on "due_work_mark" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(
      `create policy "due_work_mark_due_work_finder" on "due_work_mark" for select to "liandong_due_work" using (true);`,
    );
    this.addSql('grant select, insert, update on "due_work_mark" to liandong_app;');

    this.addSql(`alter table "matter_clock" add "light_check_on" date null;`);
    // Every running clock is looked at once by the next sweep, which then sets its exact next change.
    this.addSql(
      `update "matter_clock" set "light_check_on" = "due_on" - 45 where "status" = 'running' and "due_on" is not null;`,
    );
    this.addSql(
      `create index "matter_clock_tenant_id_light_check_on_index" on "matter_clock" ("tenant_id", "light_check_on");`,
    );
    this.addSql(`create or replace function "matter_clock_light_arm_fn"() returns trigger as $$ begin if tg_op = 'INSERT' or new.due_on is distinct from old.due_on or new.status is distinct from old.status then
      new.light_check_on := case when new.status = 'running' and new.due_on is not null then new.due_on - 45 end;     end if;     return new; end; $$ language plpgsql;`);
    this.addSql(
      `create trigger "light_arm" BEFORE INSERT OR UPDATE on "matter_clock" for each ROW execute function "matter_clock_light_arm_fn"();`,
    );
    this.addSql(
      `create policy "matter_clock_due_work_finder" on "matter_clock" for select to "liandong_due_work" using (true);`,
    );
    this.addSql(
      `create policy "matter_alarm_due_work_finder" on "matter_alarm" for select to "liandong_due_work" using (true);`,
    );
    this.addSql(
      `create policy "webhook_delivery_due_work_finder" on "webhook_delivery" for select to "liandong_due_work" using (true);`,
    );
    this.addSql(
      `create or replace function "tenant_plugin_version_due_work_obligations_fn"() returns trigger as $$ begin update due_work_mark set obligations_on = null where tenant_id = new.tenant_id;     return null; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "due_work_obligations" AFTER INSERT OR UPDATE on "tenant_plugin_version" for each ROW execute function "tenant_plugin_version_due_work_obligations_fn"();`,
    );
    this.addSql(
      `create or replace function "unit_due_work_obligations_fn"() returns trigger as $$ begin update due_work_mark set obligations_on = null where tenant_id = new.tenant_id;     return null; end; $$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "due_work_obligations" AFTER INSERT OR UPDATE on "unit" for each ROW execute function "unit_due_work_obligations_fn"();`,
    );

    this.addSql(
      'grant select on "matter_clock", "matter_alarm", "webhook_delivery", "due_work_mark", "tenant", "calendar_notice" to liandong_due_work;',
    );
    // The same text as the routine declared in modules/scheduler/due-work-finder.ts; a later change needs a migration.
    this.addSql(`create or replace function "due_work_tenants"(p_now timestamptz)
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
$$;`);
    this.addSql('grant create on schema public to liandong_due_work;');
    this.addSql('alter function "due_work_tenants"(timestamptz) owner to liandong_due_work;');
    this.addSql('revoke create on schema public from liandong_due_work;');
    this.addSql('revoke all on function "due_work_tenants"(timestamptz) from public;');
    this.addSql('grant execute on function "due_work_tenants"(timestamptz) to liandong_app;');
  }

  override down(): void | Promise<void> {
    this.addSql('drop function if exists "due_work_tenants"(timestamptz);');
    this.addSql('drop trigger if exists "due_work_obligations" on "unit";');
    this.addSql('drop function if exists "unit_due_work_obligations_fn"();');
    this.addSql('drop trigger if exists "due_work_obligations" on "tenant_plugin_version";');
    this.addSql('drop function if exists "tenant_plugin_version_due_work_obligations_fn"();');
    this.addSql('drop policy if exists "matter_alarm_due_work_finder" on "matter_alarm";');
    this.addSql('drop policy if exists "matter_clock_due_work_finder" on "matter_clock";');
    this.addSql('drop policy if exists "webhook_delivery_due_work_finder" on "webhook_delivery";');
    this.addSql('drop trigger if exists "light_arm" on "matter_clock";');
    this.addSql('drop function if exists "matter_clock_light_arm_fn"();');
    this.addSql('drop index if exists "matter_clock_tenant_id_light_check_on_index";');
    this.addSql('alter table "matter_clock" drop column "light_check_on";');
    this.addSql('drop table if exists "due_work_mark" cascade;');
    this.addSql(
      'revoke all on "tenant", "calendar_notice", "webhook_delivery", "matter_alarm", "matter_clock" from liandong_due_work;',
    );
    this.addSql('revoke usage on schema public from liandong_due_work;');
  }
}
