import type { TenantDto } from './onboarding.schemas.ts';
import type { TenantRow } from './tenant.entity.ts';

export function toTenantDto(tenant: TenantRow): TenantDto {
  return {
    id: tenant.id,
    code: tenant.code,
    name: tenant.name,
    divisionCode: tenant.divisionCode,
    level: tenant.level,
    provinceCode: tenant.provinceCode,
    provinceName: tenant.provinceName,
    parentCode: tenant.parentCode ?? null,
    pluginId: tenant.pluginId,
    pluginVersion: tenant.pluginVersion,
    status: tenant.status,
    createdAt: tenant.createdAt.toISOString(),
  };
}
