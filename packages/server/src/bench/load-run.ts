import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import {
  type CreatedDraft,
  createdDraft,
  type EndpointName,
  type LoadTenant,
  plannedRequest,
} from './load-plan.ts';

export interface LoadFigures {
  readonly name: string;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly errors: number;
  /** Errors by HTTP status (`noResponse` for a request that got none), so a run says what failed. */
  readonly errorStatuses: Readonly<Record<string, number>>;
  /** The first body of each `endpoint status` that failed (the JSON results keep them). */
  readonly errorSamples: Readonly<Record<string, string>>;
  readonly serverRssMbMax: number | null;
}

interface SessionContext {
  tenant?: LoadTenant;
  created?: CreatedDraft | undefined;
}

let sessions = 0;

/** Resident memory of a process in MiB (Linux), or null where /proc is missing. */
export function rssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return line ? Math.round(Number(line[1]) / 1024) : null;
  } catch {
    return null;
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return (
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10
  );
}

/**
 * Drives `sequence` (one user session: each connection takes the next tenant's admin
 * at its start) for `seconds` with autocannon, and measures each response's latency;
 * `measured` limits the figures to some steps (a transition needs a draft made first).
 */
export async function runLoad(options: {
  readonly name: string;
  readonly url: string;
  readonly sequence: readonly EndpointName[] | readonly { path: string }[];
  readonly tenants: readonly LoadTenant[];
  readonly seconds: number;
  readonly connections: number;
  readonly today: string;
  readonly measured?: readonly EndpointName[];
  readonly serverPid?: number | undefined;
}): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const errorStatuses: Record<string, number> = {};
  /** The first answer of each endpoint and error status, to say what failed. */
  const errorSamples = new Map<string, string>();
  let maxRss = rssMb(options.serverPid);
  const sampler = setInterval(() => {
    const now = rssMb(options.serverPid);
    if (now !== null && (maxRss === null || now > maxRss)) maxRss = now;
  }, 250);
  const requests = options.sequence.map((step, index) => {
    if (typeof step !== 'string') return { method: 'GET' as const, path: step.path, name: step.path };
    return {
      name: step,
      setupRequest: (request: autocannon.Request, context: SessionContext) => {
        if (index === 0 || !context.tenant)
          context.tenant = options.tenants[sessions++ % options.tenants.length];
        const tenant = context.tenant as LoadTenant;
        const planned = plannedRequest(
          step,
          tenant,
          options.today,
          context.created,
          options.sequence.length > 2,
        );
        return {
          ...request,
          method: planned.method,
          path: planned.path,
          headers: {
            authorization: `Bearer ${tenant.token}`,
            ...(planned.body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body: planned.body !== undefined ? JSON.stringify(planned.body) : undefined,
        } as autocannon.Request;
      },
      onResponse: (status: number, body: string, context: SessionContext) => {
        const sample = `${step} ${status}`;
        if (status >= 400 && !errorSamples.has(sample)) errorSamples.set(sample, body.slice(0, 300));
        if (step === 'createMatter')
          if (status === 201) {
            context.created = createdDraft(JSON.parse(body) as Parameters<typeof createdDraft>[0]);
          } else context.created = undefined;
      },
    };
  });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        requests,
        timeout: 10,
      },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on('response', (client: unknown, status: number, _bytes: number, responseTime: number) => {
      // The request just answered is still the iterator's current one.
      const current = (client as { requestIterator?: { currentRequest?: { name?: string } } }).requestIterator
        ?.currentRequest;
      if (options.measured && !options.measured.includes(current?.name as EndpointName)) return;
      latencies.push(responseTime);
      if (status >= 400) {
        errors += 1;
        errorStatuses[status] = (errorStatuses[status] ?? 0) + 1;
      }
    });
    instance.on('reqError', () => {
      errors += 1;
      errorStatuses.noResponse = (errorStatuses.noResponse ?? 0) + 1;
    });
  });
  clearInterval(sampler);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name: options.name,
    seconds: Math.round(elapsed * 10) / 10,
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / elapsed),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    errorStatuses,
    errorSamples: Object.fromEntries(errorSamples),
    serverRssMbMax: maxRss,
  };
}
