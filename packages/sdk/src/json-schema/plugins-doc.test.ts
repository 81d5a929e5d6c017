import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../validation/validate-manifest.ts';
import { manifestFieldPaths, manifestJsonSchema } from './manifest-json-schema.ts';

const doc = readFileSync(new URL('../../../../docs/plugins.md', import.meta.url), 'utf8');

function enumValues(node: unknown, into = new Set<string>()): Set<string> {
  if (typeof node !== 'object' || node === null) return into;
  if (Array.isArray(node)) {
    for (const item of node) enumValues(item, into);
    return into;
  }
  const record = node as Readonly<Record<string, unknown>>;
  if (Array.isArray(record.enum)) for (const v of record.enum) into.add(String(v));
  if (typeof record.const === 'string') into.add(record.const);
  for (const child of Object.values(record)) enumValues(child, into);
  return into;
}

describe('docs/plugins.md', () => {
  it('documents every field name of the manifest schema, at every depth', () => {
    const names = new Set(manifestFieldPaths().map((path) => path.split('.').at(-1) ?? path));
    const missing = [...names].filter((name) => !doc.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('documents every allowed value of every enumeration', () => {
    const missing = [...enumValues(manifestJsonSchema({ io: 'input' }))].filter(
      (value) => !doc.includes(`\`${value}\``),
    );
    expect(missing).toEqual([]);
  });

  it('has a worked example that validates', () => {
    const section = doc.slice(doc.indexOf('## 6. Worked example'), doc.indexOf('## 7. Manifest reference'));
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBeDefined();
    // The fragment is an object literal body with no TypeScript-only syntax, so JS can evaluate it.
    const fragment: unknown = new Function(`return ({${block}});`)();
    const result = validateManifest({
      id: 'worked-example',
      version: '1.0.0',
      sdk: '^0.1.0',
      name: '某县府检联动',
      charter: { title: '某县府检联动工作机制', issuedBy: ['某县人民政府'] },
      jurisdiction: { name: '某县', level: 'county' },
      ...(fragment as object),
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
