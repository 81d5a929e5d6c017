import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from './tenant.entity.ts';
import { Unit } from './unit.entity.ts';

/** A liaison slot (联络员) of a unit: filled by the office with a person's name and contacts. */
export const Liaison = defineEntity({
  name: 'Liaison',
  tableName: 'liaison',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    unit: () => p.manyToOne(Unit).joinColumns('tenant_id', 'unit_id'),
    slot: p.integer(),
    personName: p.string().length(100).nullable(),
    phone: p.string().length(40).nullable(),
    memberId: p.uuid().nullable(),
    createdAt: p.datetime(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['tenant', 'unit', 'slot'] }],
  ...tenantRowSecurity('liaison'),
});

export type LiaisonRow = InferEntity<typeof Liaison>;
