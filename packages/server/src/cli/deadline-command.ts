import {
  type CoreError,
  computeDueDate,
  officialCalendar,
  parseIsoDate,
  parseRuleText,
} from '@liandong/core';
import type { Command } from 'commander';

/** A user mistake: one line on stderr and exit code 2, never a stack trace. */
function refuse(error: CoreError): void {
  process.stderr.write(`liandong: ${error.en}\n`);
  process.exitCode = 2;
}

/**
 * Registers `liandong deadline <from> <rule> [--json]`: the due date of a
 * period (`7d`, `3wd`, `2m`) counted from `from` on the official calendar.
 * The date is always the last line so scripts can `tail -n1`; provisional
 * years are flagged on the line before it.
 */
export function registerDeadlineCommand(program: Command): void {
  program
    .command('deadline')
    .description('compute a legal due date on the official holiday calendar')
    .argument('<from>', 'start date YYYY-MM-DD (the start day itself is not counted)')
    .argument('<rule>', '<N>d calendar days, <N>wd working days, or <N>m months')
    .option('--json', 'print the due date with its full explanation as JSON')
    .action((from: string, ruleText: string, options: { json?: boolean }) => {
      const start = parseIsoDate(from);
      if (!start.ok) return refuse(start.error);
      const rule = parseRuleText(ruleText);
      if (!rule.ok) return refuse(rule.error);
      const outcome = computeDueDate(rule.value, start.value, officialCalendar);
      if (!outcome.ok) return refuse(outcome.error);
      const due = outcome.value;
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ rule: rule.value, ...due }, null, 2)}\n`);
        return;
      }
      const lines = [due.explanation.zh];
      if (due.provisional && due.kind === 'dated') {
        const years = due.calendarYears.filter((y) => y.source === 'provisional').map((y) => y.year);
        lines.push(
          `provisional: ${years.join(', ')} holidays computed from the statutory rules; the date may move`,
        );
      }
      lines.push(due.due ?? '');
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
