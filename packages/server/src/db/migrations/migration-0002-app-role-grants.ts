import { Migration } from '@mikro-orm/migrations';

/**
 * What the application role may do. It owns nothing, so row-level security
 * binds every query it makes; the audit log and plugin snapshots are
 * append-only for it (no update, no delete); nothing is hard-deleted.
 */
export class Migration0002AppRoleGrants extends Migration {
  override name = 'Migration0002AppRoleGrants';

  override up(): void {
    this.addSql('grant usage on schema public to liandong_app;');
    this.addSql('grant select, insert, update on "tenant", "account" to liandong_app;');
    this.addSql('grant select, insert, update, delete on "refresh_token" to liandong_app;');
    this.addSql(
      'grant select, insert, update on "unit", "member", "liaison", "body", "meeting_series", "task_list_template" to liandong_app;',
    );
    this.addSql('grant select, insert on "audit_event", "tenant_plugin_version" to liandong_app;');
    this.addSql('grant select on "mikro_orm_migrations" to liandong_app;');
  }

  override down(): void {
    this.addSql('revoke all on all tables in schema public from liandong_app;');
    this.addSql('revoke usage on schema public from liandong_app;');
  }
}
