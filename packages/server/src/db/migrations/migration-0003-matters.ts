import { Migration } from '@mikro-orm/migrations';

/**
 * Matters (事项): the matter, its parties, clocks, deadline alarms, idempotency
 * keys, comments and attachments. The application role may read, insert and
 * update them; nothing is hard-deleted, so it gets no delete.
 */
export class Migration0003Matters extends Migration {
  override name = 'Migration0003Matters';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "matter_idempotency" ("tenant_id" uuid not null, "key" varchar(200) not null, "request_hash" varchar(64) not null, "matter_id" uuid not null, "created_at" timestamptz not null, primary key ("tenant_id", "key"));`,
    );
    this.addSql(
      `create table "matter" ("tenant_id" uuid not null, "id" uuid not null, "type" varchar(40) not null, "rule_key" varchar(130) not null, "rule_version" varchar(90) not null, "rule_snapshot" jsonb not null, "title" varchar(200) not null, "summary" text null, "state" varchar(20) not null, "is_urgent" boolean not null, "from_unit_id" uuid not null, "external_recipients" text[] not null default '{}', "parent_matter_id" uuid null, "root_matter_id" uuid not null, "escalation_step_key" varchar(64) null, "due_on" date null, "created_by" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `create index "matter_tenant_id_created_at_id_index" on "matter" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(`create index "matter_tenant_id_due_on_id_index" on "matter" ("tenant_id", "due_on", "id");`);
    this.addSql(
      `create index "matter_tenant_id_from_unit_id_index" on "matter" ("tenant_id", "from_unit_id");`,
    );
    this.addSql(`create index "matter_tenant_id_state_index" on "matter" ("tenant_id", "state");`);
    this.addSql(`create index "matter_tenant_id_type_index" on "matter" ("tenant_id", "type");`);
    this.addSql(
      `create index "matter_tenant_id_root_matter_id_index" on "matter" ("tenant_id", "root_matter_id");`,
    );
    this.addSql(
      `alter table "matter" add constraint "matter_tenant_id_parent_matter_id_escalation_step_key_unique" unique ("tenant_id", "parent_matter_id", "escalation_step_key");`,
    );
    this.addSql(
      `create table "matter_party" ("tenant_id" uuid not null, "id" uuid not null, "matter_id" uuid not null, "unit_id" uuid not null, "role" varchar(10) not null, "received_on" date null, "received_at" timestamptz null, "received_by" uuid null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `create index "matter_party_tenant_id_unit_id_index" on "matter_party" ("tenant_id", "unit_id");`,
    );
    this.addSql(
      `alter table "matter_party" add constraint "matter_party_tenant_id_matter_id_unit_id_unique" unique ("tenant_id", "matter_id", "unit_id");`,
    );
    this.addSql(
      `create table "matter_comment" ("tenant_id" uuid not null, "id" uuid not null, "matter_id" uuid not null, "author_id" uuid null, "author_unit_id" uuid null, "body" text not null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `create index "matter_comment_tenant_id_matter_id_created_at_index" on "matter_comment" ("tenant_id", "matter_id", "created_at");`,
    );
    this.addSql(
      `create table "matter_clock" ("tenant_id" uuid not null, "id" uuid not null, "matter_id" uuid not null, "key" varchar(64) not null, "name" varchar(100) not null, "owner" varchar(10) not null, "starts_on" varchar(20) not null, "rule" jsonb null, "rule_origin" jsonb not null, "rule_version" varchar(90) not null, "urgent" jsonb null, "events" jsonb not null, "status" varchar(20) not null, "started_on" date null, "due_on" date null, "stopped_on" date null, "outcome" varchar(10) null, "explanation" jsonb not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `create index "matter_clock_tenant_id_due_on_index" on "matter_clock" ("tenant_id", "due_on");`,
    );
    this.addSql(
      `alter table "matter_clock" add constraint "matter_clock_tenant_id_matter_id_key_unique" unique ("tenant_id", "matter_id", "key");`,
    );
    this.addSql(
      `create table "matter_attachment" ("tenant_id" uuid not null, "id" uuid not null, "matter_id" uuid not null, "file_name" varchar(200) not null, "content_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "content" bytea not null, "uploaded_by" uuid null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `create index "matter_attachment_tenant_id_matter_id_created_at_index" on "matter_attachment" ("tenant_id", "matter_id", "created_at");`,
    );
    this.addSql(
      `create table "matter_alarm" ("tenant_id" uuid not null, "id" uuid not null, "matter_id" uuid not null, "clock_id" uuid not null, "kind" varchar(20) not null, "step" int not null, "step_key" varchar(64) null, "fire_on" date not null, "status" varchar(20) not null, "fired_at" timestamptz null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `create index "matter_alarm_tenant_id_status_fire_on_index" on "matter_alarm" ("tenant_id", "status", "fire_on");`,
    );
    this.addSql(
      `create index "matter_alarm_tenant_id_fire_on_kind_index" on "matter_alarm" ("tenant_id", "fire_on", "kind");`,
    );
    this.addSql(
      `create index "matter_alarm_tenant_id_matter_id_index" on "matter_alarm" ("tenant_id", "matter_id");`,
    );
    this.addSql(
      `alter table "matter_idempotency" add constraint "matter_idempotency_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(`alter table "matter_idempotency" enable row level security;`);
    this.addSql(`alter table "matter_idempotency" force row level security;`);
    this.addSql(
      `create policy "matter_idempotency_tenant_isolation" on "matter_idempotency" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(
      `alter table "matter" add constraint "matter_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "matter" add constraint "matter_tenant_id_from_unit_id_foreign" foreign key ("tenant_id", "from_unit_id") references "unit" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "matter" enable row level security;`);
    this.addSql(`alter table "matter" force row level security;`);
    this.addSql(
      `create policy "matter_tenant_isolation" on "matter" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(
      `alter table "matter_party" add constraint "matter_party_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "matter_party" add constraint "matter_party_tenant_id_matter_id_foreign" foreign key ("tenant_id", "matter_id") references "matter" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "matter_party" add constraint "matter_party_tenant_id_unit_id_foreign" foreign key ("tenant_id", "unit_id") references "unit" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "matter_party" enable row level security;`);
    this.addSql(`alter table "matter_party" force row level security;`);
    this.addSql(
      `create policy "matter_party_tenant_isolation" on "matter_party" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(
      `alter table "matter_comment" add constraint "matter_comment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "matter_comment" add constraint "matter_comment_tenant_id_matter_id_foreign" foreign key ("tenant_id", "matter_id") references "matter" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "matter_comment" enable row level security;`);
    this.addSql(`alter table "matter_comment" force row level security;`);
    this.addSql(
      `create policy "matter_comment_tenant_isolation" on "matter_comment" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(
      `alter table "matter_clock" add constraint "matter_clock_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "matter_clock" add constraint "matter_clock_tenant_id_matter_id_foreign" foreign key ("tenant_id", "matter_id") references "matter" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "matter_clock" enable row level security;`);
    this.addSql(`alter table "matter_clock" force row level security;`);
    this.addSql(
      `create policy "matter_clock_tenant_isolation" on "matter_clock" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(
      `alter table "matter_attachment" add constraint "matter_attachment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "matter_attachment" add constraint "matter_attachment_tenant_id_matter_id_foreign" foreign key ("tenant_id", "matter_id") references "matter" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "matter_attachment" enable row level security;`);
    this.addSql(`alter table "matter_attachment" force row level security;`);
    this.addSql(
      `create policy "matter_attachment_tenant_isolation" on "matter_attachment" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(
      `alter table "matter_alarm" add constraint "matter_alarm_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "matter_alarm" add constraint "matter_alarm_tenant_id_matter_id_foreign" foreign key ("tenant_id", "matter_id") references "matter" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "matter_alarm" add constraint "matter_alarm_tenant_id_clock_id_foreign" foreign key ("tenant_id", "clock_id") references "matter_clock" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "matter_alarm" enable row level security;`);
    this.addSql(`alter table "matter_alarm" force row level security;`);
    this.addSql(
      `create policy "matter_alarm_tenant_isolation" on "matter_alarm" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(
      'grant select, insert, update on "matter", "matter_party", "matter_clock", "matter_alarm", "matter_idempotency", "matter_comment", "matter_attachment" to liandong_app;',
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      'revoke all on "matter", "matter_party", "matter_clock", "matter_alarm", "matter_idempotency", "matter_comment", "matter_attachment" from liandong_app;',
    );
    this.addSql(`alter table "matter_party" drop constraint "matter_party_tenant_id_matter_id_foreign";`);
    this.addSql(`alter table "matter_comment" drop constraint "matter_comment_tenant_id_matter_id_foreign";`);
    this.addSql(`alter table "matter_clock" drop constraint "matter_clock_tenant_id_matter_id_foreign";`);
    this.addSql(
      `alter table "matter_attachment" drop constraint "matter_attachment_tenant_id_matter_id_foreign";`,
    );
    this.addSql(`alter table "matter_alarm" drop constraint "matter_alarm_tenant_id_matter_id_foreign";`);
    this.addSql(`alter table "matter_alarm" drop constraint "matter_alarm_tenant_id_clock_id_foreign";`);
    this.addSql(`drop table if exists "matter_idempotency" cascade;`);
    this.addSql(`drop table if exists "matter" cascade;`);
    this.addSql(`drop table if exists "matter_party" cascade;`);
    this.addSql(`drop table if exists "matter_comment" cascade;`);
    this.addSql(`drop table if exists "matter_clock" cascade;`);
    this.addSql(`drop table if exists "matter_attachment" cascade;`);
    this.addSql(`drop table if exists "matter_alarm" cascade;`);
  }
}
