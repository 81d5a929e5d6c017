import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../..', import.meta.url));

function cli(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, ['packages/server/src/cli/main.ts', 'deadline', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const lastLine = (text: string): string => text.trimEnd().split('\n').at(-1) ?? '';

// Each run spawns a fresh Node process that loads the whole CLI: allow more than the default 5 s.
describe('liandong deadline', { timeout: 30_000 }, () => {
  it('prints the due date last, moved past 国庆 2026', () => {
    const run = cli('2026-09-28', '7d');
    expect(run.status).toBe(0);
    expect(lastLine(run.stdout)).toBe('2026-10-08');
    expect(run.stdout).toContain('国庆节');
    expect(run.stdout).not.toContain('provisional');
  });

  it('counts working days and months', () => {
    expect(lastLine(cli('2026-09-28', '5wd').stdout)).toBe('2026-10-10');
    expect(lastLine(cli('2026-01-31', '1m').stdout)).toBe('2026-02-28');
  });

  it('notes provisional years on the line before the date', () => {
    const lines = cli('2026-12-25', '7d').stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('2027-01-04');
    expect(lines.at(-2)).toContain('provisional: 2027');
  });

  it('prints the explanation as JSON with --json', () => {
    const run = cli('2026-09-28', '7d', '--json');
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout);
    expect(parsed).toMatchObject({
      rule: { kind: 'calendarDays', days: 7 },
      start: '2026-09-28',
      rawEnd: '2026-10-05',
      due: '2026-10-08',
      moved: true,
      provisional: false,
    });
    expect(parsed.explanation.steps).toContainEqual(
      expect.objectContaining({ code: 'MOVED_PAST_REST_DAY', to: '2026-10-08' }),
    );
  });

  it.each([
    [['2026-02-30', '7d'], /^liandong: invalid date: 2026-02-30/],
    [['2026-09-28', '7x'], /^liandong: unknown deadline rule: 7x/],
    [['2099-12-20', '30d'], /^liandong: date outside the calendar/],
  ])('refuses %j with one line and exit code 2', (args, message) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 when an argument is missing', () => {
    expect(cli('2026-09-28').status).toBe(2);
  });
});
