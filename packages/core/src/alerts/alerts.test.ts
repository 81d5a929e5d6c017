import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/calendar.ts';
import { unwrap } from '../errors.ts';
import { escalationDates, reminderDates } from './reminder-schedule.ts';
import { trafficLight } from './traffic-light.ts';

const cal = officialCalendar;
const level = (due: string, today: string, extra: object = {}) =>
  unwrap(trafficLight({ due, today, ...extra }, cal)).level;

describe('trafficLight', () => {
  it('counts working days left across 国庆 2026', () => {
    // After Sep 30: Oct 8, 9 are working days → 2 left → yellow.
    expect(unwrap(trafficLight({ due: '2026-10-09', today: '2026-09-30' }, cal))).toEqual({
      level: 'yellow',
      workingDaysLeft: 2,
      workingDaysOverdue: 0,
      calendarDaysLeft: 9,
    });
    expect(level('2026-10-08', '2026-10-08')).toBe('yellow');
    expect(level('2026-10-16', '2026-09-30')).toBe('blue');
    expect(level('2026-11-30', '2026-09-30')).toBe('green');
  });

  it('is red when overdue and done on time / late once answered', () => {
    expect(unwrap(trafficLight({ due: '2026-10-08', today: '2026-10-12' }, cal))).toMatchObject({
      level: 'red',
      workingDaysOverdue: 3,
    });
    expect(level('2026-10-08', '2026-10-12', { doneOn: '2026-10-08' })).toBe('doneOnTime');
    expect(level('2026-10-08', '2026-10-12', { doneOn: '2026-10-09' })).toBe('doneLate');
    expect(level('2026-10-08', '2026-10-12', { doneOn: null })).toBe('red');
  });

  it('takes per-plugin thresholds and rejects inconsistent ones', () => {
    expect(
      unwrap(trafficLight({ due: '2026-11-10', today: '2026-11-02' }, cal, { yellowWithinWorkingDays: 6 }))
        .level,
    ).toBe('yellow');
    expect(
      unwrap(trafficLight({ due: '2026-11-10', today: '2026-11-02' }, cal, { blueWithinWorkingDays: 4 }))
        .level,
    ).toBe('green');
    expect(
      trafficLight({ due: '2026-11-10', today: '2026-11-02' }, cal, {
        yellowWithinWorkingDays: 5,
        blueWithinWorkingDays: 2,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CORE_INVALID_THRESHOLDS' },
    });
    expect(trafficLight({ due: '2026-11-31', today: '2026-11-02' }, cal)).toMatchObject({
      ok: false,
      error: { code: 'CORE_INVALID_DATE' },
    });
  });
});

describe('reminders and escalation', () => {
  it('dates reminders in working days before the due date, skipping 国庆', () => {
    expect(
      unwrap(
        reminderDates(
          '2026-10-09',
          [{ onDueDate: true }, { workingDaysBefore: 3 }, { calendarDaysBefore: 1 }],
          cal,
        ),
      ),
    ).toEqual([
      { on: '2026-09-29', offset: { workingDaysBefore: 3 } },
      { on: '2026-10-08', offset: { calendarDaysBefore: 1 } },
      { on: '2026-10-09', offset: { onDueDate: true } },
    ]);
    expect(reminderDates('2026-10-09', [{ workingDaysBefore: 0 }], cal)).toMatchObject({
      ok: false,
      error: { code: 'CORE_INVALID_OFFSET' },
    });
  });

  it('dates an escalation ladder after the due date and keeps each step payload', () => {
    const ladder = unwrap(
      escalationDates(
        '2026-09-30',
        [
          { afterDue: { workingDays: 1 }, notify: 'office' },
          { afterDue: { workingDays: 5 }, notify: 'leader' },
          { afterDue: { calendarDays: 30 }, notify: 'joint meeting' },
        ],
        cal,
      ),
    );
    expect(ladder).toEqual([
      { afterDue: { workingDays: 1 }, notify: 'office', on: '2026-10-08', step: 1 },
      { afterDue: { workingDays: 5 }, notify: 'leader', on: '2026-10-13', step: 2 },
      { afterDue: { calendarDays: 30 }, notify: 'joint meeting', on: '2026-10-30', step: 3 },
    ]);
    expect(escalationDates('2026-09-30', [{ afterDue: { workingDays: -1 } }], cal)).toMatchObject({
      ok: false,
    });
  });
});
