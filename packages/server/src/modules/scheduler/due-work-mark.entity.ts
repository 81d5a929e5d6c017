import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';

/**
 * What the scheduler knows about a tenant between sweeps, so that a sweep
 * visits only the tenants with work (`due_work_tenants()`, migration 0007).
 * No row, or a null `obligations_on`, means "look now". Triggers clear
 * `obligations_on` when anything the obligation schedule depends on changes
 * (its units, its plugin snapshot); they only ever update an existing row,
 * so a tenant import that restores rows in any order never collides with them.
 */
export const DueWorkMark = defineEntity({
  name: 'DueWorkMark',
  tableName: 'due_work_mark',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    /** The next Asia/Shanghai day a periodic obligation may open for this tenant. */
    obligationsOn: p.date().nullable(),
    /** The day the mark was computed on; a sweep for an earlier day (a clock set back) looks again. */
    checkedOn: p.date().nullable(),
    /** When it was computed: a calendar notice imported since then makes the tenant look again. */
    checkedAt: p.datetime().nullable(),
  },
  ...tenantRowSecurity('due_work_mark', { dueWorkFinder: true }),
});

export type DueWorkMarkRow = InferEntity<typeof DueWorkMark>;
