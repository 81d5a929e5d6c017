import type { EntityManager } from '@mikro-orm/postgresql';
import { Member, type MemberRole } from '../tenancy/member.entity.ts';

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

  static async load(em: EntityManager): Promise<UnitMembers> {
    const members = await em.find(Member, { status: 'active' });
    return new UnitMembers(members.map((m) => ({ id: m.id, unitId: m.unit.id, role: m.role })));
  }

  ofUnits(unitIds: Iterable<string>): string[] {
    return [...new Set([...unitIds].flatMap((id) => this.byUnit.get(id) ?? []))];
  }

  linkageOffice(): string[] {
    return [...this.office];
  }
}
