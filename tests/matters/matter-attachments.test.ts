import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type TestServer } from '../support/test-server.ts';
import { LONG_SESSIONS, send, session, shanghaiMorning } from './matter-support.ts';

const clock = new ManualClock(shanghaiMorning('2026-03-02'));
let server: TestServer;
let office: ApiClient;
let township: ApiClient;
let leader: ApiClient;
let outsider: ApiClient;
let matterId: string;
const base = '/api/t/fanshi/matters';

async function upload(
  client: ApiClient,
  path: string,
  name: string,
  content: Buffer,
  type = 'application/octet-stream',
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type }), name);
  const response = await fetch(`${client.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}` },
    body: form,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  server = await startTestServer({ clock, env: LONG_SESSIONS });
  office = await session(new ApiClient(server.url), 'fanshi-admin');
  township = await session(new ApiClient(server.url), 'fanshi-liaison');
  leader = await session(new ApiClient(server.url), 'fanshi-leader');
  outsider = await session(new ApiClient(server.url), 'xuyi-admin');
  const created = await send(office, 'POST', base, {
    ruleKey: 'nonProsecutionOpinion',
    title: '附件测试检察意见',
    decidedOn: '2026-03-02',
    send: true,
  });
  matterId = created.body.id;
});
afterAll(async () => {
  await server?.close();
});

describe('attachments', () => {
  it('stores a PDF under a safe name, lists it and returns the same bytes', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
    const stored = await upload(
      office,
      `${base}/${matterId}/attachments`,
      '../../检察意见书.exe',
      pdf,
      'text/html',
    );
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({
      fileName: '检察意见书.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });

    const listed = await send(township, 'GET', `${base}/${matterId}/attachments`);
    expect(listed.body.attachments.map((a: { id: string }) => a.id)).toEqual([stored.body.id]);
    const download = await fetch(`${server.url}${base}/${matterId}/attachments/${stored.body.id}`, {
      headers: { authorization: `Bearer ${township.token}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

    const timeline = await send(office, 'GET', `${base}/${matterId}/timeline`);
    expect(timeline.body.entries.map((e: { action: string }) => e.action)).toContain('matter.attached');
  });

  it('refuses a file by its content, one over 10 MiB, a read-only leader and another tenant', async () => {
    const script = await upload(
      office,
      `${base}/${matterId}/attachments`,
      'report.pdf',
      Buffer.from([0x4d, 0x5a, 0x90, 0]),
      'application/pdf',
    );
    expect(script.status).toBe(415);
    expect(script.body.error.code).toBe('MATTER_ATTACHMENT_TYPE');

    const limit = Buffer.alloc(10 * 1024 * 1024, 0x61);
    const atLimit = await upload(office, `${base}/${matterId}/attachments`, 'limit.txt', limit, 'text/plain');
    expect(atLimit.status).toBe(201);
    expect(atLimit.body.size).toBe(limit.length);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61);
    const tooLarge = await upload(office, `${base}/${matterId}/attachments`, 'big.txt', big, 'text/plain');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe('MATTER_ATTACHMENT_TOO_LARGE');

    const text = Buffer.from('回复意见');
    expect((await upload(leader, `${base}/${matterId}/attachments`, 'a.txt', text)).status).toBe(403);
    expect((await upload(outsider, `${base}/${matterId}/attachments`, 'a.txt', text)).status).toBe(404);
    expect(
      (await upload(outsider, `/api/t/xuyi/matters/${matterId}/attachments`, 'a.txt', text)).status,
    ).toBe(404);
    expect((await send(outsider, 'GET', `/api/t/xuyi/matters/${matterId}/attachments`)).status).toBe(404);

    const json = await send(office, 'POST', `${base}/${matterId}/attachments`, { file: 'x' });
    expect(json.status).toBe(415);
  });
});
