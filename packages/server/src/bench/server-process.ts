import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const SERVER_ROOT = path.resolve(import.meta.dirname, '../..');
const REPO_ROOT = path.resolve(SERVER_ROOT, '../..');

/**
 * The environment settings and Node flags `pnpm start` runs the server with (its last
 * command, `NAME=value … node --flag … main.ts`), so the bench measures the server as it is
 * started, memory settings included (README, "Configuration").
 */
export function startSettings(): { env: Record<string, string>; nodeFlags: string[] } {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const command = manifest.scripts.start.split('&&').at(-1)?.trim().split(/\s+/) ?? [];
  const env: Record<string, string> = {};
  const nodeFlags: string[] = [];
  for (const word of command) {
    const assignment = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(word);
    if (assignment?.[1] && assignment[2] !== undefined) env[assignment[1]] = assignment[2];
    else if (word.startsWith('--')) nodeFlags.push(word);
  }
  return { env, nodeFlags };
}

/** Starts a script of the server package as a process of its own and waits until `ready` answers. */
export async function startProcess(
  script: string,
  env: Record<string, string>,
  ready: string,
  log: (line: string) => void,
  nodeFlags: readonly string[] = [],
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeFlags, path.join(SERVER_ROOT, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(ready);
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${script} did not answer ${ready} within 2 minutes:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log(`${script} is up (pid ${child.pid})`);
  return child;
}

/** Stops a process started here (SIGTERM, then SIGKILL after 10 s). */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
