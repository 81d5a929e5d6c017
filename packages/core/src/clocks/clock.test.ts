import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/calendar.ts';
import { epochDayOf, isoFromEpochDay } from '../dates/iso-date.ts';
import { computeDueDate } from '../deadlines/due-date.ts';
import { unwrap } from '../errors.ts';
import { computeClock } from './clock.ts';
import type { ClockEvent, ClockInput } from './clock-event.ts';

const cal = officialCalendar;
const clock = (input: Partial<ClockInput> & Pick<ClockInput, 'events'>) =>
  computeClock({ rule: { kind: 'calendarDays', days: 7 }, ruleVersion: 'suzhou@1.0.0', ...input }, cal);
const served = (on: string): ClockEvent => ({ type: 'started', event: 'served', on });

describe('computeClock', () => {
  it('is not started without events', () => {
    expect(unwrap(clock({ events: [] }))).toMatchObject({ status: 'notStarted', due: null });
  });

  it('runs from the start event and echoes the rule version it was given', () => {
    const state = unwrap(clock({ events: [served('2026-09-28')], startsOn: 'served' }));
    expect(state).toMatchObject({
      status: 'running',
      due: '2026-10-08',
      rawEnd: '2026-10-05',
      ruleVersion: 'suzhou@1.0.0',
    });
    expect(state.explanation.zh).toContain('（送达之日）起算');
  });

  it('moves a calendar-day clock by the calendar days suspended', () => {
    const state = unwrap(
      clock({
        rule: { kind: 'calendarDays', days: 30 },
        events: [
          served('2026-03-02'),
          { type: 'suspended', on: '2026-03-10' },
          { type: 'resumed', on: '2026-03-20' },
        ],
      }),
    );
    // 2026-04-01 + 10 days = Saturday 2026-04-11, moved to Monday.
    expect(state).toMatchObject({ status: 'running', rawEnd: '2026-04-11', due: '2026-04-13' });
    expect(state.explanation.steps).toContainEqual({
      code: 'SUSPENDED',
      from: '2026-03-10',
      to: '2026-03-20',
      span: 10,
      unit: 'calendarDays',
    });
  });

  it('moves a working-day clock by the working days suspended (中秋 and 国庆 not counted)', () => {
    const base = unwrap(clock({ rule: { kind: 'workingDays', days: 5 }, events: [served('2026-09-21')] }));
    expect(base.due).toBe('2026-09-29');
    const state = unwrap(
      clock({
        rule: { kind: 'workingDays', days: 5 },
        events: [
          served('2026-09-21'),
          { type: 'suspended', on: '2026-09-23' },
          { type: 'resumed', on: '2026-10-09' },
        ],
      }),
    );
    // Suspended working days: Sep 23, 24, 28, 29, 30, Oct 8 → 6; then Sep 30, Oct 8, 9, 10 (make-up), 12, 13.
    expect(state.explanation.steps).toContainEqual(
      expect.objectContaining({ code: 'SUSPENDED', span: 6, unit: 'workingDays' }),
    );
    expect(state.due).toBe('2026-10-13');
  });

  it('reports a suspended clock and the due date before the open suspension', () => {
    const state = unwrap(clock({ events: [served('2026-09-28'), { type: 'suspended', on: '2026-09-30' }] }));
    expect(state).toMatchObject({ status: 'suspended', suspendedSince: '2026-09-30', due: '2026-10-08' });
  });

  it('applies explicit extensions in calendar or working days', () => {
    const byDays = unwrap(
      clock({
        events: [served('2026-09-28'), { type: 'extended', on: '2026-10-08', by: { calendarDays: 10 } }],
      }),
    );
    expect(byDays.due).toBe('2026-10-15');
    const byWorking = unwrap(
      clock({
        events: [served('2026-09-28'), { type: 'extended', on: '2026-10-08', by: { workingDays: 2 } }],
      }),
    );
    expect(byWorking.due).toBe('2026-10-10');
    expect(byWorking.explanation.en).toContain('Extended by 2 working days on 2026-10-08');
    const undated = unwrap(
      clock({ events: [served('2026-09-28'), { type: 'extended', by: { calendarDays: 10 } }] }),
    );
    expect(undated.due).toBe('2026-10-15');
    expect(undated.explanation.zh).toContain('决定延长10日');
  });

  it('says whether a stopped clock was answered on time or late', () => {
    expect(
      unwrap(clock({ events: [served('2026-09-28'), { type: 'stopped', on: '2026-10-08' }] })),
    ).toMatchObject({
      status: 'stopped',
      outcome: 'onTime',
    });
    const late = unwrap(clock({ events: [served('2026-09-28'), { type: 'stopped', on: '2026-10-09' }] }));
    expect(late).toMatchObject({ status: 'stopped', outcome: 'late', stoppedOn: '2026-10-09' });
    expect(late.explanation.zh).toContain('逾期');
  });

  it('applies a valid urgent override and rejects one that is not shorter', () => {
    const urgent = unwrap(
      clock({
        rule: { kind: 'calendarDays', days: 15 },
        urgent: { kind: 'workingDays', days: 3 },
        events: [served('2026-03-02')],
      }),
    );
    expect(urgent).toMatchObject({
      urgent: true,
      due: '2026-03-05',
      appliedRule: { kind: 'workingDays', days: 3 },
    });
    expect(
      clock({
        rule: { kind: 'calendarDays', days: 3 },
        urgent: { kind: 'calendarDays', days: 5 },
        events: [served('2026-03-02')],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CORE_URGENT_NOT_SHORTER' },
    });
  });

  it('keeps the rule snapshot it was given: a newer rule version yields a different, separate answer', () => {
    const old = unwrap(
      clock({ rule: { kind: 'calendarDays', days: 30 }, ruleVersion: 'p@1', events: [served('2026-03-02')] }),
    );
    const next = unwrap(
      clock({ rule: { kind: 'calendarDays', days: 15 }, ruleVersion: 'p@2', events: [served('2026-03-02')] }),
    );
    expect([old.due, old.ruleVersion, next.due, next.ruleVersion]).toEqual([
      '2026-04-01',
      'p@1',
      '2026-03-17',
      'p@2',
    ]);
  });

  it('has no due date for an ongoing rule but still tracks status', () => {
    expect(unwrap(clock({ rule: { kind: 'ongoing' }, events: [served('2026-03-02')] }))).toMatchObject({
      status: 'running',
      due: null,
    });
  });

  it.each([
    [[{ type: 'resumed', on: '2026-03-01' }], 'CORE_CLOCK_NOT_STARTED'],
    [[served('2026-03-01'), { type: 'resumed', on: '2026-03-02' }], 'CORE_CLOCK_RESUME_WITHOUT_SUSPEND'],
    [
      [
        served('2026-03-01'),
        { type: 'suspended', on: '2026-03-02' },
        { type: 'suspended', on: '2026-03-03' },
      ],
      'CORE_CLOCK_ALREADY_SUSPENDED',
    ],
    [[served('2026-03-01'), served('2026-03-02')], 'CORE_CLOCK_ALREADY_STARTED'],
    [
      [served('2026-03-01'), { type: 'stopped', on: '2026-03-02' }, { type: 'resumed', on: '2026-03-03' }],
      'CORE_CLOCK_EVENT_AFTER_STOP',
    ],
    [[served('2026-03-05'), { type: 'suspended', on: '2026-03-02' }], 'CORE_CLOCK_OUT_OF_ORDER'],
    [
      [served('2026-03-05'), { type: 'extended', on: '2026-03-06', by: { calendarDays: 0 } }],
      'CORE_CLOCK_INVALID_EXTENSION',
    ],
    [[served('2026-02-30')], 'CORE_INVALID_DATE'],
    [[{ type: 'started', event: 'decided', on: '2026-03-01' }], 'CORE_CLOCK_WRONG_START_EVENT'],
  ] as [ClockEvent[], string][])('rejects impossible sequences: %j → %s', (events, code) => {
    expect(clock({ events, startsOn: 'served' })).toMatchObject({ ok: false, error: { code } });
  });

  it('closes an open suspension when the matter is answered during it', () => {
    const state = unwrap(
      clock({
        rule: { kind: 'calendarDays', days: 10 },
        events: [
          served('2026-03-02'),
          { type: 'suspended', on: '2026-03-05' },
          { type: 'stopped', on: '2026-03-20' },
        ],
      }),
    );
    // 2026-03-12 + 15 suspended days = 2026-03-27: answering on Mar 20 is on time.
    expect(state).toMatchObject({
      status: 'stopped',
      due: '2026-03-27',
      outcome: 'onTime',
      suspendedSince: null,
    });
  });

  it('agrees with computeDueDate for a clock that only started', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ kind: fc.constant('calendarDays' as const), days: fc.integer({ min: 1, max: 90 }) }),
          fc.record({ kind: fc.constant('workingDays' as const), days: fc.integer({ min: 1, max: 40 }) }),
          fc.record({ kind: fc.constant('months' as const), months: fc.integer({ min: 1, max: 12 }) }),
          fc.record({ kind: fc.constant('endOfMonth' as const), month: fc.integer({ min: 1, max: 12 }) }),
        ),
        fc.integer({ min: epochDayOf(2004, 1, 1), max: epochDayOf(2090, 1, 1) }),
        (rule, start) => {
          const iso = isoFromEpochDay(start);
          const state = unwrap(computeClock({ rule, ruleVersion: 'v', events: [served(iso)] }, cal));
          const plain = unwrap(computeDueDate(rule, iso, cal));
          expect([state.due, state.rawEnd, state.provisional]).toEqual([
            plain.due,
            plain.kind === 'dated' ? plain.rawEnd : null,
            plain.provisional,
          ]);
        },
      ),
    );
  });

  it('never moves the due date earlier by a suspension, and a same-day suspension changes nothing', () => {
    const day = fc.integer({ min: epochDayOf(2005, 1, 1), max: epochDayOf(2026, 6, 30) });
    fc.assert(
      fc.property(
        fc.constantFrom(
          { kind: 'calendarDays', days: 10 } as const,
          { kind: 'workingDays', days: 5 } as const,
          { kind: 'months', months: 1 } as const,
        ),
        day,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 30 }),
        (rule, start, after, length) => {
          const s = isoFromEpochDay(start);
          const from = isoFromEpochDay(start + after);
          const plain = unwrap(computeClock({ rule, ruleVersion: 'v', events: [served(s)] }, cal));
          const paused = unwrap(
            computeClock(
              {
                rule,
                ruleVersion: 'v',
                events: [
                  served(s),
                  { type: 'suspended', on: from },
                  { type: 'resumed', on: isoFromEpochDay(start + after + length) },
                ],
              },
              cal,
            ),
          );
          expect(paused.due! >= plain.due!).toBe(true);
          if (length === 0) expect(paused.due).toBe(plain.due);
        },
      ),
    );
  });
});
