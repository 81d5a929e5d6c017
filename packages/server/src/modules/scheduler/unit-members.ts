import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberRole } from '../tenancy/member.entity.ts';

/** Roles that act on matters and obligations; leaders read and are not chased. */
const ACTING_ROLES: readonly MemberRole[] = ['tenant_admin', 'liaison', 'staff'];

/** Who to tell about a unit's duty, and who the linkage office is, read once per sweep. */
export class UnitMembers {
  private readonly byUnit = new Map<string, string[]>();
  private readonly office: string[] = [];

  private constructor(members: readonly { id: string; unitId: string; role: MemberRole }[]) {
    for (const member of members) {
      if (!ACTING_ROLES.includes(member.role)) continue;
      const list = this.byUnit.get(member.unitId) ?? [];
      list.push(member.id);
      this.byUnit.set(member.unitId, list);
      if (member.role === 'tenant_admin') this.office.push(member.id);
    }
  }

  /** Reads the tenant's active members; a sweep wants three columns of each, not entities. */
  static async load(em: EntityManager, tenantId: string): Promise<UnitMembers> {
    return new UnitMembers(
      await em.execute<{ id: string; unitId: string; role: MemberRole }[]>(
        `select id, unit_id as "unitId", role from member where tenant_id = ? and status = 'active'`,
        [tenantId],
      ),
    );
  }

  ofUnits(unitIds: Iterable<string>): string[] {
    return [...new Set([...unitIds].flatMap((id) => this.byUnit.get(id) ?? []))];
  }

  linkageOffice(): string[] {
    return [...this.office];
  }
}
