import { Migration } from '@mikro-orm/migrations';

/** Task lists (areas, tasks, measures, progress, inspections), meetings, agenda, attendance, calendar feeds. */
export class Migration0004TaskListsMeetings extends Migration {
  override name = 'Migration0004TaskListsMeetings';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "task_list" ("tenant_id" uuid not null, "id" uuid not null, "kind" varchar(20) not null, "year" int not null, "title" varchar(200) not null, "theme" varchar(200) null, "template_key" varchar(64) null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );

    this.addSql(
      `create table "task_area" ("tenant_id" uuid not null, "id" uuid not null, "task_list_id" uuid not null, "no" varchar(10) not null, "title" varchar(200) not null, "sort_order" int not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );

    this.addSql(
      `create table "task" ("tenant_id" uuid not null, "id" uuid not null, "area_id" uuid not null, "no" varchar(10) not null, "title" varchar(2000) not null, "sort_order" int not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );

    this.addSql(
      `create table "meeting" ("tenant_id" uuid not null, "id" uuid not null, "series_id" uuid not null, "kind" varchar(40) not null, "title" varchar(200) not null, "status" varchar(20) not null, "scheduled_on" varchar(10) null, "start_time" varchar(5) null, "duration_minutes" int null, "location" varchar(200) null, "period_label" varchar(40) null, "slot_key" varchar(120) null, "prepares_meeting_id" uuid null, "requested_by_unit_id" uuid null, "request_reason" text null, "minutes" text null, "minutes_recorded_at" timestamptz null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_tenant_id_slot_key_unique" unique ("tenant_id", "slot_key");`,
    );

    this.addSql(
      `create table "measure" ("tenant_id" uuid not null, "id" uuid not null, "task_id" uuid not null, "no" varchar(10) not null, "text" text not null, "deadline_text" varchar(200) null, "deadline_rule" jsonb null, "due_start" varchar(10) null, "due_on" varchar(10) null, "is_ongoing" boolean not null, "due_provisional" boolean not null, "due_explanation" jsonb null, "lead_unit_ids" text[] not null default '{}', "unit_ids" text[] not null default '{}', "status" varchar(20) not null, "done_on" varchar(10) null, "meeting_id" uuid null, "sort_order" int not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );

    this.addSql(
      `create table "measure_inspection" ("tenant_id" uuid not null, "id" uuid not null, "measure_id" uuid not null, "inspected_on" varchar(10) not null, "inspectors" varchar(200) null, "findings" text not null, "recorded_by" uuid null, "recorded_at" timestamptz not null, primary key ("tenant_id", "id"));`,
    );

    this.addSql(
      `create table "calendar_feed" ("tenant_id" uuid not null, "id" uuid not null, "unit_id" uuid null, "label" varchar(100) not null, "token_hash" varchar(64) not null, "created_by" uuid null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `alter table "calendar_feed" add constraint "calendar_feed_tenant_id_token_hash_unique" unique ("tenant_id", "token_hash");`,
    );

    this.addSql(
      `create table "meeting_attendance" ("tenant_id" uuid not null, "id" uuid not null, "meeting_id" uuid not null, "unit_id" uuid not null, "status" varchar(20) not null, "attendee_name" varchar(100) null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );

    this.addSql(
      `create table "measure_progress" ("tenant_id" uuid not null, "id" uuid not null, "measure_id" uuid not null, "unit_id" uuid not null, "text" text not null, "reported_by" uuid null, "reported_at" timestamptz not null, primary key ("tenant_id", "id"));`,
    );

    this.addSql(
      `create table "agenda_item" ("tenant_id" uuid not null, "id" uuid not null, "meeting_id" uuid not null, "unit_id" uuid not null, "title" varchar(200) not null, "description" text null, "status" varchar(20) not null, "proposed_by" uuid null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );

    this.addSql(
      `alter table "task_list" add constraint "task_list_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(`alter table "task_list" enable row level security;`);
    this.addSql(`alter table "task_list" force row level security;`);
    this.addSql(
      `create policy "task_list_tenant_isolation" on "task_list" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "task_area" add constraint "task_area_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "task_area" add constraint "task_area_tenant_id_task_list_id_foreign" foreign key ("tenant_id", "task_list_id") references "task_list" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "task_area" enable row level security;`);
    this.addSql(`alter table "task_area" force row level security;`);
    this.addSql(
      `create policy "task_area_tenant_isolation" on "task_area" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "task" add constraint "task_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "task" add constraint "task_tenant_id_area_id_foreign" foreign key ("tenant_id", "area_id") references "task_area" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "task" enable row level security;`);
    this.addSql(`alter table "task" force row level security;`);
    this.addSql(
      `create policy "task_tenant_isolation" on "task" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "meeting" add constraint "meeting_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_tenant_id_series_id_foreign" foreign key ("tenant_id", "series_id") references "meeting_series" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "meeting" enable row level security;`);
    this.addSql(`alter table "meeting" force row level security;`);
    this.addSql(
      `create policy "meeting_tenant_isolation" on "meeting" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "measure" add constraint "measure_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "measure" add constraint "measure_tenant_id_task_id_foreign" foreign key ("tenant_id", "task_id") references "task" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "measure" enable row level security;`);
    this.addSql(`alter table "measure" force row level security;`);
    this.addSql(
      `create policy "measure_tenant_isolation" on "measure" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "measure_inspection" add constraint "measure_inspection_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "measure_inspection" add constraint "measure_inspection_tenant_id_measure_id_foreign" foreign key ("tenant_id", "measure_id") references "measure" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "measure_inspection" enable row level security;`);
    this.addSql(`alter table "measure_inspection" force row level security;`);
    this.addSql(
      `create policy "measure_inspection_tenant_isolation" on "measure_inspection" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "calendar_feed" add constraint "calendar_feed_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(`alter table "calendar_feed" enable row level security;`);
    this.addSql(`alter table "calendar_feed" force row level security;`);
    this.addSql(
      `create policy "calendar_feed_tenant_isolation" on "calendar_feed" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "meeting_attendance" add constraint "meeting_attendance_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "meeting_attendance" add constraint "meeting_attendance_tenant_id_meeting_id_foreign" foreign key ("tenant_id", "meeting_id") references "meeting" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "meeting_attendance" add constraint "meeting_attendance_tenant_id_unit_id_foreign" foreign key ("tenant_id", "unit_id") references "unit" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "meeting_attendance" enable row level security;`);
    this.addSql(`alter table "meeting_attendance" force row level security;`);
    this.addSql(
      `create policy "meeting_attendance_tenant_isolation" on "meeting_attendance" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "measure_progress" add constraint "measure_progress_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "measure_progress" add constraint "measure_progress_tenant_id_measure_id_foreign" foreign key ("tenant_id", "measure_id") references "measure" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "measure_progress" add constraint "measure_progress_tenant_id_unit_id_foreign" foreign key ("tenant_id", "unit_id") references "unit" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "measure_progress" enable row level security;`);
    this.addSql(`alter table "measure_progress" force row level security;`);
    this.addSql(
      `create policy "measure_progress_tenant_isolation" on "measure_progress" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_tenant_id_meeting_id_foreign" foreign key ("tenant_id", "meeting_id") references "meeting" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_tenant_id_unit_id_foreign" foreign key ("tenant_id", "unit_id") references "unit" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "agenda_item" enable row level security;`);
    this.addSql(`alter table "agenda_item" force row level security;`);
    this.addSql(
      `create policy "agenda_item_tenant_isolation" on "agenda_item" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    // The app role never deletes: measures are withdrawn and meetings cancelled, not removed.
    this.addSql(
      'grant select, insert, update on "task_list", "task_area", "task", "measure", "measure_progress", "measure_inspection", "meeting", "agenda_item", "meeting_attendance", "calendar_feed" to liandong_app;',
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "task_area" drop constraint "task_area_tenant_id_task_list_id_foreign";`);
    this.addSql(`alter table "task" drop constraint "task_tenant_id_area_id_foreign";`);
    this.addSql(`alter table "measure" drop constraint "measure_tenant_id_task_id_foreign";`);
    this.addSql(
      `alter table "meeting_attendance" drop constraint "meeting_attendance_tenant_id_meeting_id_foreign";`,
    );
    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_tenant_id_meeting_id_foreign";`);
    this.addSql(
      `alter table "measure_inspection" drop constraint "measure_inspection_tenant_id_measure_id_foreign";`,
    );
    this.addSql(
      `alter table "measure_progress" drop constraint "measure_progress_tenant_id_measure_id_foreign";`,
    );

    this.addSql(`drop table if exists "task_list" cascade;`);
    this.addSql(`drop table if exists "task_area" cascade;`);
    this.addSql(`drop table if exists "task" cascade;`);
    this.addSql(`drop table if exists "meeting" cascade;`);
    this.addSql(`drop table if exists "measure" cascade;`);
    this.addSql(`drop table if exists "measure_inspection" cascade;`);
    this.addSql(`drop table if exists "calendar_feed" cascade;`);
    this.addSql(`drop table if exists "meeting_attendance" cascade;`);
    this.addSql(`drop table if exists "measure_progress" cascade;`);
    this.addSql(`drop table if exists "agenda_item" cascade;`);
  }
}
