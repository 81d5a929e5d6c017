import { Migration } from '@mikro-orm/migrations';

export class Migration0001Initial extends Migration {
  override name = 'Migration0001Initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "tenant" ("id" uuid not null, "code" varchar(40) not null, "name" varchar(100) not null, "division_code" varchar(6) not null, "level" varchar(20) not null, "province_code" varchar(2) not null, "province_name" varchar(50) not null, "parent_code" varchar(40) null, "plugin_id" varchar(40) not null, "plugin_version" varchar(40) not null, "status" varchar(20) not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "tenant" add constraint "tenant_code_unique" unique ("code");`);
    this.addSql(`create index "tenant_province_code_index" on "tenant" ("province_code");`);

    this.addSql(
      `create table "task_list_template" ("tenant_id" uuid not null, "id" uuid not null, "key" varchar(64) not null, "title" varchar(200) not null, "year" int null, "definition" jsonb not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `alter table "task_list_template" add constraint "task_list_template_tenant_id_key_unique" unique ("tenant_id", "key");`,
    );

    this.addSql(
      `create table "meeting_series" ("tenant_id" uuid not null, "id" uuid not null, "key" varchar(64) not null, "kind" varchar(40) not null, "name" varchar(100) not null, "definition" jsonb not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `alter table "meeting_series" add constraint "meeting_series_tenant_id_key_unique" unique ("tenant_id", "key");`,
    );

    this.addSql(
      `create table "body" ("tenant_id" uuid not null, "id" uuid not null, "key" varchar(64) not null, "kind" varchar(40) not null, "name" varchar(100) not null, "definition" jsonb not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );
    this.addSql(`alter table "body" add constraint "body_tenant_id_key_unique" unique ("tenant_id", "key");`);

    this.addSql(
      `create table "audit_event" ("tenant_id" uuid not null, "id" uuid not null, "occurred_at" timestamptz not null, "actor_id" uuid null, "actor_label" varchar(100) not null, "action" varchar(60) not null, "entity_type" varchar(60) not null, "entity_id" varchar(100) not null, "before" jsonb null, "after" jsonb null, "request_id" varchar(100) null, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `create index "audit_event_tenant_id_occurred_at_index" on "audit_event" ("tenant_id", "occurred_at");`,
    );
    this.addSql(
      `create index "audit_event_tenant_id_entity_type_entity_id_index" on "audit_event" ("tenant_id", "entity_type", "entity_id");`,
    );

    this.addSql(
      `create table "account" ("id" uuid not null, "username" varchar(64) not null, "password_hash" varchar(200) not null, "display_name" varchar(100) not null, "tenant_id" uuid null, "is_operator" boolean not null, "operator_provinces" text[] not null default '{}', "all_provinces" boolean not null, "failed_logins" int not null, "locked_until" timestamptz null, "status" varchar(20) not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "account" add constraint "account_username_unique" unique ("username");`);

    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "account_id" uuid not null, "family_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "refresh_token_family_id_index" on "refresh_token" ("family_id");`);
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "tenant_plugin_version" ("tenant_id" uuid not null, "id" uuid not null, "plugin_id" varchar(40) not null, "plugin_version" varchar(40) not null, "manifest" jsonb not null, "applied_at" timestamptz not null, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `alter table "tenant_plugin_version" add constraint "tenant_plugin_version_tenant_id_plugin_id_plugin_version_unique" unique ("tenant_id", "plugin_id", "plugin_version");`,
    );

    this.addSql(
      `create table "unit" ("tenant_id" uuid not null, "id" uuid not null, "key" varchar(64) not null, "name" varchar(100) not null, "aliases" text[] not null default '{}', "kind" varchar(40) not null, "is_member" boolean not null, "sectors" text[] not null default '{}', "roles" text[] not null default '{}', "liaison_slots" int not null, "sort_order" int not null, "status" varchar(20) not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );
    this.addSql(`alter table "unit" add constraint "unit_tenant_id_key_unique" unique ("tenant_id", "key");`);

    this.addSql(
      `create table "member" ("tenant_id" uuid not null, "id" uuid not null, "unit_id" uuid not null, "display_name" varchar(100) not null, "role" varchar(20) not null, "status" varchar(20) not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );

    this.addSql(
      `create table "liaison" ("tenant_id" uuid not null, "id" uuid not null, "unit_id" uuid not null, "slot" int not null, "person_name" varchar(100) null, "phone" varchar(40) null, "member_id" uuid null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`,
    );
    this.addSql(
      `alter table "liaison" add constraint "liaison_tenant_id_unit_id_slot_unique" unique ("tenant_id", "unit_id", "slot");`,
    );

    this.addSql(
      `alter table "task_list_template" add constraint "task_list_template_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(`alter table "task_list_template" enable row level security;`);
    this.addSql(`alter table "task_list_template" force row level security;`);
    this.addSql(
      `create policy "task_list_template_tenant_isolation" on "task_list_template" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "meeting_series" add constraint "meeting_series_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(`alter table "meeting_series" enable row level security;`);
    this.addSql(`alter table "meeting_series" force row level security;`);
    this.addSql(
      `create policy "meeting_series_tenant_isolation" on "meeting_series" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "body" add constraint "body_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(`alter table "body" enable row level security;`);
    this.addSql(`alter table "body" force row level security;`);
    this.addSql(
      `create policy "body_tenant_isolation" on "body" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "audit_event" add constraint "audit_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(`alter table "audit_event" enable row level security;`);
    this.addSql(`alter table "audit_event" force row level security;`);
    this.addSql(
      `create policy "audit_event_tenant_isolation" on "audit_event" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "account" add constraint "account_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_account_id_foreign" foreign key ("account_id") references "account" ("id");`,
    );

    this.addSql(
      `alter table "tenant_plugin_version" add constraint "tenant_plugin_version_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(`alter table "tenant_plugin_version" enable row level security;`);
    this.addSql(`alter table "tenant_plugin_version" force row level security;`);
    this.addSql(
      `create policy "tenant_plugin_version_tenant_isolation" on "tenant_plugin_version" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "unit" add constraint "unit_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(`alter table "unit" enable row level security;`);
    this.addSql(`alter table "unit" force row level security;`);
    this.addSql(
      `create policy "unit_tenant_isolation" on "unit" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "member" add constraint "member_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "member" add constraint "member_tenant_id_unit_id_foreign" foreign key ("tenant_id", "unit_id") references "unit" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "member" enable row level security;`);
    this.addSql(`alter table "member" force row level security;`);
    this.addSql(
      `create policy "member_tenant_isolation" on "member" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );

    this.addSql(
      `alter table "liaison" add constraint "liaison_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id");`,
    );
    this.addSql(
      `alter table "liaison" add constraint "liaison_tenant_id_unit_id_foreign" foreign key ("tenant_id", "unit_id") references "unit" ("tenant_id", "id") on update cascade;`,
    );
    this.addSql(`alter table "liaison" enable row level security;`);
    this.addSql(`alter table "liaison" force row level security;`);
    this.addSql(
      `create policy "liaison_tenant_isolation" on "liaison" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "task_list_template" drop constraint "task_list_template_tenant_id_foreign";`);
    this.addSql(`alter table "meeting_series" drop constraint "meeting_series_tenant_id_foreign";`);
    this.addSql(`alter table "body" drop constraint "body_tenant_id_foreign";`);
    this.addSql(`alter table "audit_event" drop constraint "audit_event_tenant_id_foreign";`);
    this.addSql(`alter table "account" drop constraint "account_tenant_id_foreign";`);
    this.addSql(
      `alter table "tenant_plugin_version" drop constraint "tenant_plugin_version_tenant_id_foreign";`,
    );
    this.addSql(`alter table "unit" drop constraint "unit_tenant_id_foreign";`);
    this.addSql(`alter table "member" drop constraint "member_tenant_id_foreign";`);
    this.addSql(`alter table "liaison" drop constraint "liaison_tenant_id_foreign";`);
    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_account_id_foreign";`);
    this.addSql(`alter table "member" drop constraint "member_tenant_id_unit_id_foreign";`);
    this.addSql(`alter table "liaison" drop constraint "liaison_tenant_id_unit_id_foreign";`);

    this.addSql(`drop table if exists "tenant" cascade;`);
    this.addSql(`drop table if exists "task_list_template" cascade;`);
    this.addSql(`drop table if exists "meeting_series" cascade;`);
    this.addSql(`drop table if exists "body" cascade;`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "account" cascade;`);
    this.addSql(`drop table if exists "refresh_token" cascade;`);
    this.addSql(`drop table if exists "tenant_plugin_version" cascade;`);
    this.addSql(`drop table if exists "unit" cascade;`);
    this.addSql(`drop table if exists "member" cascade;`);
    this.addSql(`drop table if exists "liaison" cascade;`);
  }
}
