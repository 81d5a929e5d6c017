import { formatPath } from '../validation/validation-problem.ts';

/** A JSON value, as every part of a validated manifest is. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** One field that differs between two versions of a declaration; absent sides are undefined. */
export interface FieldChange {
  /** Relative to the declaration, in the validation path format (`deadline.months`, `areas[0].title`). */
  readonly path: string;
  readonly from: JsonValue | undefined;
  readonly to: JsonValue | undefined;
}

/** Whether a JSON value is an object (not an array, not null). */
export function isJsonObject(value: unknown): value is { readonly [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values (key order ignored). */
export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item: JsonValue, i) => jsonEqual(item, b[i]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

function walk(
  a: JsonValue | undefined,
  b: JsonValue | undefined,
  path: PropertyKey[],
  out: FieldChange[],
): void {
  if (jsonEqual(a, b)) return;
  // A value with a `kind` (a deadline rule, a cadence) means one thing as a whole:
  // "2个月内 → 30日内" is the change, not its parts.
  if (isJsonObject(a) && isJsonObject(b) && typeof a.kind !== 'string' && typeof b.kind !== 'string') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) walk(a[k], b[k], [...path, k], out);
    return;
  }
  // Same-length lists of records (areas, tasks) are compared item by item so an
  // edit to one measure is not reported as a new list; other lists are read whole.
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && [...a, ...b].every(isJsonObject)) {
    for (let i = 0; i < a.length; i++) walk(a[i], b[i], [...path, i], out);
    return;
  }
  out.push({ path: formatPath(path), from: a, to: b });
}

/** The fields that differ between two JSON values, deepest first-differing paths. */
export function fieldChanges(
  from: JsonValue | undefined,
  to: JsonValue | undefined,
  ignore: readonly string[] = [],
): FieldChange[] {
  const out: FieldChange[] = [];
  if (isJsonObject(from) && isJsonObject(to)) {
    const keys = new Set([...Object.keys(from), ...Object.keys(to)]);
    for (const k of keys) if (!ignore.includes(k)) walk(from[k], to[k], [k], out);
    return out;
  }
  walk(from, to, [], out);
  return out;
}
