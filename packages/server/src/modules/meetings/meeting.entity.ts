import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { tenantRowSecurity } from '../../db/tenant-owned.ts';
import { MeetingSeries } from '../tenancy/mechanism.entity.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { Unit } from '../tenancy/unit.entity.ts';

export const MEETING_STATUSES = ['requested', 'scheduled', 'held', 'rejected', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A meeting of a series: scheduled from its cadence, prepared for another, or held on a unit's request. */
export const Meeting = defineEntity({
  name: 'Meeting',
  tableName: 'meeting',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    series: () => p.manyToOne(MeetingSeries).joinColumns('tenant_id', 'series_id'),
    kind: p.string().length(40),
    title: p.string().length(200),
    status: p.string().length(20).$type<MeetingStatus>(),
    /** Planned or held date (Asia/Shanghai), null while a request awaits approval. */
    scheduledOn: p.string().length(10).nullable(),
    /** "HH:MM" Beijing time; null for an all-day entry. */
    startTime: p.string().length(5).nullable(),
    durationMinutes: p.integer().nullable(),
    location: p.string().length(200).nullable(),
    periodLabel: p.string().length(40).nullable(),
    /**
     * Makes scheduling idempotent: `<series>:<year>:<period>` for cadence meetings,
     * `<series>:prepares:<meeting id>` for preparatory ones; null for ad-hoc meetings.
     */
    slotKey: p.string().length(120).nullable(),
    preparesMeetingId: p.uuid().nullable(),
    requestedByUnitId: p.uuid().nullable(),
    requestReason: p.text().nullable(),
    minutes: p.text().nullable(),
    minutesRecordedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['tenant', 'slotKey'] }],
  ...tenantRowSecurity('meeting'),
});

export const AGENDA_STATUSES = ['proposed', 'accepted', 'rejected'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

/** An agenda item (议题) a unit proposes before the meeting. */
export const AgendaItem = defineEntity({
  name: 'AgendaItem',
  tableName: 'agenda_item',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    meeting: () => p.manyToOne(Meeting).joinColumns('tenant_id', 'meeting_id'),
    unit: () => p.manyToOne(Unit).joinColumns('tenant_id', 'unit_id'),
    title: p.string().length(200),
    description: p.text().nullable(),
    status: p.string().length(20).$type<AgendaStatus>(),
    proposedBy: p.uuid().nullable(),
    createdAt: p.datetime(),
    version: p.integer().version(),
  },
  ...tenantRowSecurity('agenda_item'),
});

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Whether a unit attended, and who came for it. */
export const MeetingAttendance = defineEntity({
  name: 'MeetingAttendance',
  tableName: 'meeting_attendance',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    meeting: () => p.manyToOne(Meeting).joinColumns('tenant_id', 'meeting_id'),
    unit: () => p.manyToOne(Unit).joinColumns('tenant_id', 'unit_id'),
    status: p.string().length(20).$type<AttendanceStatus>(),
    attendeeName: p.string().length(100).nullable(),
    version: p.integer().version(),
  },
  ...tenantRowSecurity('meeting_attendance'),
});

/**
 * A subscribable calendar (iCalendar) of the tenant or of one unit. Only the
 * SHA-256 of its token is kept; revoking sets `revokedAt`.
 */
export const CalendarFeed = defineEntity({
  name: 'CalendarFeed',
  tableName: 'calendar_feed',
  properties: {
    tenant: () => p.manyToOne(Tenant).primary(),
    id: p.uuid().primary(),
    unitId: p.uuid().nullable(),
    label: p.string().length(100),
    tokenHash: p.string().length(64),
    createdBy: p.uuid().nullable(),
    createdAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['tenant', 'tokenHash'] }],
  ...tenantRowSecurity('calendar_feed'),
});

export type MeetingRow = InferEntity<typeof Meeting>;
export type AgendaItemRow = InferEntity<typeof AgendaItem>;
export type CalendarFeedRow = InferEntity<typeof CalendarFeed>;
