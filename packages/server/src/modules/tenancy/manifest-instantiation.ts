import { randomUUID } from 'node:crypto';
import type { Manifest } from '@liandong/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Liaison } from './liaison.entity.ts';
import { Body, MeetingSeries, TaskListTemplate, TenantPluginVersion } from './mechanism.entity.ts';
import { Unit } from './unit.entity.ts';

export interface InstantiationCounts {
  readonly units: number;
  readonly liaisonSlots: number;
  readonly bodies: number;
  readonly meetingSeries: number;
  readonly taskListTemplates: number;
}

/**
 * Turns a plugin manifest into a tenant's own rows: units with their liaison
 * slots, bodies, meeting series, task-list templates, and the manifest snapshot
 * whose rules clocks will keep. Returns the unit ids by manifest key.
 */
export function instantiateManifest(
  em: EntityManager,
  tenantId: string,
  manifest: Manifest,
  at: Date,
): { unitIds: ReadonlyMap<string, string>; counts: InstantiationCounts } {
  const unitIds = new Map<string, string>();
  let liaisonSlots = 0;
  manifest.units.forEach((unit, index) => {
    const id = randomUUID();
    unitIds.set(unit.key, id);
    em.create(Unit, {
      tenant: tenantId,
      id,
      key: unit.key,
      name: unit.name,
      aliases: unit.aliases,
      kind: unit.kind,
      isMember: unit.isMember,
      sectors: unit.sectors,
      roles: unit.roles,
      liaisonSlots: unit.liaisons,
      sortOrder: index,
      status: 'active',
      createdAt: at,
    });
    for (let slot = 1; slot <= unit.liaisons; slot += 1) {
      liaisonSlots += 1;
      em.create(Liaison, {
        tenant: tenantId,
        id: randomUUID(),
        unit: [tenantId, id],
        slot,
        personName: null,
        phone: null,
        memberId: null,
        createdAt: at,
      });
    }
  });
  for (const body of manifest.bodies) {
    em.create(Body, {
      tenant: tenantId,
      id: randomUUID(),
      key: body.key,
      kind: body.kind,
      name: body.name,
      definition: { ...body },
      createdAt: at,
    });
  }
  for (const series of manifest.meetingSeries) {
    em.create(MeetingSeries, {
      tenant: tenantId,
      id: randomUUID(),
      key: series.key,
      kind: series.kind,
      name: series.name,
      definition: { ...series },
      createdAt: at,
    });
  }
  for (const template of manifest.taskListTemplates) {
    em.create(TaskListTemplate, {
      tenant: tenantId,
      id: randomUUID(),
      key: template.key,
      title: template.title,
      year: template.year ?? null,
      definition: { ...template },
      createdAt: at,
    });
  }
  em.create(TenantPluginVersion, {
    tenant: tenantId,
    id: randomUUID(),
    pluginId: manifest.id,
    pluginVersion: manifest.version,
    manifest: { ...manifest },
    appliedAt: at,
  });
  return {
    unitIds,
    counts: {
      units: manifest.units.length,
      liaisonSlots,
      bodies: manifest.bodies.length,
      meetingSeries: manifest.meetingSeries.length,
      taskListTemplates: manifest.taskListTemplates.length,
    },
  };
}

/** The unit the linkage office sits in: where the first tenant admin belongs. */
export function officeUnitKey(manifest: Manifest): string {
  for (const body of manifest.bodies) {
    if (body.kind === 'office') return body.hostUnit;
  }
  const procuratorate = manifest.units.find((unit) => unit.kind === 'procuratorate');
  return (procuratorate ?? manifest.units[0]!).key;
}
