import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  appUrlFrom,
  bootstrapDatabase,
  buildApp,
  createOrm,
  type EmbeddedCluster,
  loadConfig,
  loadInstalledPlugins,
  type MikroORM,
  migrate,
  OWNER_ROLE,
  seedDemo,
  startEmbeddedPostgres,
  systemClock,
} from '@liandong/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, DEMO_PASSWORD } from '../support/test-server.ts';

/** This file stops and restarts PostgreSQL, so it runs one of its own. */
let dir: string;
let port: number;
let cluster: EmbeddedCluster | undefined;
let orm: MikroORM;
let app: FastifyInstance;
let url: string;

const PASSWORDS = { owner: 'outage-owner', app: 'outage-app-password' };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const startCluster = () => startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'liandong-outage-'));
  await chmod(dir, 0o755);
  port = await freePort();
  cluster = await startCluster();
  await bootstrapDatabase(cluster.superuserUrl(), 'liandong', PASSWORDS);
  const ownerUrl = new URL(cluster.superuserUrl('liandong'));
  ownerUrl.username = OWNER_ROLE;
  ownerUrl.password = PASSWORDS.owner;
  await migrate(ownerUrl.toString(), PASSWORDS.app);
  const appUrl = appUrlFrom(ownerUrl.toString(), PASSWORDS.app);
  orm = await createOrm({ url: appUrl, poolMax: 4 });
  const plugins = await loadInstalledPlugins();
  await seedDemo({ orm, plugins, clock: systemClock, password: DEMO_PASSWORD, isProduction: false });
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'outage-test-secret-of-32-characters-x' });
  app = await buildApp({ orm, config, clock: systemClock, plugins, logger: false });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await orm?.close(true);
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('the database stops and comes back', () => {
  it('fails fast with 503 and Retry-After while it is down, and recovers by itself', async () => {
    const admin = new ApiClient(url);
    await admin.login('xuyi-admin');
    expect((await admin.get('/api/t/xuyi/units')).status).toBe(200);

    await cluster!.stop();
    cluster = undefined;
    for (const attempt of [
      admin.get('/api/t/xuyi/units'),
      admin.get('/api/t/xuyi/units'),
      new ApiClient(url).get('/api/health'),
    ]) {
      const started = Date.now();
      const response = await attempt;
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBeTruthy();
      expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    const login = await new ApiClient(url).post('/api/auth/login', {
      username: 'xuyi-admin',
      password: DEMO_PASSWORD,
    });
    expect(login.status).toBe(503);
    expect(login.body).toMatchObject({ error: { code: 'DATABASE_UNAVAILABLE' } });

    cluster = await startCluster();
    let recovered = 0;
    for (let attempt = 0; attempt < 50 && recovered === 0; attempt += 1) {
      if ((await admin.get('/api/t/xuyi/units')).status === 200) recovered += 1;
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(recovered).toBe(1);
    expect((await new ApiClient(url).get('/api/health')).status).toBe(200);
  }, 90_000);
});
