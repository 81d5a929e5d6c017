import { randomUUID } from 'node:crypto';
import {
  compareVersions,
  diffManifests,
  type Manifest,
  type ManifestDiff,
  manifestSchema,
  parseVersion,
} from '@liandong/sdk';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.ts';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import { type Actor, recordAudit } from '../audit/audit.ts';
import type { PluginRegistry } from '../plugins/plugin-registry.ts';
import { Liaison } from '../tenancy/liaison.entity.ts';
import { Body, MeetingSeries, TaskListTemplate, TenantPluginVersion } from '../tenancy/mechanism.entity.ts';
import { Tenant, type TenantRow } from '../tenancy/tenant.entity.ts';
import { Unit } from '../tenancy/unit.entity.ts';

export interface UpgradeDeps {
  readonly orm: MikroORM;
  readonly plugins: PluginRegistry;
  readonly clock: Clock;
}

export interface UpgradePlan {
  readonly tenant: TenantRow;
  readonly diff: ManifestDiff;
  readonly target: Manifest;
}

/** The manifest a tenant runs on now: its latest snapshot. */
export async function currentManifest(em: EntityManager): Promise<Manifest> {
  const [latest] = await em.find(TenantPluginVersion, {}, { orderBy: { appliedAt: 'desc' }, limit: 1 });
  if (!latest) throw new Error('tenant has no plugin snapshot');
  return manifestSchema.parse(latest.manifest);
}

/** What upgrading a tenant to the installed version of its plugin would change. */
export async function planUpgrade(deps: UpgradeDeps, tenant: TenantRow): Promise<UpgradePlan> {
  const plugin = deps.plugins.get(tenant.pluginId);
  if (!plugin) throw new AppError('PLUGIN_NOT_FOUND');
  const current = await inTenant(deps.orm, tenant.id, currentManifest);
  return { tenant, diff: diffManifests(current, plugin.manifest), target: plugin.manifest };
}

/**
 * Applies the installed plugin version to a tenant: new units, bodies, series
 * and templates are added, changed ones updated, removed units retired (never
 * deleted). Matters keep the rule snapshots their clocks started with, so no
 * existing legal deadline moves.
 */
export async function applyUpgrade(
  deps: UpgradeDeps,
  tenant: TenantRow,
  toVersion: string,
  actor: Actor,
  requestId: string,
): Promise<ManifestDiff> {
  const plan = await planUpgrade(deps, tenant);
  const { diff, target } = plan;
  if (target.version !== toVersion) {
    throw new AppError('PLUGIN_VERSION_MISMATCH', {
      details: { installed: target.version, requested: toVersion },
    });
  }
  const from = parseVersion(diff.fromVersion);
  const to = parseVersion(diff.toVersion);
  if (!from || !to || compareVersions(to, from) <= 0) {
    throw new AppError('PLUGIN_NOT_NEWER', {
      details: { current: diff.fromVersion, installed: diff.toVersion },
    });
  }
  const now = deps.clock.now();
  await inTenant(deps.orm, tenant.id, async (em) => {
    await applyUnits(em, tenant.id, target, now);
    await applyMechanism(em, tenant.id, target, now);
    em.create(TenantPluginVersion, {
      tenant: tenant.id,
      id: randomUUID(),
      pluginId: target.id,
      pluginVersion: target.version,
      manifest: { ...target },
      appliedAt: now,
    });
    const row = await em.findOneOrFail(Tenant, { id: tenant.id });
    row.pluginVersion = target.version;
    recordAudit(em, {
      tenantId: tenant.id,
      actor,
      action: 'tenant.plugin_upgraded',
      entityType: 'tenant',
      entityId: tenant.id,
      before: { pluginVersion: diff.fromVersion },
      after: { pluginVersion: diff.toVersion, changes: diff.changes.map((change) => change.summary.en) },
      requestId,
      at: now,
    });
  });
  return diff;
}

async function applyUnits(em: EntityManager, tenantId: string, target: Manifest, now: Date): Promise<void> {
  const existing = await em.find(Unit, {});
  const byKey = new Map(existing.map((unit) => [unit.key, unit]));
  const wanted = new Set(target.units.map((unit) => unit.key));
  let nextOrder = existing.reduce((max, unit) => Math.max(max, unit.sortOrder), -1) + 1;
  for (const declared of target.units) {
    const unit = byKey.get(declared.key);
    const fields = {
      name: declared.name,
      aliases: declared.aliases,
      kind: declared.kind,
      isMember: declared.isMember,
      sectors: declared.sectors,
      roles: declared.roles,
    };
    if (!unit) {
      const id = randomUUID();
      em.create(Unit, {
        tenant: tenantId,
        id,
        key: declared.key,
        ...fields,
        liaisonSlots: declared.liaisons,
        sortOrder: nextOrder++,
        status: 'active',
        createdAt: now,
      });
      addLiaisonSlots(em, tenantId, id, 1, declared.liaisons, now);
      continue;
    }
    Object.assign(unit, fields, { status: 'active' });
    if (declared.liaisons > unit.liaisonSlots) {
      addLiaisonSlots(em, tenantId, unit.id, unit.liaisonSlots + 1, declared.liaisons, now);
      unit.liaisonSlots = declared.liaisons;
    }
  }
  for (const unit of existing) if (!wanted.has(unit.key)) unit.status = 'retired';
}

function addLiaisonSlots(
  em: EntityManager,
  tenantId: string,
  unitId: string,
  first: number,
  last: number,
  now: Date,
) {
  for (let slot = first; slot <= last; slot += 1) {
    em.create(Liaison, {
      tenant: tenantId,
      id: randomUUID(),
      unit: [tenantId, unitId],
      slot,
      personName: null,
      phone: null,
      memberId: null,
      createdAt: now,
    });
  }
}

/** Declarations the new version drops are kept: the office may still use them, and nothing is hard-deleted. */
function syncByKey<R extends { key: string }, D extends { key: string }>(
  rows: readonly R[],
  declarations: readonly D[],
  update: (row: R, declaration: D) => void,
  create: (declaration: D) => void,
): void {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  for (const declaration of declarations) {
    const row = byKey.get(declaration.key);
    if (row) update(row, declaration);
    else create(declaration);
  }
}

async function applyMechanism(
  em: EntityManager,
  tenantId: string,
  target: Manifest,
  now: Date,
): Promise<void> {
  const base = (key: string) => ({ tenant: tenantId, id: randomUUID(), key, createdAt: now });
  syncByKey(
    await em.find(Body, {}),
    target.bodies,
    (row, body) => Object.assign(row, { kind: body.kind, name: body.name, definition: { ...body } }),
    (body) =>
      em.create(Body, { ...base(body.key), kind: body.kind, name: body.name, definition: { ...body } }),
  );
  syncByKey(
    await em.find(MeetingSeries, {}),
    target.meetingSeries,
    (row, series) => Object.assign(row, { kind: series.kind, name: series.name, definition: { ...series } }),
    (series) =>
      em.create(MeetingSeries, {
        ...base(series.key),
        kind: series.kind,
        name: series.name,
        definition: { ...series },
      }),
  );
  syncByKey(
    await em.find(TaskListTemplate, {}),
    target.taskListTemplates,
    (row, template) =>
      Object.assign(row, { title: template.title, year: template.year ?? null, definition: { ...template } }),
    (template) =>
      em.create(TaskListTemplate, {
        ...base(template.key),
        title: template.title,
        year: template.year ?? null,
        definition: { ...template },
      }),
  );
}
