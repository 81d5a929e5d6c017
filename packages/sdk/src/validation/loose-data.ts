/**
 * Safe readers for a manifest that may not have passed the schema yet: the
 * cross-reference checks run on raw input so every problem is reported at once.
 */

/** A plain object as read from untrusted input. */
export type Loose = Readonly<Record<string, unknown>>;

/** Whether `value` is a non-array object. */
export function isLoose(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` if it is an array, else empty (the schema reports the wrong type). */
export function looseList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `value` if it is a string, else undefined. */
export function looseString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The field `name` of `value` when `value` is an object. */
export function field(value: unknown, name: string): unknown {
  return isLoose(value) ? value[name] : undefined;
}
