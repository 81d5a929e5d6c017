import type { FastifyInstance } from 'fastify';

/** A loosely read API answer: the generator checks status codes and reads a few fields. */
export interface BenchAnswer {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the generator reads response bodies loosely
  readonly body: any;
}

/**
 * Drives the real API in-process (`inject`, no sockets) as one user, so template data
 * goes through the same routes, validation, clocks and audit events as users' data.
 */
export class BenchApi {
  private accessToken = '';
  private refreshToken = '';
  private tokenAt = 0;
  private requests = 0;
  private readonly spent = new Map<string, { count: number; ms: number }>();

  private readonly app: FastifyInstance;
  private readonly now: () => Date;

  private readonly refreshAfterMs: number;

  constructor(app: FastifyInstance, now: () => Date, accessTokenTtlSeconds = 900) {
    this.app = app;
    this.now = now;
    this.refreshAfterMs = (accessTokenTtlSeconds * 1000) / 2;
  }

  async login(username: string, password: string): Promise<void> {
    const answer = await this.call('POST', '/api/auth/login', { username, password }, false);
    if (answer.status !== 200)
      throw new Error(`login ${username}: ${answer.status} ${JSON.stringify(answer.body)}`);
    this.keep(answer.body);
  }

  async call(method: string, url: string, body?: unknown, authorised = true): Promise<BenchAnswer> {
    // Past the token's lifetime on the manual clock (when the app's config keeps the default), refresh.
    if (authorised && this.now().getTime() - this.tokenAt > this.refreshAfterMs) await this.refresh();
    this.requests += 1;
    const headers: Record<string, string> = { 'x-request-id': `bench-${this.requests}` };
    if (authorised) headers.authorization = `Bearer ${this.accessToken}`;
    const started = performance.now();
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
    });
    const route = `${method} ${url.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')}`;
    const spent = this.spent.get(route) ?? { count: 0, ms: 0 };
    spent.count += 1;
    spent.ms += performance.now() - started;
    this.spent.set(route, spent);
    return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : null };
  }

  /** Like `call`, but a non-2xx answer is an error naming the request. */
  async ok(method: string, url: string, body?: unknown): Promise<BenchAnswer['body']> {
    const answer = await this.call(method, url, body);
    if (answer.status >= 300) {
      throw new Error(`${method} ${url}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`);
    }
    return answer.body;
  }

  /** Where the time went, for the generator's log. */
  slowest(): string {
    return [...this.spent.entries()]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 4)
      .map(([route, { count, ms }]) => `${route} ×${count} ${(ms / count).toFixed(0)}ms`)
      .join('; ');
  }

  private async refresh(): Promise<void> {
    const answer = await this.call('POST', '/api/auth/refresh', { refreshToken: this.refreshToken }, false);
    if (answer.status !== 200) throw new Error(`refresh: ${answer.status} ${JSON.stringify(answer.body)}`);
    this.keep(answer.body);
  }

  private keep(pair: { accessToken: string; refreshToken: string }): void {
    this.accessToken = pair.accessToken;
    this.refreshToken = pair.refreshToken;
    this.tokenAt = this.now().getTime();
  }
}
