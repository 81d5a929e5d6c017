import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@liandong/server';

/** A PostgreSQL server the test run may create roles and databases on. */
export interface DatabaseSource {
  readonly kind: 'url' | 'testcontainers' | 'embedded';
  /** A superuser (or CREATEDB + CREATEROLE) URL to its maintenance database. */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

/**
 * Where the tests' PostgreSQL comes from: TEST_DATABASE_URL or DATABASE_URL
 * when set, testcontainers when a Docker engine answers, embedded otherwise.
 */
export async function openDatabaseSource(): Promise<DatabaseSource> {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) return { kind: 'url', adminUrl: given, stop: async () => {} };
  if (await dockerAnswers()) return startContainer();
  return startEmbedded();
}

async function dockerAnswers(): Promise<boolean> {
  const socket = process.env.DOCKER_HOST?.replace(/^unix:\/\//, '') ?? '/var/run/docker.sock';
  if (socket.includes('://')) return false;
  return new Promise((resolve) => {
    const connection = net.connect(socket);
    connection.setTimeout(1000);
    connection.once('connect', () => {
      connection.end();
      resolve(true);
    });
    connection.once('error', () => resolve(false));
    connection.once('timeout', () => {
      connection.destroy();
      resolve(false);
    });
  });
}

async function startContainer(): Promise<DatabaseSource> {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer('postgres:17-alpine').start();
  return {
    kind: 'testcontainers',
    adminUrl: container.getConnectionUri(),
    stop: async () => void (await container.stop()),
  };
}

async function startEmbedded(): Promise<DatabaseSource> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `liandong-test-${randomUUID().slice(0, 8)}-`));
  await chmod(dir, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort() });
  return {
    kind: 'embedded',
    adminUrl: cluster.superuserUrl(),
    async stop() {
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
