import pg from 'pg';
import { TENANT_SETTING } from '../db/tenant-owned.ts';
import type { MemberRole } from '../modules/tenancy/member.entity.ts';

/** The account behind a token, as the database has it now. */
export interface CallerAccount {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly tenantId: string | null;
  readonly isOperator: boolean;
  readonly allProvinces: boolean;
  readonly provinces: readonly string[];
  readonly isActive: boolean;
  /** The token's session (refresh-token family) has a token not revoked: no logout since. */
  readonly hasLiveSession: boolean;
}

/** The tenant a `/api/t/:tenant` request names, as raw columns (mapped to the entity by the caller). */
export type TenantColumns = Record<string, unknown> & { readonly id: string; readonly province_code: string };

export interface CallerMember {
  readonly role: MemberRole;
  readonly unitId: string;
  readonly isActive: boolean;
}

export interface CallerLookup {
  readonly account: CallerAccount | null;
  readonly tenant: TenantColumns | null;
  /** The caller's member row in that tenant, when the account belongs to it. */
  readonly member: CallerMember | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ACCOUNT_COLUMNS = `a.id, a.username, a.display_name, a.tenant_id, a.is_operator, a.all_provinces,
       a.operator_provinces, a.status,
       exists (select 1 from refresh_token r where r.family_id = $sid and r.revoked_at is null) as live`;

interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  tenant_id: string | null;
  is_operator: boolean;
  all_provinces: boolean;
  operator_provinces: string[];
  status: string;
  live: boolean;
  tenant: TenantColumns | null;
  member_role: MemberRole | null;
  member_unit_id: string | null;
  member_status: string | null;
}

/**
 * Everything authentication and the tenant check read on each request —
 * account status, a live session, the tenant by code and the caller's member
 * row — in one round trip to PostgreSQL, read fresh every time so a logout, a
 * disabled account or a changed role applies on the very next request.
 *
 * The member table is under row-level security, so the tenant setting must be
 * in force when it is read: the two statements go as one simple-protocol
 * message, which PostgreSQL runs as one implicit transaction, and the first
 * sets the transaction-local tenant for the second. Simple protocol has no
 * parameters, so values are inlined as escaped literals (ids must be UUIDs).
 * A pool of its own: the ORM's driver runs one statement per call.
 */
export class CallerLookupPool {
  private readonly pool: pg.Pool;

  constructor(url: string, max = 4) {
    this.pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
    // An idle connection dropped by the server (a restart) is replaced on the next query, not a crash.
    this.pool.on('error', () => {});
  }

  async lookup(accountId: string, sessionId: string, tenantCode?: string): Promise<CallerLookup> {
    if (!UUID.test(accountId) || !UUID.test(sessionId)) return { account: null, tenant: null, member: null };
    const account = ACCOUNT_COLUMNS.replace('$sid', pg.escapeLiteral(sessionId));
    if (tenantCode === undefined) {
      const result = await this.pool.query<AccountRow>(`select ${account} from account a where a.id = $1`, [
        accountId,
      ]);
      return { account: toAccount(result.rows[0]), tenant: null, member: null };
    }
    const code = pg.escapeLiteral(tenantCode);
    const text = `select set_config('${TENANT_SETTING}', coalesce((select id::text from tenant where code = ${code}), ''), true);
select ${account},
       (select to_jsonb(t) from tenant t where t.code = ${code}) as tenant,
       m.role as member_role, m.unit_id as member_unit_id, m.status as member_status
  from account a
  left join tenant mt on mt.code = ${code} and mt.id = a.tenant_id
  left join member m on m.tenant_id = mt.id and m.id = a.id
 where a.id = ${pg.escapeLiteral(accountId)}`;
    // Two statements in one message: pg returns one result per statement.
    const results = (await this.pool.query(text)) as unknown as pg.QueryResult<AccountRow>[];
    const row = results[1]?.rows[0];
    return {
      account: toAccount(row),
      tenant: row?.tenant ?? null,
      member:
        row?.member_role && row.member_unit_id
          ? { role: row.member_role, unitId: row.member_unit_id, isActive: row.member_status === 'active' }
          : null,
    };
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

function toAccount(row: AccountRow | undefined): CallerAccount | null {
  if (!row) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    tenantId: row.tenant_id,
    isOperator: row.is_operator,
    allProvinces: row.all_provinces,
    provinces: row.operator_provinces,
    isActive: row.status === 'active',
    hasLiveSession: row.live,
  };
}
