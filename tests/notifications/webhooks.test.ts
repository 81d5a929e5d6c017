import { lookup } from 'node:dns/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import {
  guardedWebhookPost,
  ManualClock,
  runDueWork,
  signWebhook,
  webhookDestinationPolicy,
} from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

const clock = new ManualClock('2026-06-01T02:00:00Z');
let server: TestServer;
let receiver: Server;
let receiverUrl = '';
const everything: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
let failuresToGive = 0;
const loopbackAllowed = guardedWebhookPost(webhookDestinationPolicy(['127.0.0.0/8']));
const pings = () => everything.filter((request) => request.headers['x-liandong-event'] === 'ping');

beforeAll(async () => {
  // The receiver listens on loopback, which the operator must allow (public addresses only by default).
  server = await startTestServer({ clock, env: { LIANDONG_WEBHOOK_PRIVATE_NETWORKS: '127.0.0.0/8' } });
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      everything.push({ headers: request.headers, body });
      // Other events (the obligations opened today) are welcome; pings are the ones under test.
      const isPing = request.headers['x-liandong-event'] === 'ping';
      response.statusCode = isPing && failuresToGive > 0 ? 500 : 204;
      if (isPing) failuresToGive = Math.max(0, failuresToGive - 1);
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/liandong`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await server.close();
});

async function addEndpoint(admin: ApiClient): Promise<{ id: string; secret: string }> {
  const created = await admin.post('/api/t/xuyi/webhooks', { url: receiverUrl, description: '县数据平台' });
  expect(created.status).toBe(201);
  const body = created.body as { endpoint: { id: string }; secret: string };
  return { id: body.endpoint.id, secret: body.secret };
}

interface Delivery {
  event: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  nextAttemptAt: string | null;
}

describe('webhooks', () => {
  it('delivers signed events, retries a failure later and records each attempt', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    const endpoint = await addEndpoint(admin);
    expect((await admin.get('/api/t/xuyi/webhooks')).body).not.toHaveProperty('endpoints.0.secret');
    expect((await admin.post(`/api/t/xuyi/webhooks/${endpoint.id}/ping`)).status).toBe(202);

    failuresToGive = 1;
    await runDueWork({ orm: server.orm, post: loopbackAllowed }, clock.now());
    const deliveries = async () =>
      (
        (await admin.get(`/api/t/xuyi/webhooks/${endpoint.id}/deliveries`)).body as { deliveries: Delivery[] }
      ).deliveries.filter((delivery) => delivery.event === 'ping');
    expect(await deliveries()).toMatchObject([{ status: 'pending', attempts: 1, lastStatusCode: 500 }]);
    // Not yet due again: nothing is posted.
    await runDueWork({ orm: server.orm, post: loopbackAllowed }, clock.now());
    expect(pings()).toHaveLength(1);

    clock.advance(61_000);
    await runDueWork({ orm: server.orm, post: loopbackAllowed }, clock.now());
    expect(await deliveries()).toMatchObject([{ status: 'delivered', attempts: 2, lastStatusCode: 204 }]);
    expect(pings()).toHaveLength(2);

    const last = pings()[1]!;
    const timestamp = String(last.headers['x-liandong-timestamp']);
    expect(last.headers['x-liandong-event']).toBe('ping');
    expect(last.headers['x-liandong-signature']).toBe(signWebhook(endpoint.secret, timestamp, last.body));
    expect(last.headers['x-liandong-signature']).not.toBe(
      signWebhook('another-secret', timestamp, last.body),
    );
    expect(JSON.parse(last.body)).toMatchObject({ event: 'ping', data: { tenant: 'xuyi' } });

    // A disabled endpoint gets nothing new.
    await admin.post(`/api/t/xuyi/webhooks/${endpoint.id}/disable`);
    expect((await admin.post(`/api/t/xuyi/webhooks/${endpoint.id}/ping`)).body).toEqual({ queued: 0 });
  });

  it('refuses addresses that are not http(s) and unknown fields', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    for (const url of ['ftp://127.0.0.1/x', 'not a url', 'http://user:pw@127.0.0.1/x']) {
      const response = await admin.post('/api/t/xuyi/webhooks', { url });
      expect(response.status, url).toBe(400);
    }
    expect((await admin.post('/api/t/xuyi/webhooks', { url: receiverUrl, secret: 'mine' })).status).toBe(400);
  });

  it('refuses private, loopback and link-local destinations the operator has not allowed', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    for (const url of [
      'http://10.1.2.3/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:8080/x',
    ]) {
      const response = await admin.post('/api/t/xuyi/webhooks', { url });
      expect(response.status, url).toBe(400);
      expect(response.body).toMatchObject({
        error: { code: 'WEBHOOK_URL_INVALID', fields: [{ path: 'body.url' }] },
      });
    }
    // Loopback was allowed for this server (the test receiver), so its address is accepted.
    expect((await admin.post('/api/t/xuyi/webhooks', { url: receiverUrl })).status).toBe(201);
  });

  it('refuses at connect time a name that resolves to a refused address', async () => {
    const publicOnly = guardedWebhookPost(webhookDestinationPolicy([]));
    const port = (receiver.address() as AddressInfo).port;
    const before = everything.length;
    await expect(publicOnly(`http://localhost:${port}/x`, { method: 'POST', body: '{}' })).rejects.toThrow(
      /refused: localhost/,
    );
    await expect(publicOnly(`http://127.0.0.1:${port}/x`, { method: 'POST', body: '{}' })).rejects.toThrow(
      /refused: 127\.0\.0\.1/,
    );
    // The machine's own name resolves to loopback or a private address: refused when resolved.
    const name = hostname();
    const { address } = await lookup(name);
    expect(webhookDestinationPolicy([]).allows(address)).toBe(false);
    await expect(publicOnly(`http://${name}:${port}/x`, { method: 'POST', body: '{}' })).rejects.toThrow(
      `refused: ${name} resolves to ${address}`,
    );
    expect(everything.length).toBe(before);
  });

  it('is for the linkage office, and for its own tenant only', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    const endpoint = await addEndpoint(admin);
    for (const username of ['xuyi-liaison', 'xuyi-staff', 'xuyi-leader']) {
      const client = await signedIn(server, username);
      expect((await client.get('/api/t/xuyi/webhooks')).status).toBe(403);
      expect((await client.post('/api/t/xuyi/webhooks', { url: receiverUrl })).status).toBe(403);
      expect((await client.get(`/api/t/xuyi/webhooks/${endpoint.id}/deliveries`)).status).toBe(403);
    }
    const suzhou = await signedIn(server, 'suzhou-admin');
    expect((await suzhou.post(`/api/t/suzhou/webhooks/${endpoint.id}/disable`)).status).toBe(404);
    expect((await suzhou.get(`/api/t/suzhou/webhooks/${endpoint.id}/deliveries`)).status).toBe(404);
    expect((await suzhou.get('/api/t/suzhou/webhooks')).body).toEqual({ endpoints: [] });
    expect((await suzhou.get('/api/t/xuyi/webhooks')).status).toBe(404);
  });
});
