import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import type { TenantScope } from '../../http/tenant-scope.ts';
import { recordAudit } from '../audit/audit.ts';
import { requestActor } from './request-actor.ts';
import { Measure, type MeasureRow, Task, TaskArea } from './task-list.entity.ts';

export const tags = ['task-lists'];
export const OFFICE = ['tenant_admin'] as const;

/** An area of the list in the path; another list's or tenant's area is not found. */
export async function areaOf(em: EntityManager, listId: string, areaId: string) {
  const area = await em.findOne(TaskArea, { id: areaId });
  if (!area || area.taskList.id !== listId) throw new AppError('NOT_FOUND');
  return area;
}

export async function taskOf(em: EntityManager, listId: string, taskId: string) {
  const task = await em.findOne(Task, { id: taskId }, { populate: ['area'] });
  if (!task || task.area.taskList.id !== listId) throw new AppError('NOT_FOUND');
  return task;
}

export async function measureOf(em: EntityManager, listId: string, measureId: string): Promise<MeasureRow> {
  const measure = await em.findOne(Measure, { id: measureId }, { populate: ['task', 'task.area'] });
  if (!measure || measure.task.area.taskList.id !== listId) throw new AppError('NOT_FOUND');
  return measure;
}

export function isResponsible(scope: TenantScope, measure: MeasureRow): boolean {
  return scope.unitId !== null && [...measure.leadUnitIds, ...measure.unitIds].includes(scope.unitId);
}

export interface ChangeEntry {
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Records a change by the caller of this request, in the transaction of `em`. */
export function auditChange(
  em: EntityManager,
  clock: Clock,
  request: FastifyRequest,
  scope: TenantScope,
  entry: ChangeEntry,
): void {
  recordAudit(em, {
    tenantId: scope.tenant.id,
    actor: requestActor(request),
    requestId: request.id,
    at: clock.now(),
    ...entry,
  });
}
