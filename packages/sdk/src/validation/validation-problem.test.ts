import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem } from './validation-problem.ts';

describe('formatPath', () => {
  it('writes keys with dots, indices in brackets, and odd keys quoted', () => {
    expect(formatPath(['taskListTemplates', 0, 'areas', 2, 'units', 0])).toBe(
      'taskListTemplates[0].areas[2].units[0]',
    );
    expect(formatPath(['units', 1, 'foo-bar'])).toBe('units[1]["foo-bar"]');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    expect(formatPath([])).toBe('');
  });
});

describe('formatProblem', () => {
  it('prefixes the path, or gives the message alone for the whole manifest', () => {
    expect(formatProblem({ path: 'units[0].kind', message: 'bad' })).toBe('units[0].kind: bad');
    expect(formatProblem({ path: '', message: 'bad' })).toBe('bad');
  });
});
