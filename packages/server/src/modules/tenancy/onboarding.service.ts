import { randomUUID } from 'node:crypto';
import type { LoadedPlugin } from '@liandong/sdk';
import { type MikroORM, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.ts';
import { TENANT_SETTING } from '../../db/tenant-owned.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../http/principal.ts';
import { type Actor, recordAudit } from '../audit/audit.ts';
import { Account } from '../auth/account.entity.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { PluginRegistry } from '../plugins/plugin-registry.ts';
import { instantiateManifest, officeUnitKey } from './manifest-instantiation.ts';
import { Member } from './member.entity.ts';
import type { OnboardingResult, OnboardTenantInput } from './onboarding.schemas.ts';
import { provinceName } from './provinces.ts';
import { Tenant, type TenantRow } from './tenant.entity.ts';
import { toTenantDto } from './tenant-dto.ts';

export interface OnboardingDeps {
  readonly orm: MikroORM;
  readonly plugins: PluginRegistry;
  readonly clock: Clock;
}

/** Who is onboarding: an operator (checked against their provinces) or the system (demo seed, CLI). */
export type OnboardingActor =
  | { readonly kind: 'operator'; readonly principal: Principal }
  | { readonly kind: 'system' };

/**
 * Onboards a tenant from a plugin in one transaction: the tenant, its units,
 * liaison slots, bodies, series, templates, manifest snapshot, first admin and
 * audit event. Idempotent on the code: the same request again returns the
 * existing tenant; a different one with the same code is a conflict.
 */
export async function onboardTenant(
  deps: OnboardingDeps,
  input: OnboardTenantInput,
  actor: OnboardingActor,
  requestId?: string,
): Promise<OnboardingResult> {
  const plugin = deps.plugins.get(input.pluginId);
  if (!plugin) {
    throw new AppError('PLUGIN_UNKNOWN', {
      message: `No plugin "${input.pluginId}" is installed.`,
      fields: [{ path: 'body.pluginId', message: `unknown plugin "${input.pluginId}"` }],
    });
  }
  const jurisdiction = resolveJurisdiction(plugin, input);
  if (actor.kind === 'operator') assertProvince(actor.principal, jurisdiction.provinceCode);

  const em = deps.orm.em.fork();
  const existing = await em.findOne(Tenant, { code: input.code });
  if (existing) return sameRequestAgain(existing, input);
  if (await em.findOne(Account, { username: input.admin.username })) {
    throw new AppError('USERNAME_TAKEN', {
      fields: [{ path: 'body.admin.username', message: `username "${input.admin.username}" is taken` }],
    });
  }
  if (input.parentCode && !(await em.findOne(Tenant, { code: input.parentCode }))) {
    throw new AppError('VALIDATION_FAILED', {
      message: `No tenant "${input.parentCode}" exists to be the parent.`,
      fields: [{ path: 'body.parentCode', message: `unknown tenant "${input.parentCode}"` }],
    });
  }

  const passwordHash = await hashPassword(input.admin.password);
  const tenantId = randomUUID();
  const now = deps.clock.now();
  const auditActor: Actor =
    actor.kind === 'operator'
      ? { id: actor.principal.accountId, label: actor.principal.username }
      : { id: null, label: 'system' };
  const manifest = plugin.manifest;
  try {
    return await deps.orm.em
      .fork({ session: { variables: { [TENANT_SETTING]: tenantId } } })
      .transactional(async (tx) => {
        const tenant = tx.create(Tenant, {
          id: tenantId,
          code: input.code,
          name: input.name,
          ...jurisdiction,
          parentCode: input.parentCode ?? null,
          pluginId: manifest.id,
          pluginVersion: manifest.version,
          status: 'active',
          createdAt: now,
        });
        await tx.flush();
        const { unitIds, counts } = instantiateManifest(tx, tenantId, manifest, now);
        const adminId = randomUUID();
        tx.create(Account, {
          id: adminId,
          username: input.admin.username,
          passwordHash,
          displayName: input.admin.displayName ?? `${input.name}管理员`,
          tenant: tenantId,
          isOperator: false,
          operatorProvinces: [],
          allProvinces: false,
          failedLogins: 0,
          lockedUntil: null,
          status: 'active',
          createdAt: now,
        });
        await tx.flush();
        tx.create(Member, {
          tenant: tenantId,
          id: adminId,
          unit: [tenantId, unitIds.get(officeUnitKey(manifest))!],
          displayName: input.admin.displayName ?? `${input.name}管理员`,
          role: 'tenant_admin',
          status: 'active',
          createdAt: now,
        });
        const dto = toTenantDto(tenant);
        recordAudit(tx, {
          tenantId,
          actor: auditActor,
          action: 'tenant.onboarded',
          entityType: 'tenant',
          entityId: tenantId,
          after: { ...dto, admin: input.admin.username, instantiated: counts },
          requestId,
          at: now,
        });
        return { created: true, tenant: dto, instantiated: counts };
      });
  } catch (error) {
    // Two identical requests racing: the loser sees the winner's tenant, as if it had come second.
    if (error instanceof UniqueConstraintViolationException) {
      const winner = await deps.orm.em.fork().findOne(Tenant, { code: input.code });
      if (winner) return sameRequestAgain(winner, input);
      throw new AppError('USERNAME_TAKEN', {
        fields: [{ path: 'body.admin.username', message: `username "${input.admin.username}" is taken` }],
      });
    }
    throw error;
  }
}

function sameRequestAgain(existing: TenantRow, input: OnboardTenantInput): OnboardingResult {
  if (existing.pluginId !== input.pluginId || existing.name !== input.name) {
    throw new AppError('TENANT_CODE_TAKEN', {
      message: `The code "${input.code}" belongs to another tenant (${existing.name}).`,
      fields: [{ path: 'body.code', message: `tenant code "${input.code}" is taken` }],
    });
  }
  return {
    created: false,
    tenant: toTenantDto(existing),
    instantiated: { units: 0, liaisonSlots: 0, bodies: 0, meetingSeries: 0, taskListTemplates: 0 },
  };
}

function resolveJurisdiction(plugin: LoadedPlugin, input: OnboardTenantInput) {
  const declared = plugin.manifest.jurisdiction;
  const divisionCode = input.divisionCode ?? declared.divisionCode;
  if (!divisionCode) {
    throw new AppError('JURISDICTION_INCOMPLETE', {
      fields: [
        { path: 'body.divisionCode', message: `plugin "${plugin.manifest.id}" needs a division code` },
      ],
    });
  }
  const provinceCode = input.provinceCode ?? declared.province?.code ?? divisionCode.slice(0, 2);
  const name = provinceName(provinceCode);
  if (!name) {
    throw new AppError('VALIDATION_FAILED', {
      message: `"${provinceCode}" is not a GB/T 2260 province code.`,
      fields: [
        { path: input.provinceCode ? 'body.provinceCode' : 'body.divisionCode', message: 'unknown province' },
      ],
    });
  }
  if (!divisionCode.startsWith(provinceCode)) {
    throw new AppError('VALIDATION_FAILED', {
      message: `Division code ${divisionCode} is not in province ${provinceCode}.`,
      fields: [{ path: 'body.divisionCode', message: `not in province ${provinceCode}` }],
    });
  }
  return { divisionCode, level: input.level ?? declared.level, provinceCode, provinceName: name };
}

function assertProvince(principal: Principal, provinceCode: string): void {
  if (!principal.isOperator) throw new AppError('FORBIDDEN');
  if (!principal.allProvinces && !principal.provinces.includes(provinceCode)) {
    throw new AppError('PROVINCE_NOT_ALLOWED', { details: { provinceCode } });
  }
}
