import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.ts';
import { Unit, type UnitRow } from '../tenancy/unit.entity.ts';

/** The words a sheet uses for "every member unit" (各成员单位), which the annex writes instead of 28 names. */
export const ALL_MEMBER_UNITS_TEXT = '各成员单位';

/** A tenant's units, looked up by id, key, name or alias. */
export interface UnitDirectory {
  readonly units: readonly UnitRow[];
  byId(id: string): UnitRow | undefined;
  byKey(key: string): UnitRow | undefined;
  byName(name: string): UnitRow | undefined;
  /** Active member units, in the charter's order: what 各成员单位 means. */
  memberIds(): string[];
}

export async function unitDirectory(em: EntityManager): Promise<UnitDirectory> {
  const units = await em.find(Unit, {}, { orderBy: { sortOrder: 'asc' } });
  const ids = new Map(units.map((unit) => [unit.id, unit]));
  const keys = new Map(units.map((unit) => [unit.key, unit]));
  const names = new Map<string, UnitRow>();
  for (const unit of units) {
    for (const alias of unit.aliases) if (!names.has(normalise(alias))) names.set(normalise(alias), unit);
  }
  // Official names win over aliases that happen to coincide with another unit's name.
  for (const unit of units) names.set(normalise(unit.name), unit);
  return {
    units,
    byId: (id) => ids.get(id),
    byKey: (key) => keys.get(key),
    byName: (name) => names.get(normalise(name)),
    memberIds: () => units.filter((unit) => unit.isMember && unit.status === 'active').map((unit) => unit.id),
  };
}

// Sheets mix full- and half-width quotes and stray spaces; a name should match regardless.
function normalise(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(/[“”"]/g, '"');
}

/** Refuses ids that are not units of the tenant (another tenant's ids included). */
export function checkUnitIds(directory: UnitDirectory, ids: readonly string[], field: string): string[] {
  const unknown = ids.filter((id) => directory.byId(id) === undefined);
  if (unknown.length > 0) {
    throw new AppError('TASK_UNIT_UNKNOWN', {
      fields: unknown.map((id) => ({ path: field, message: `unknown unit ${id}` })),
    });
  }
  return [...new Set(ids)];
}

/** The text of a responsible-unit cell: 各成员单位 when it is exactly every member unit. */
export function unitNamesText(directory: UnitDirectory, ids: readonly string[]): string {
  const members = directory.memberIds();
  if (members.length > 0 && ids.length === members.length && members.every((id) => ids.includes(id))) {
    return ALL_MEMBER_UNITS_TEXT;
  }
  return ids.map((id) => directory.byId(id)?.name ?? id).join('、');
}
