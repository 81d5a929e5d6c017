import {
  buildApp,
  type Clock,
  type Config,
  createOrm,
  loadConfig,
  loadInstalledPlugins,
  type MikroORM,
  type PluginRegistry,
  seedDemo,
  systemClock,
} from '@liandong/server';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export const DEMO_PASSWORD = 'demo-password-for-tests';

export interface TestServer {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly orm: MikroORM;
  readonly database: TestDatabase;
  readonly plugins: PluginRegistry;
  readonly config: Config;
  close(): Promise<void>;
}

export interface TestServerOptions {
  readonly clock?: Clock;
  readonly seedDemo?: boolean;
  readonly env?: Record<string, string>;
  readonly plugins?: PluginRegistry;
  /** Serve the built web UI (`packages/web/dist`) on the same port, as `pnpm start` does. */
  readonly serveWeb?: boolean;
}

let installed: Promise<PluginRegistry> | undefined;

/** The real API on 127.0.0.1 over a database of the test file's own, connected as the app role. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.ownerUrl,
    DATABASE_APP_URL: database.appUrl,
    JWT_SECRET: 'test-secret-of-at-least-thirty-two-characters',
    LIANDONG_DEMO_PASSWORD: DEMO_PASSWORD,
    ...options.env,
  });
  const clock = options.clock ?? systemClock;
  installed ??= loadInstalledPlugins();
  const plugins = options.plugins ?? (await installed);
  const orm = await createOrm({ url: database.appUrl, poolMax: 5 });
  if (options.seedDemo ?? true) {
    await seedDemo({ orm, plugins, clock, password: DEMO_PASSWORD, isProduction: false });
  }
  const app = await buildApp({
    orm,
    config,
    clock,
    plugins,
    logger: false,
    serveWeb: options.serveWeb ?? false,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    orm,
    database,
    plugins,
    config,
    async close() {
      await app.close();
      await orm.close(true);
      await database.drop();
    },
  };
}

/** A small JSON client for the API, as a browser or script would call it. */
export class ApiClient {
  readonly baseUrl: string;
  token: string | undefined;

  constructor(baseUrl: string, token?: string) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown; headers: Headers }> {
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Non-JSON bodies (HTML, plain text) are returned as text.
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  get(path: string) {
    return this.request('GET', path);
  }

  post(path: string, body?: unknown) {
    return this.request('POST', path, body);
  }

  /** Signs in and keeps the access token for later requests. */
  async login(username: string, password = DEMO_PASSWORD): Promise<TokenPair> {
    const response = await this.post('/api/auth/login', { username, password });
    if (response.status !== 200)
      throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    const pair = response.body as TokenPair;
    this.token = pair.accessToken;
    return pair;
  }
}

export interface TokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresIn: number;
}

/** A client signed in as the given user. */
export async function signedIn(
  server: TestServer,
  username: string,
  password = DEMO_PASSWORD,
): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  await client.login(username, password);
  return client;
}
