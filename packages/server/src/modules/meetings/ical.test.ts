import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeICalendar } from './ical.ts';

const generatedAt = new Date('2026-03-01T08:30:00Z');

describe('iCalendar writer', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a Chinese character', () => {
    const line = `SUMMARY:${'联席会议'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes all-day dates, timed events in Asia/Shanghai, CRLF everywhere and stable UIDs', () => {
    const ics = writeICalendar({
      name: '盱眙县 府检联动',
      generatedAt,
      events: [
        { uid: 'meeting-1@liandong', summary: '行政执法联席会议（2026年第1季度）', date: '2026-03-31' },
        {
          uid: 'meeting-2@liandong',
          summary: '协调会; 议题, 其他',
          description: '第一行\n第二行',
          location: '县检察院 3楼',
          date: '2026-04-10',
          startTime: '09:30',
          durationMinutes: 90,
        },
      ],
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260331');
    expect(lines).toContain('DTEND;VALUE=DATE:20260401');
    expect(lines).toContain('DTSTART;TZID=Asia/Shanghai:20260410T093000');
    expect(lines).toContain('DTEND;TZID=Asia/Shanghai:20260410T110000');
    expect(lines).toContain('TZID:Asia/Shanghai');
    expect(lines).toContain('SUMMARY:协调会\\; 议题\\, 其他');
    expect(lines).toContain('DESCRIPTION:第一行\\n第二行');
    expect(lines).toContain('UID:meeting-1@liandong');
    expect(lines).toContain('DTSTAMP:20260301T083000Z');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('leaves the time-zone block out of a feed of all-day events only', () => {
    const ics = writeICalendar({
      name: 'x',
      generatedAt,
      events: [{ uid: 'a', summary: 'b', date: '2026-01-02' }],
    });
    expect(ics).not.toContain('BEGIN:VTIMEZONE');
  });
});
