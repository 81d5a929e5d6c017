import { type Calendar, officialCalendar } from '@liandong/core';

/**
 * The calendar a tenant's deadlines are counted on. Every matter date goes
 * through here, so when tenants get local rest days and imported notices
 * (the scheduler's `CalendarProvider`), this one function changes.
 */
export function calendarFor(_tenantId: string): Calendar {
  return officialCalendar;
}
