/**
 * The few semver range forms plugins use for their `sdk` field. A full semver
 * library would be a dependency the SDK boundary forbids for ~60 lines of logic.
 */

/** A parsed MAJOR.MINOR.PATCH[-prerelease] version. */
export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: readonly string[];
}

const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** Parses a version, or returns undefined when it is not MAJOR.MINOR.PATCH[-pre]. */
export function parseVersion(text: string): SemVer | undefined {
  const m = VERSION.exec(text.trim());
  if (!m) return undefined;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] === undefined ? [] : m[4].split('.'),
  };
}

function compareIdentifiers(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return Math.sign(Number(a) - Number(b));
  if (an !== bn) return an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders two versions by semver precedence (a prerelease sorts before its release). */
export function compareVersions(a: SemVer, b: SemVer): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return Math.sign(core);
  if (a.prerelease.length === 0 && b.prerelease.length === 0) return 0;
  if (a.prerelease.length === 0) return 1;
  if (b.prerelease.length === 0) return -1;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const c = compareIdentifiers(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

type Bound = { readonly op: '>=' | '<' | '='; readonly v: SemVer };

function caretUpper(v: SemVer): SemVer {
  // ^0.y.z only promises compatibility within the minor, ^0.0.z within the patch.
  if (v.major > 0) return { major: v.major + 1, minor: 0, patch: 0, prerelease: ['0'] };
  if (v.minor > 0) return { major: 0, minor: v.minor + 1, patch: 0, prerelease: ['0'] };
  return { major: 0, minor: 0, patch: v.patch + 1, prerelease: ['0'] };
}

function toBounds(range: string): Bound[] | undefined {
  const text = range.trim();
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
  if (hyphen) {
    const lo = parseVersion(hyphen[1] ?? '');
    const hi = parseVersion(hyphen[2] ?? '');
    if (!lo || !hi) return undefined;
    return [
      { op: '>=', v: lo },
      { op: '<', v: { ...hi, patch: hi.patch + 1, prerelease: ['0'] } },
    ];
  }
  const m = /^(\^|~|>=|=)?\s*(\S+)$/.exec(text);
  const v = m ? parseVersion(m[2] ?? '') : undefined;
  if (!m || !v) return undefined;
  switch (m[1]) {
    case '^':
      return [
        { op: '>=', v },
        { op: '<', v: caretUpper(v) },
      ];
    case '~':
      return [
        { op: '>=', v },
        { op: '<', v: { major: v.major, minor: v.minor + 1, patch: 0, prerelease: ['0'] } },
      ];
    case '>=':
      return [{ op: '>=', v }];
    default:
      return [{ op: '=', v }];
  }
}

/** Whether `range` is one of the forms {@link satisfies} understands. */
export function isValidRange(range: string): boolean {
  return toBounds(range) !== undefined;
}

/**
 * Whether `version` lies in `range`: `^x.y.z`, `~x.y.z`, `>=x.y.z`, exact `x.y.z`
 * (or `=x.y.z`) and `x.y.z - a.b.c` (inclusive). Returns false for anything it cannot parse.
 */
export function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  const bounds = toBounds(range);
  if (!v || !bounds) return false;
  return bounds.every(({ op, v: b }) => {
    const c = compareVersions(v, b);
    return op === '>=' ? c >= 0 : op === '<' ? c < 0 : c === 0;
  });
}
