import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlugin } from '@liandong/sdk';
import { Command, CommanderError } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { registerPluginCommand } from './plugin-command.ts';

const repo = fileURLToPath(new URL('../../../..', import.meta.url));
const require = createRequire(import.meta.url);
const roots: string[] = [];

/** A temp dir shaped like the repo: tsconfig.base.json and node_modules with the SDK and vitest. */
function repoShapedTempDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'liandong-plugin-new-'));
  roots.push(root);
  copyFileSync(join(repo, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
  mkdirSync(join(root, 'node_modules', '@liandong'), { recursive: true });
  symlinkSync(join(repo, 'packages', 'sdk'), join(root, 'node_modules', '@liandong', 'sdk'), 'dir');
  symlinkSync(dirname(require.resolve('vitest/package.json')), join(root, 'node_modules', 'vitest'), 'dir');
  return root;
}

/** Runs the CLI in-process against `cwd`, capturing what it prints. */
async function run(cwd: string, ...args: string[]): Promise<{ out: string; err: string; exitCode: number }> {
  let out = '';
  let err = '';
  const program = new Command('liandong').exitOverride().configureOutput({
    writeOut: (t) => (out += t),
    writeErr: (t) => (err += t),
    outputError: (t) => (err += t),
  });
  registerPluginCommand(program, { cwd: () => cwd, write: (t) => (out += t) });
  try {
    await program.parseAsync(['plugin', 'new', ...args], { from: 'user' });
    return { out, err, exitCode: 0 };
  } catch (error) {
    if (error instanceof CommanderError) return { out, err, exitCode: error.exitCode };
    throw error;
  }
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('liandong plugin new', () => {
  it('scaffolds a plugin that passes its own tests unchanged', async () => {
    const root = repoShapedTempDir();
    const result = await run(root, 'demo-county', '--name', '示例县府检联动');
    expect(result).toMatchObject({ exitCode: 0, err: '' });
    expect(result.out.split('\n')).toEqual([
      'created plugins/demo-county/ (@liandong/plugin-demo-county):',
      '  plugins/demo-county/package.json',
      '  plugins/demo-county/tsconfig.json',
      '  plugins/demo-county/src/manifest.ts',
      '  plugins/demo-county/src/index.ts',
      '  plugins/demo-county/src/manifest.test.ts',
      '  plugins/demo-county/README.md',
      'next: pnpm install && pnpm vitest run plugins/demo-county',
      '',
    ]);
    const dir = join(root, 'plugins', 'demo-county');
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toMatchObject({
      name: '@liandong/plugin-demo-county',
      dependencies: { '@liandong/sdk': 'workspace:*' },
    });
    const plugin = loadPlugin(await import(join(dir, 'src', 'index.ts')));
    expect(plugin.manifest.name).toBe('示例县府检联动');

    const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
    const { FORCE_COLOR: _, ...env } = process.env;
    const child = spawnSync(process.execPath, [vitest, 'run'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...env, NO_COLOR: '1' },
    });
    expect(child.stdout + child.stderr).toMatch(/Tests\s+4 passed/);
    expect(child.status).toBe(0);
  }, 60_000);

  it('writes into --dir', async () => {
    const root = repoShapedTempDir();
    const result = await run(root, 'elsewhere', '--dir', 'custom/place');
    expect(result.exitCode).toBe(0);
    expect(existsSync(join(root, 'custom', 'place', 'elsewhere', 'src', 'manifest.ts'))).toBe(true);
  });

  it('refuses an invalid id with one line and exit code 2', async () => {
    const root = repoShapedTempDir();
    const result = await run(root, 'Bad_Id');
    expect(result.exitCode).toBe(2);
    expect(result.err).toBe(
      'liandong plugin new: invalid plugin id "Bad_Id": a plugin id is 2–40 lower-case ASCII letters, digits or "-"\n',
    );
    expect(existsSync(join(root, 'plugins'))).toBe(false);
  });

  it('refuses an existing directory and leaves it untouched', async () => {
    const root = repoShapedTempDir();
    await run(root, 'twice');
    const manifestPath = join(root, 'plugins', 'twice', 'src', 'manifest.ts');
    const before = readFileSync(manifestPath, 'utf8');
    const result = await run(root, 'twice', '--name', '别的名字');
    expect(result.exitCode).toBe(2);
    expect(result.err).toBe(
      'liandong plugin new: plugins/twice already exists; choose another id or --dir\n',
    );
    expect(readFileSync(manifestPath, 'utf8')).toBe(before);
  });

  it('is wired into the real CLI entry point (exit code 2 on refusal)', () => {
    const main = join(repo, 'packages', 'server', 'src', 'cli', 'main.ts');
    const child = spawnSync(process.execPath, [main, 'plugin', 'new', 'NOPE'], {
      cwd: repoShapedTempDir(),
      encoding: 'utf8',
    });
    expect(child.status).toBe(2);
    expect(child.stderr.trim().split('\n')).toHaveLength(1);
    expect(execFileSync(process.execPath, [main, 'plugin', 'new', '--help'], { encoding: 'utf8' })).toContain(
      '--name',
    );
    // Two cold starts of the whole CLI: generous for a loaded CI machine.
  }, 60_000);
});
