/**
 * Throughput of the deadline engine and of a year's cadence sweep. Run with
 * `node packages/core/bench/deadlines.bench.ts` (or `pnpm bench:core`); it
 * prints figures, it is not a pass/fail test.
 */
import {
  type Cadence,
  type Calendar,
  computeDueDate,
  createCalendar,
  type DatedRule,
  type DeadlineRule,
  dueEpochDay,
  epochDayFromIso,
  expandCadence,
  isoFromEpochDay,
  officialCalendar,
} from '../src/index.ts';

const calendar: Calendar = officialCalendar;
const startFrom = epochDayFromIso('2025-01-01');
const SPAN = 700;

function perSecond(label: string, iterations: number, body: (i: number) => number): void {
  let sink = 0;
  for (let i = 0; i < Math.min(iterations, 200_000); i++) sink += body(i); // warm-up for the JIT
  const begin = performance.now();
  for (let i = 0; i < iterations; i++) sink += body(i);
  const seconds = (performance.now() - begin) / 1000;
  const rate = Math.round(iterations / seconds);
  console.log(
    `${label.padEnd(58)} ${rate.toLocaleString('en-US').padStart(13)} /s   (checksum ${sink % 1000})`,
  );
}

const rules: Record<string, DatedRule> = {
  '7 calendar days': { kind: 'calendarDays', days: 7 },
  '15 working days': { kind: 'workingDays', days: 15 },
  '2 months': { kind: 'months', months: 2 },
};

console.log(`node ${process.version}, ${process.arch}`);
console.log('-- hot path: dueEpochDay(rule, epochDay, calendar) --');
for (const [name, rule] of Object.entries(rules)) {
  perSecond(`due dates/s, ${name}`, 10_000_000, (i) => dueEpochDay(rule, startFrom + (i % SPAN), calendar));
}

console.log('-- ISO in, ISO out (parse + compute + format) --');
const isoStarts = Array.from({ length: SPAN }, (_, i) => isoFromEpochDay(startFrom + i));
for (const [name, rule] of Object.entries(rules)) {
  perSecond(`due dates/s, ${name}`, 5_000_000, (i) => {
    const start = isoStarts[i % SPAN] ?? '2025-01-01';
    return isoFromEpochDay(dueEpochDay(rule, epochDayFromIso(start), calendar)).length;
  });
}

console.log('-- full computeDueDate: validation + structured explanation (text not read) --');
for (const [name, rule] of Object.entries(rules)) {
  perSecond(`due dates/s, ${name}`, 1_000_000, (i) => {
    const outcome = computeDueDate(rule, isoStarts[i % SPAN] ?? '2025-01-01', calendar);
    return outcome.ok && outcome.value.due !== null ? outcome.value.due.length : 0;
  });
}

console.log('-- full computeDueDate, reading the zh sentence --');
for (const [name, rule] of Object.entries(rules)) {
  perSecond(`due dates/s, ${name}`, 500_000, (i) => {
    const outcome = computeDueDate(rule, isoStarts[i % SPAN] ?? '2025-01-01', calendar);
    return outcome.ok ? outcome.value.explanation.zh.length : 0;
  });
}

console.log('-- calendars --');
let begin = performance.now();
const tenantCalendars = 500;
for (let i = 0; i < tenantCalendars; i++) {
  createCalendar({ localRestDays: [{ date: isoFromEpochDay(startFrom + i), name: '地方休息日' }] });
}
console.log(
  `createCalendar with local days: ${((performance.now() - begin) / tenantCalendars).toFixed(2)} ms each`,
);

console.log('-- a year of cadences for 3,000 tenants (2 meeting series + 3 obligations each) --');
const meetings: Cadence[] = [{ kind: 'quarterly' }, { kind: 'yearly', timing: 'startOfYear' }];
const obligations: { cadence: Cadence; rule: DeadlineRule }[] = [
  { cadence: { kind: 'monthly' }, rule: { kind: 'dayOfNextMonth', day: 5 } },
  { cadence: { kind: 'quarterly' }, rule: { kind: 'dayAfterQuarter', day: 10 } },
  { cadence: { kind: 'halfYearly' }, rule: { kind: 'workingDays', days: 15 } },
];
for (const year of [2026, 2027]) {
  begin = performance.now();
  let occurrences = 0;
  for (let tenant = 0; tenant < 3000; tenant++) {
    for (const cadence of meetings) {
      const expanded = expandCadence(cadence, year);
      occurrences += expanded.ok ? expanded.value.length : 0;
    }
    for (const { cadence, rule } of obligations) {
      const expanded = expandCadence(cadence, year, { rule, calendar });
      occurrences += expanded.ok ? expanded.value.length : 0;
    }
  }
  const ms = performance.now() - begin;
  console.log(
    `year ${year}: ${occurrences.toLocaleString('en-US')} occurrences (with due dates + explanations) in ${ms.toFixed(0)} ms`,
  );
}
