import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import type { TenantScope } from '../../http/tenant-scope.ts';
import { recordAudit } from '../audit/audit.ts';
import { requestActor } from '../task-lists/request-actor.ts';
import { Meeting, type MeetingRow } from './meeting.entity.ts';
import { toMeetingDto } from './meeting-dto.ts';

export const tags = ['meetings'];
export const OFFICE = ['tenant_admin'] as const;

/** A meeting of the tenant, with its series; anything else is not found. */
export async function meetingOf(em: EntityManager, meetingId: string): Promise<MeetingRow> {
  const meeting = await em.findOne(Meeting, { id: meetingId }, { populate: ['series'] });
  if (!meeting) throw new AppError('NOT_FOUND');
  return meeting;
}

export function requireStatus(meeting: MeetingRow, statuses: readonly MeetingRow['status'][]): void {
  if (!statuses.includes(meeting.status)) {
    throw new AppError('MEETING_STATE_CONFLICT', { details: { status: meeting.status, allowed: statuses } });
  }
}

/** Records a change to a meeting by the caller, in the transaction of `em`. */
export function auditMeeting(
  em: EntityManager,
  clock: Clock,
  request: FastifyRequest,
  scope: TenantScope,
  action: string,
  meeting: MeetingRow,
  before?: unknown,
  extra?: unknown,
): void {
  recordAudit(em, {
    tenantId: scope.tenant.id,
    actor: requestActor(request),
    action,
    entityType: 'meeting',
    entityId: meeting.id,
    before,
    after: extra ?? toMeetingDto(meeting),
    requestId: request.id,
    at: clock.now(),
  });
}
