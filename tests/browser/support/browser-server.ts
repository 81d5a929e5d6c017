import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer, type TestServerOptions } from '../../support/test-server.ts';
import { type Browser, openBrowser } from './browser.ts';
import { ensureWebBuilt } from './web-build.ts';

/** The server with the built web UI and a browser on it, for one describe block. */
export interface BrowserServer {
  readonly server: TestServer;
  readonly browser: Browser;
}

/**
 * Starts the built UI's server and a browser before the block's tests and closes both
 * after them. Read `server` and `browser` inside tests: they exist once `beforeAll` ran.
 */
export function useBrowserServer(options: TestServerOptions = {}): BrowserServer {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startTestServer({ ...options, serveWeb: true });
    browser = await openBrowser(server.url);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`the ${name} is not started: use it inside a test`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
