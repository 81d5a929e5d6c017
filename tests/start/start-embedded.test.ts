import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, SERVER_MAIN } from '../support/spawn.ts';
import { ApiClient } from '../support/test-server.ts';

let child: ChildProcessWithoutNullStreams | undefined;
let dataDir: string | undefined;

afterAll(async () => {
  child?.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('starting the product with no DATABASE_URL (what `pnpm start` runs)', () => {
  it('starts embedded PostgreSQL, migrates, seeds the demo, serves, and shuts down cleanly on SIGTERM', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'liandong-start-'));
    await chmod(dataDir, 0o755);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(await freePort()),
      LIANDONG_PG_PORT: String(await freePort()),
      LIANDONG_DATA_DIR: dataDir,
      LIANDONG_DEMO_PASSWORD: 'start-test-password',
      NODE_ENV: 'development',
    };
    delete env.DATABASE_URL;
    delete env.DATABASE_APP_URL;
    const started = spawn(process.execPath, [SERVER_MAIN], { cwd: REPO_ROOT, env });
    child = started;
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${output}`)), 90_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      started.stdout.on('data', onData);
      started.stderr.on('data', onData);
      started.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });

    const client = new ApiClient(url);
    expect((await client.get('/api/health')).status).toBe(200);
    await client.login('operator', 'start-test-password');
    const tenants = (await client.get('/api/platform/tenants')).body as { tenants: { code: string }[] };
    expect(tenants.tenants.map((tenant) => tenant.code).sort()).toEqual([
      'fanshi',
      'jiangan',
      'suzhou',
      'xiangan',
      'xuyi',
    ]);
    const admin = new ApiClient(url);
    await admin.login('suzhou-admin', 'start-test-password');
    expect((await admin.get('/api/t/suzhou')).status).toBe(200);

    const exitCode = await new Promise<number | null>((resolve) => {
      started.removeAllListeners('exit');
      started.once('exit', (code) => resolve(code));
      started.kill('SIGTERM');
    });
    expect(exitCode).toBe(0);
    expect(output).toContain('SIGTERM: shutting down');
    child = undefined;
  }, 120_000);
});
