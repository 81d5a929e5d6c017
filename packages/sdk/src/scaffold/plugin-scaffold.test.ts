import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlugin } from '../load-plugin.ts';
import { SDK_VERSION } from '../version.ts';
import { pluginIdProblem, scaffoldPlugin } from './plugin-scaffold.ts';

const sdkDir = fileURLToPath(new URL('../..', import.meta.url));
const roots: string[] = [];

/** Writes the scaffold into a repo-shaped temp dir where `@liandong/sdk` is this package, and imports it. */
async function importScaffolded(id: string, name?: string): Promise<unknown> {
  const root = mkdtempSync(join(tmpdir(), 'liandong-scaffold-'));
  roots.push(root);
  mkdirSync(join(root, 'node_modules', '@liandong'), { recursive: true });
  symlinkSync(sdkDir, join(root, 'node_modules', '@liandong', 'sdk'), 'dir');
  // The generated tsconfig extends the workspace's, two levels up, as in the repo.
  copyFileSync(join(sdkDir, '..', '..', 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
  for (const file of scaffoldPlugin({ id, ...(name ? { name } : {}) })) {
    const path = join(root, 'plugins', id, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  return import(join(root, 'plugins', id, 'src', 'index.ts'));
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('scaffoldPlugin', () => {
  it('produces the plugin files, shaped like the existing plugins', () => {
    const files = scaffoldPlugin({ id: 'xuyi-test', name: '盱眙县府检联动' });
    expect(files.map((f) => f.path)).toEqual([
      'package.json',
      'tsconfig.json',
      'src/manifest.ts',
      'src/index.ts',
      'src/manifest.test.ts',
      'README.md',
    ]);
    const pkg: unknown = JSON.parse(files[0]!.contents);
    expect(pkg).toEqual({
      name: '@liandong/plugin-xuyi-test',
      version: '0.1.0',
      type: 'module',
      private: true,
      exports: { '.': './src/index.ts' },
      scripts: { typecheck: 'tsc -p tsconfig.json' },
      dependencies: { '@liandong/sdk': 'workspace:*' },
      devDependencies: { typescript: 'catalog:', vitest: 'catalog:', '@types/node': 'catalog:' },
    });
    const manifest = files[2]!.contents;
    expect(manifest).toContain(`sdk: '^${SDK_VERSION}',`);
    expect(manifest).toContain("name: '盱眙县',");
    expect(manifest).toContain('【填写】');
    expect(manifest).not.toMatch(/TODO|FIXME/);
    expect(files[4]!.contents).toContain("kit.unit('盱眙县人民政府')");
  });

  it('generates a manifest that loads as is', async () => {
    const plugin = loadPlugin(await importScaffolded('sample-county', '某县府检联动'));
    expect(plugin.manifest).toMatchObject({
      id: 'sample-county',
      name: '某县府检联动',
      sdk: `^${SDK_VERSION}`,
    });
    expect(plugin.manifest.jurisdiction.name).toBe('某县');
  });

  it('escapes a display name safely and defaults it to the id', async () => {
    const plugin = loadPlugin(await importScaffolded('quoted', "O'Brien \\ 县"));
    expect(plugin.manifest.name).toBe("O'Brien \\ 县");
    expect(scaffoldPlugin({ id: 'plain' })[2]?.contents).toContain("name: 'plain',");
  });

  it('refuses an invalid id', () => {
    expect(pluginIdProblem('xuyi')).toBeUndefined();
    expect(pluginIdProblem('Xuyi')).toBe(
      'invalid plugin id "Xuyi": a plugin id is 2–40 lower-case ASCII letters, digits or "-"',
    );
    expect(() => scaffoldPlugin({ id: '../evil' })).toThrow(/invalid plugin id/);
  });
});
