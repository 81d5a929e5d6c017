import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_ROOT = path.join(REPO_ROOT, 'packages/web');
export const WEB_DIST = path.join(WEB_ROOT, 'dist');

function newestMtime(entry: string): number {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** Whether `dist` is missing or older than any source of the UI. */
export function isWebBuildStale(): boolean {
  const built = statSync(path.join(WEB_DIST, 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((name) =>
    newestMtime(path.join(WEB_ROOT, name)),
  );
  return built === 0 || Math.max(...sources) > built;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Builds the UI when stale; browser test files running in parallel build it once (a directory lock). */
export async function ensureWebBuilt(): Promise<void> {
  const lock = path.join(os.tmpdir(), 'liandong-web-build.lock');
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 180_000) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    if (!isWebBuildStale()) return;
    const result = spawnSync('pnpm', ['--filter', '@liandong/web', 'build'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      // Vitest sets NODE_ENV=test, which would make Vite bundle Vue's and Element Plus's development builds.
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (result.status !== 0) throw new Error(`web build failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
