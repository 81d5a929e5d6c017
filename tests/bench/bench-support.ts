import { spawn } from 'node:child_process';
import { chmod, mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/spawn.ts';

/** The bench's "today" in these tests (the seed and the sweep use it). */
export const BENCH_TODAY = '2026-11-24';
const SEED_SCRIPT = path.join(REPO_ROOT, 'packages/server/scripts/bench-seed.ts');

export interface BenchDir {
  readonly dir: string;
  readonly port: number;
  readonly env: Record<string, string>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A private folder and port for one test file's bench cluster. */
export async function benchDir(): Promise<BenchDir> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'liandong-bench-'));
  await chmod(dir, 0o755);
  const port = await freePort();
  return {
    dir,
    port,
    env: {
      LIANDONG_BENCH_DIR: dir,
      LIANDONG_BENCH_RESULTS: dir,
      LIANDONG_BENCH_PG_PORT: String(port),
      LIANDONG_BENCH_TODAY: BENCH_TODAY,
    },
  };
}

/** Runs `bench:seed` as a user would, in the given bench folder. */
export function seed(
  bench: BenchDir,
  args: readonly string[],
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SEED_SCRIPT, ...args], {
      cwd: bench.dir,
      env: { ...process.env, ...bench.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('close', (code) => resolve({ code, output }));
  });
}
