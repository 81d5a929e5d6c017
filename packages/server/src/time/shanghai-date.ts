import type { IsoDate } from '@liandong/core';
import type { Clock } from '../clock.ts';

const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Asia/Shanghai at an instant: legal periods count Beijing-time days. */
export function shanghaiDate(instant: Date): IsoDate {
  return SHANGHAI.format(instant);
}

/** Today in Asia/Shanghai by the server's clock. */
export function shanghaiToday(clock: Clock): IsoDate {
  return shanghaiDate(clock.now());
}
