import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { Unit } from '../tenancy/unit.entity.ts';

/**
 * One period of a periodic obligation for one responsible unit (the March
 * report of the market regulator). Unique per (obligation, period, unit): the
 * sweep inserts with "on conflict do nothing", so it is idempotent across runs
 * and servers. The matter it opened is linked once the matters module creates it.
 */
export const ObligationInstance = defineEntity({
  name: 'ObligationInstance',
  tableName: 'obligation_instance',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    obligationKey: p.string().length(64),
    obligationName: p.string().length(200),
    periodStart: p.string().length(10),
    periodEnd: p.string().length(10),
    periodLabel: p.string().length(40),
    unit: () => p.manyToOne(Unit).joinColumns('tenant_id', 'unit_id'),
    opensOn: p.string().length(10),
    dueDate: p.string().length(10).nullable(),
    matterId: p.uuid().nullable(),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ['tenant', 'obligationKey', 'periodStart', 'unit'] }],
  ...tenantRowSecurity('obligation_instance'),
});

export type ObligationInstanceRow = InferEntity<typeof ObligationInstance>;
