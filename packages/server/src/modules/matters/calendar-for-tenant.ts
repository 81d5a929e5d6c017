import type { Calendar } from '@liandong/core';
import { lastKnownCalendar } from '../calendar/calendar-for-tenant.ts';

/**
 * The calendar a tenant's deadlines are counted on. Every matter date goes
 * through here, so when tenants get local rest days and imported notices
 * (the scheduler's `CalendarProvider`), this one function changes.
 */
export function calendarFor(tenantId: string): Calendar {
  // Imported notices and local days, as last loaded in this process (calendar module).
  return lastKnownCalendar(tenantId);
}
