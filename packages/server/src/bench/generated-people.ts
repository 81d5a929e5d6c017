import { SeededRandom } from './seeded-random.ts';
import type { TemplateTenant } from './template-build.ts';
import type { UuidMask } from './uuid-mask.ts';

/** One generated tenant: a copy of a template tenant under its own code and id mask. */
export interface Clone {
  readonly index: number;
  readonly code: string;
  readonly template: TemplateTenant;
  readonly mask: UuidMask;
}

/** A value as a field of COPY text format. */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map((item) => `"${String(item)}"`).join(',')}}`;
  return String(value).replace(
    /[\\\t\n\r]/g,
    (char) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[char] ?? char,
  );
}

function line(columns: readonly string[], values: Record<string, unknown>): string {
  return columns
    .map((column) => {
      if (!(column in values)) throw new Error(`the generator has no value for column ${column}`);
      return copyField(values[column]);
    })
    .join('\t');
}

/** The id of generated user `k` of a clone: from the seed, the same on every run. */
export const userId = (seed: string, clone: Clone, k: number) =>
  new SeededRandom(`${seed}:user:${clone.index}:${k}`).uuid();

/**
 * The platform rows of each clone (its tenant row and accounts) and the members the
 * template does not have. The admin keeps the template admin's (masked) id, so the
 * cloned onboarding events and matters still point at them; every other user is
 * `<code>-u<k>` in a unit of the tenant, sharing one password hash.
 */
export function generatedPeople(
  options: { readonly seed: string; readonly usersPerTenant: number; readonly passwordHash: string },
  clones: readonly Clone[],
  columns: {
    tenantColumns: readonly string[];
    accountColumns: readonly string[];
    memberColumns: readonly string[];
  },
  templateTenantRows: readonly Record<string, unknown>[],
) {
  const createdAt = (row: Record<string, unknown>) => row.created_at as Date;
  const rowOf = (clone: Clone) => {
    const row = templateTenantRows.find((candidate) => candidate.id === clone.template.tenantId);
    if (!row) throw new Error(`template tenant ${clone.template.code} not found`);
    return row;
  };
  const account = (clone: Clone, id: string, username: string, displayName: string) =>
    line(columns.accountColumns, {
      id,
      username,
      password_hash: options.passwordHash,
      display_name: displayName,
      tenant_id: clone.mask.uuid(clone.template.tenantId),
      is_operator: false,
      operator_provinces: [],
      all_provinces: false,
      failed_logins: 0,
      locked_until: null,
      status: 'active',
      created_at: createdAt(rowOf(clone)),
    });
  return {
    *tenants(): Generator<string> {
      for (const clone of clones) {
        const row = rowOf(clone);
        yield `${line(columns.tenantColumns, {
          ...row,
          id: clone.mask.uuid(clone.template.tenantId),
          code: clone.code,
          name: `${String(row.name)}·基准${clone.index + 1}`,
          parent_code: null,
        })}\n`;
      }
    },
    *accounts(): Generator<string> {
      for (const clone of clones) {
        const lines = [
          account(clone, clone.mask.uuid(clone.template.adminId), `${clone.code}-admin`, '联动办管理员'),
        ];
        for (let k = 1; k < options.usersPerTenant; k++) {
          lines.push(account(clone, userId(options.seed, clone, k), `${clone.code}-u${k}`, `用户${k}`));
        }
        yield `${lines.join('\n')}\n`;
      }
    },
    *members(count: { count: number }): Generator<string> {
      for (const clone of clones) {
        const units = clone.template.units;
        const lines: string[] = [];
        for (let k = 1; k < options.usersPerTenant; k++) {
          const unit = units[(k - 1) % units.length];
          if (!unit) continue;
          // One liaison per unit first, then staff, with a leader every eighth.
          const role = k <= units.length ? 'liaison' : k % 8 === 0 ? 'leader' : 'staff';
          lines.push(
            line(columns.memberColumns, {
              tenant_id: clone.mask.uuid(clone.template.tenantId),
              id: userId(options.seed, clone, k),
              unit_id: clone.mask.uuid(unit.id),
              display_name: `用户${k}`,
              role,
              status: 'active',
              created_at: createdAt(rowOf(clone)),
              version: 1,
            }),
          );
        }
        count.count += lines.length;
        if (lines.length > 0) yield `${lines.join('\n')}\n`;
      }
    },
  };
}
