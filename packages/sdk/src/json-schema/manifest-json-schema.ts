import { z } from 'zod';
import { manifestSchema } from '../manifest/manifest.schema.ts';

/** A JSON Schema document (draft 2020-12) as zod produces it. */
export type JsonSchema = z.core.JSONSchema.JSONSchema;

/**
 * The manifest as JSON Schema, for the OpenAPI document and the docs.
 * `io: 'output'` (the default) describes a validated manifest, every default
 * filled in, as `GET /api/platform/plugins/:id` returns it; `'input'` describes
 * what an author may write, defaults optional. `target: 'openapi-3.0'` suits an
 * OpenAPI 3.0 document; the default, draft 2020-12, is what OpenAPI 3.1 uses.
 */
export function manifestJsonSchema(
  options: { readonly io?: 'input' | 'output'; readonly target?: 'draft-2020-12' | 'openapi-3.0' } = {},
): JsonSchema {
  return z.toJSONSchema(manifestSchema, {
    io: options.io ?? 'output',
    target: options.target ?? 'draft-2020-12',
  });
}

/**
 * Every property name the manifest schema declares, at any depth, as
 * `parent.child` paths without array indices (`units.aliases`). The docs test
 * checks each one is documented.
 */
export function manifestFieldPaths(): string[] {
  const paths = new Set<string>();
  const visit = (node: unknown, prefix: string): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, prefix);
      return;
    }
    const record = node as Readonly<Record<string, unknown>>;
    const properties = record.properties;
    if (typeof properties === 'object' && properties !== null) {
      for (const [name, child] of Object.entries(properties)) {
        const path = prefix ? `${prefix}.${name}` : name;
        paths.add(path);
        visit(child, path);
      }
    }
    for (const nested of ['items', 'anyOf', 'oneOf', 'allOf']) visit(record[nested], prefix);
  };
  visit(manifestJsonSchema({ io: 'input' }), '');
  return [...paths].sort();
}
