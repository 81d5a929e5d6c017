/**
 * A minimal iCalendar (RFC 5545) writer, by hand: the feeds hold only simple
 * events, and a library would bring far more than CRLF, folding and escaping.
 */

/** One event of a feed: all-day (a date) or timed (Beijing local time). */
export interface CalendarEvent {
  /** Stable across feed refreshes, so calendar clients update rather than duplicate. */
  readonly uid: string;
  readonly summary: string;
  readonly description?: string | undefined;
  readonly location?: string | undefined;
  /** YYYY-MM-DD */
  readonly date: string;
  /** HH:MM Asia/Shanghai; without it the event is all-day. */
  readonly startTime?: string | undefined;
  readonly durationMinutes?: number | undefined;
  readonly status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' | undefined;
}

export interface CalendarFeedContent {
  readonly name: string;
  readonly events: readonly CalendarEvent[];
  /** When the feed was generated (DTSTAMP of every event). */
  readonly generatedAt: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

// China has had no daylight saving time since 1991: one fixed standard offset.
const SHANGHAI_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start
 * with one space. Never splits a UTF-8 character: Chinese text is 3 octets a character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines carry a leading space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function compactDate(date: string): string {
  return date.replace(/-/g, '');
}

function utcStamp(at: Date): string {
  return `${at.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function localDateTime(date: string, time: string, plusMinutes = 0): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCMinutes(hours * 60 + minutes + plusMinutes);
  return at.toISOString().replace(/[-:]/g, '').slice(0, 15);
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`];
  if (event.startTime) {
    const minutes = event.durationMinutes ?? 120;
    lines.push(`DTSTART;TZID=Asia/Shanghai:${localDateTime(event.date, event.startTime)}`);
    lines.push(`DTEND;TZID=Asia/Shanghai:${localDateTime(event.date, event.startTime, minutes)}`);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${compactDate(event.date)}`);
    lines.push(`DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole feed as an RFC 5545 VCALENDAR: CRLF line ends, folded lines, escaped text. */
export function writeICalendar(feed: CalendarFeedContent): string {
  const stamp = utcStamp(feed.generatedAt);
  const hasTimed = feed.events.some((event) => event.startTime);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Liandong//Liandong calendar feed//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    ...(hasTimed ? SHANGHAI_TIMEZONE : []),
    ...feed.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
