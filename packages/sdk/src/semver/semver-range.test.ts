import { describe, expect, it } from 'vitest';
import { compareVersions, isValidRange, parseVersion, satisfies } from './semver-range.ts';

describe('satisfies', () => {
  it.each([
    ['0.1.0', '^0.1.0', true],
    ['0.1.9', '^0.1.0', true],
    ['0.2.0', '^0.1.0', false],
    ['0.0.3', '^0.0.3', true],
    ['0.0.4', '^0.0.3', false],
    ['1.9.0', '^1.2.0', true],
    ['1.1.9', '^1.2.0', false],
    ['2.0.0', '^1.2.0', false],
    ['2.0.0-rc.1', '^1.2.0', false],
    ['1.2.9', '~1.2.0', true],
    ['1.3.0', '~1.2.0', false],
    ['3.0.0', '>=1.0.0', true],
    ['0.9.9', '>=1.0.0', false],
    ['0.1.0', '0.1.0', true],
    ['0.1.0', '=0.1.0', true],
    ['0.1.1', '0.1.0', false],
    ['0.5.0', '0.1.0 - 0.5.0', true],
    ['0.5.1', '0.1.0 - 0.5.0', false],
    ['0.0.9', '0.1.0 - 0.5.0', false],
    ['0.1.0', 'latest', false],
    ['not-a-version', '^0.1.0', false],
  ])('%s in %s → %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });
});

describe('isValidRange', () => {
  it('accepts the supported forms and rejects the rest', () => {
    expect(['^0.1.0', '~1.0.0', '>=1.0.0', '1.0.0', '1.0.0 - 2.0.0'].every(isValidRange)).toBe(true);
    expect(['*', '1.x', '>1.0.0', '^1.0', ''].some(isValidRange)).toBe(false);
  });
});

describe('compareVersions', () => {
  it('orders prereleases before their release, numerically', () => {
    const v = (s: string) => parseVersion(s)!;
    expect(compareVersions(v('1.0.0-rc.1'), v('1.0.0'))).toBe(-1);
    expect(compareVersions(v('1.0.0-rc.2'), v('1.0.0-rc.10'))).toBe(-1);
    expect(compareVersions(v('1.0.0-alpha'), v('1.0.0-alpha.1'))).toBe(-1);
    expect(compareVersions(v('1.10.0'), v('1.9.0'))).toBe(1);
    expect(compareVersions(v('1.0.0'), v('1.0.0'))).toBe(0);
  });
});
