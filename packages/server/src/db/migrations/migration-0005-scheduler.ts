import { Migration } from '@mikro-orm/migrations';

/**
 * Calendar notices and local days, notifications and webhooks, obligation
 * instances and oversight grants. The app role may not delete any of them:
 * local days, endpoints and grants are retired by a timestamp or a status.
 * pg-boss keeps its own schema (`pgboss`), installed by pg-boss itself when the
 * job runner starts as the owner role (docs/adr/0004-job-runner.md).
 */
export class Migration0005Scheduler extends Migration {
  override name = 'Migration0005Scheduler';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "calendar_notice" ("year" int not null, "source" varchar(200) null, "notice" jsonb not null, "imported_at" timestamptz not null, "imported_by" uuid not null, "version" int not null default 1, primary key ("year"));`,
    );

    this.addSql(
      `create table "oversight_grant" ("id" uuid not null, "grantee_id" uuid not null, "target_id" uuid not null, "created_at" timestamptz not null, "created_by" uuid not null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "oversight_grant_grantee_id_target_id_index" on "oversight_grant" ("grantee_id", "target_id");`,
    );

    this.addSql(
      `create table "calendar_local_day" ("tenant_id" uuid not null, "id" uuid not null, "date" varchar(10) not null, "kind" varchar(10) not null, "name" varchar(100) not null, "created_at" timestamptz not null, "removed_at" timestamptz null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );

    this.addSql(
      `create table "obligation_instance" ("tenant_id" uuid not null, "id" uuid not null, "obligation_key" varchar(64) not null, "obligation_name" varchar(200) not null, "period_start" varchar(10) not null, "period_end" varchar(10) not null, "period_label" varchar(40) not null, "unit_id" uuid not null, "opens_on" varchar(10) not null, "due_date" varchar(10) null, "matter_id" uuid null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `alter table "obligation_instance" add constraint "obligation_instance_tenant_id_obligation_key_peri_292db_unique" unique ("tenant_id", "obligation_key", "period_start", "unit_id");`,
    );

    this.addSql(
      `create table "notification" ("tenant_id" uuid not null, "id" uuid not null, "member_id" uuid not null, "kind" varchar(40) not null, "title" varchar(200) not null, "body" text not null, "subject" jsonb not null, "dedupe_key" varchar(200) not null, "created_at" timestamptz not null, "read_at" timestamptz null, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `create index "notification_tenant_id_member_id_read_at_index" on "notification" ("tenant_id", "member_id", "read_at");`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_tenant_id_member_id_dedupe_key_unique" unique ("tenant_id", "member_id", "dedupe_key");`,
    );

    this.addSql(
      `create table "webhook_endpoint" ("tenant_id" uuid not null, "id" uuid not null, "url" varchar(500) not null, "secret" varchar(200) not null, "description" varchar(200) null, "status" varchar(20) not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );

    this.addSql(
      `create table "webhook_delivery" ("tenant_id" uuid not null, "id" uuid not null, "endpoint_id" uuid not null, "event" varchar(60) not null, "payload" jsonb not null, "dedupe_key" varchar(200) not null, "status" varchar(20) not null, "attempts" int not null, "next_attempt_at" timestamptz null, "last_status_code" int null, "last_error" varchar(500) null, "delivered_at" timestamptz null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `create index "webhook_delivery_tenant_id_status_next_attempt_at_index" on "webhook_delivery" ("tenant_id", "status", "next_attempt_at");`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_tenant_id_endpoint_id_dedupe_key_unique" unique ("tenant_id", "endpoint_id", "dedupe_key");`,
    );

    this.addSql(
      `alter table "oversight_grant" add constraint "oversight_grant_grantee_id_foreign" foreign key ("grantee_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "oversight_grant" add constraint "oversight_grant_target_id_foreign" foreign key ("target_id") references "tenant" ("id");`,
    );

    this.addSql(
      `alter table "calendar_local_day" add constraint "calendar_local_day_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(`alter table "calendar_local_day" enable row level security;`);
    this.addSql(`alter table "calendar_local_day" force row level security;`);
    this.addSql(
      `create policy "calendar_local_day_tenant_isolation" on "calendar_local_day" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "obligation_instance" add constraint "obligation_instance_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "obligation_instance" add constraint "obligation_instance_tenant_id_unit_id_foreign" foreign key ("tenant_id", "unit_id") references "unit" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "obligation_instance" enable row level security;`);
    this.addSql(`alter table "obligation_instance" force row level security;`);
    this.addSql(
      `create policy "obligation_instance_tenant_isolation" on "obligation_instance" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_tenant_id_member_id_foreign" foreign key ("tenant_id", "member_id") references "member" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "notification" enable row level security;`);
    this.addSql(`alter table "notification" force row level security;`);
    this.addSql(
      `create policy "notification_tenant_isolation" on "notification" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(`alter table "webhook_endpoint" enable row level security;`);
    this.addSql(`alter table "webhook_endpoint" force row level security;`);
    this.addSql(
      `create policy "webhook_endpoint_tenant_isolation" on "webhook_endpoint" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_tenant_id_endpoint_id_foreign" foreign key ("tenant_id", "endpoint_id") references "webhook_endpoint" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "webhook_delivery" enable row level security;`);
    this.addSql(`alter table "webhook_delivery" force row level security;`);
    this.addSql(
      `create policy "webhook_delivery_tenant_isolation" on "webhook_delivery" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      'grant select, insert, update on "calendar_notice", "oversight_grant", "calendar_local_day", "obligation_instance", "notification", "webhook_endpoint", "webhook_delivery" to liandong_app;',
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "calendar_notice" cascade;`);
    this.addSql(`drop table if exists "oversight_grant" cascade;`);
    this.addSql(`drop table if exists "calendar_local_day" cascade;`);
    this.addSql(`drop table if exists "obligation_instance" cascade;`);
    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }
}
