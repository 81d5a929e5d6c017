import type { CalendarNotice as NoticeData } from '@liandong/core';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * An official holiday notice an operator imported. Platform-level: the State
 * Council's notice is the same for every tenant, and replaces its year for all.
 */
export const CalendarNoticeRecord = defineEntity({
  name: 'CalendarNoticeRecord',
  tableName: 'calendar_notice',
  properties: {
    year: p.integer().primary().autoincrement(false),
    source: p.string().length(200).nullable(),
    notice: p.json<NoticeData>(),
    importedAt: p.datetime(),
    importedBy: p.uuid(),
    version: p.integer().version(),
  },
});

export type CalendarNoticeRow = InferEntity<typeof CalendarNoticeRecord>;
