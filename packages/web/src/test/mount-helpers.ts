import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { createAppI18n } from '../i18n/index.ts';
import { routes } from '../router/routes.ts';

/** A fresh Pinia, zh-CN i18n and an in-memory router, as the app wires them. */
export function appPlugins(): { plugins: unknown[]; router: Router } {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({ history: createMemoryHistory(), routes });
  return { plugins: [pinia, createAppI18n('zh-CN'), router], router };
}

/** A fetch stub answering from a list of handlers, recording each call. */
export function stubFetch(handler: (request: Request) => Response | Promise<Response>) {
  const calls: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request =
      input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'), init);
    calls.push(request.clone());
    return handler(request);
  };
  globalThis.fetch = fetch as typeof globalThis.fetch;
  return calls;
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
