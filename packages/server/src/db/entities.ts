import { AuditEvent } from '../modules/audit/audit-event.entity.ts';
import { Account, RefreshToken } from '../modules/auth/account.entity.ts';
import { CalendarNoticeRecord } from '../modules/calendar/calendar-notice.entity.ts';
import { LocalDayRecord } from '../modules/calendar/local-day.entity.ts';
import { Matter, MatterParty } from '../modules/matters/matter.entity.ts';
import { MatterAlarm, MatterClock } from '../modules/matters/matter-clock.entity.ts';
import {
  MatterAttachment,
  MatterComment,
  MatterIdempotency,
} from '../modules/matters/matter-extras.entity.ts';
import { AgendaItem, CalendarFeed, Meeting, MeetingAttendance } from '../modules/meetings/meeting.entity.ts';
import { Notification } from '../modules/notifications/notification.entity.ts';
import { WebhookDelivery, WebhookEndpoint } from '../modules/notifications/webhook.entity.ts';
import { OversightGrant } from '../modules/platform/oversight-grant.entity.ts';
import { DueWorkMark } from '../modules/scheduler/due-work-mark.entity.ts';
import { ObligationInstance } from '../modules/scheduler/obligation-instance.entity.ts';
import {
  Measure,
  MeasureInspection,
  MeasureProgress,
  Task,
  TaskArea,
  TaskList,
} from '../modules/task-lists/task-list.entity.ts';
import { Liaison } from '../modules/tenancy/liaison.entity.ts';
import {
  Body,
  MeetingSeries,
  TaskListTemplate,
  TenantPluginVersion,
} from '../modules/tenancy/mechanism.entity.ts';
import { Member } from '../modules/tenancy/member.entity.ts';
import { Tenant } from '../modules/tenancy/tenant.entity.ts';
import { Unit } from '../modules/tenancy/unit.entity.ts';

/** Platform tables: not tenant-owned. */
export const platformEntities = [Tenant, Account, RefreshToken, CalendarNoticeRecord, OversightGrant];

/** Tenant-owned tables: tenant_id in every key, RLS forced, the ORM tenant filter on every query. */
export const tenantEntities = [
  Unit,
  Member,
  Liaison,
  Body,
  MeetingSeries,
  TaskListTemplate,
  TenantPluginVersion,
  AuditEvent,
  Matter,
  MatterParty,
  MatterClock,
  MatterAlarm,
  MatterIdempotency,
  MatterComment,
  MatterAttachment,
  LocalDayRecord,
  Notification,
  WebhookEndpoint,
  WebhookDelivery,
  ObligationInstance,
  DueWorkMark,
  TaskList,
  TaskArea,
  Task,
  Measure,
  MeasureProgress,
  MeasureInspection,
  Meeting,
  AgendaItem,
  MeetingAttendance,
  CalendarFeed,
];

export const allEntities = [...platformEntities, ...tenantEntities];
