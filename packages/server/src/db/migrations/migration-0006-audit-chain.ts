import { Migration } from '@mikro-orm/migrations';

export class Migration0006AuditChain extends Migration {
  override name = 'Migration0006AuditChain';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "audit_event" add "seq" bigint null, add "prev_hash" varchar(64) null, add "hash" varchar(64) null;`,
    );
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_tenant_id_seq_unique" unique ("tenant_id", "seq");`,
    );
    this.addSql(`create or replace function "audit_event_chain_fn"() returns trigger as $$ begin declare last record;   begin
    perform pg_advisory_xact_lock(hashtextextended('audit:' || new.tenant_id::text, 0));     select a.seq, a.hash into last from audit_event a where a.tenant_id = new.tenant_id order by a.seq desc limit 1;     new.seq := coalesce(last.seq, 0) + 1;     new.prev_hash := coalesce(last.hash, '0000000000000000000000000000000000000000000000000000000000000000');     new.hash := encode(sha256(convert_to(concat_ws('|', new.prev_hash, new.seq::text, new.tenant_id::text, new.id::text,
  to_char(new.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  coalesce(new.actor_id::text, ''), new.actor_label, new.action, new.entity_type, new.entity_id,
  coalesce(new.before::text, ''), coalesce(new.after::text, ''), coalesce(new.request_id, '')), 'UTF8')), 'hex');     return new;   end; end; $$ language plpgsql;`);
    this.addSql(
      `create trigger "chain" BEFORE INSERT on "audit_event" for each ROW execute function "audit_event_chain_fn"();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "audit_event" drop constraint "audit_event_tenant_id_seq_unique";`);
    this.addSql(`drop trigger if exists "chain" on "audit_event";`);
    this.addSql(`drop function if exists "audit_event_chain_fn"();`);
    this.addSql(`alter table "audit_event" drop column "seq", drop column "prev_hash", drop column "hash";`);
  }
}
