import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { Matter } from './matter.entity.ts';

/**
 * Runs matter work in one tenant transaction. A concurrent writer that got
 * there first surfaces from the ORM's version check as an optimistic-lock
 * error: that is a 409 with the version now stored, never a lost write.
 */
export async function inMatterTransaction<T>(
  ctx: AppContext,
  tenantId: string,
  matterId: string | null,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await inTenant(ctx.orm, tenantId, work);
  } catch (error) {
    if (!(error instanceof OptimisticLockError)) throw error;
    const current =
      matterId === null
        ? null
        : await inTenant(ctx.orm, tenantId, (em) => em.findOne(Matter, { id: matterId }));
    throw new AppError('MATTER_VERSION_CONFLICT', { details: { currentVersion: current?.version ?? null } });
  }
}
