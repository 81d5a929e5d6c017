import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type TestServer } from '../support/test-server.ts';
import { type Answer, act, LONG_SESSIONS, send, session, shanghaiMorning } from './matter-support.ts';

const clock = new ManualClock(shanghaiMorning('2026-03-02'));
let server: TestServer;
let office: ApiClient; // fanshi-admin
let township: ApiClient; // fanshi-liaison, township government
let staff: ApiClient; // fanshi-staff, township enforcement: no part in the opinion
let leader: ApiClient; // fanshi-leader, procuratorate: reads only
let operator: ApiClient;
let outsider: ApiClient; // xuyi-admin: another tenant's office
let opinion: { id: string; version: number };
const base = '/api/t/fanshi/matters';

beforeAll(async () => {
  server = await startTestServer({ clock, env: LONG_SESSIONS });
  const as = (username: string) => session(new ApiClient(server.url), username);
  [office, township, staff, leader, operator, outsider] = await Promise.all([
    as('fanshi-admin'),
    as('fanshi-liaison'),
    as('fanshi-staff'),
    as('fanshi-leader'),
    as('operator'),
    as('xuyi-admin'),
  ]);
  const created = await send(office, 'POST', base, {
    ruleKey: 'nonProsecutionOpinion',
    title: '权限测试检察意见',
    decidedOn: '2026-03-02',
    send: true,
  });
  expect(created.status).toBe(201);
  opinion = created.body;
});
afterAll(async () => {
  await server?.close();
});

/** Every matter endpoint, as [method, path suffix, body]. */
function endpoints(id: string): [string, string, unknown][] {
  return [
    ['GET', `/matters/${id}`, undefined],
    ['POST', `/matters/${id}/actions/receive`, { version: 1 }],
    ['POST', `/matters/${id}/clocks/reply/suspend`, { version: 1, reason: '复议' }],
    ['POST', `/matters/${id}/clocks/reply/resume`, { version: 1 }],
    ['POST', `/matters/${id}/clocks/reply/extend`, { version: 1, reason: '延长', by: { calendarDays: 3 } }],
    ['POST', `/matters/${id}/escalate`, { version: 1, stepKey: 'notifyJustice' }],
    ['GET', `/matters/${id}/comments`, undefined],
    ['POST', `/matters/${id}/comments`, { body: '意见' }],
    ['GET', `/matters/${id}/timeline`, undefined],
  ];
}

function fieldsOf(answer: Answer): string[] {
  return (answer.body?.error?.fields ?? []).map((field: { path: string }) => field.path);
}

describe('tenant isolation', () => {
  it('another tenant’s matter id is a 404 on every endpoint, in its own tenant and in the other', async () => {
    for (const [method, suffix, body] of endpoints(opinion.id)) {
      const own = await send(outsider, method, `/api/t/xuyi${suffix}`, body);
      expect(own.status, `${method} xuyi${suffix}`).toBe(404);
      const theirs = await send(outsider, method, `/api/t/fanshi${suffix}`, body);
      expect(theirs.status, `${method} fanshi${suffix}`).toBe(404);
    }
    const list = await send(outsider, 'GET', '/api/t/xuyi/matters');
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(opinion.id);
    const create = await send(outsider, 'POST', base, { ruleKey: 'townshipConsultation', title: 'x' });
    expect(create.status).toBe(404);
  });

  it('a unit with no part in a matter does not see it: 404 on every endpoint, absent from its list', async () => {
    for (const [method, suffix, body] of endpoints(opinion.id)) {
      const answer = await send(staff, method, `/api/t/fanshi${suffix}`, body);
      expect(answer.status, `${method} ${suffix}`).toBe(404);
    }
    const list = await send(staff, 'GET', base);
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(opinion.id);
  });
});

describe('roles', () => {
  it('leaders and operators read but may not write', async () => {
    for (const reader of [leader, operator]) {
      expect((await send(reader, 'GET', `${base}/${opinion.id}`)).status).toBe(200);
      expect((await send(reader, 'GET', `${base}/${opinion.id}/timeline`)).status).toBe(200);
      const listed = await send(reader, 'GET', base);
      expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(opinion.id);
      for (const [method, suffix, body] of endpoints(opinion.id).filter(([m]) => m === 'POST')) {
        const withVersion =
          'version' in (body as object) ? { ...(body as object), version: opinion.version } : body;
        const answer = await send(reader, method, `/api/t/fanshi${suffix}`, withVersion);
        expect(answer.status, `${method} ${suffix}`).toBe(403);
      }
      const create = await send(reader, 'POST', base, {
        ruleKey: 'nonProsecutionOpinion',
        title: '不应创建',
        decidedOn: '2026-03-02',
      });
      expect(create.status).toBe(403);
    }
  });

  it('a unit sends only the matters its rule gives it, and acts only for its own side', async () => {
    const notSender = await send(township, 'POST', base, {
      ruleKey: 'nonProsecutionOpinion',
      title: '乡镇不能提出检察意见',
      decidedOn: '2026-03-02',
    });
    expect(notSender.status).toBe(403);
    expect(notSender.body.error.code).toBe('MATTER_NOT_YOUR_SIDE');
    const withdraw = await act(township, 'fanshi', opinion, 'withdraw');
    expect(withdraw.status).toBe(403);
    expect(withdraw.body.error.code).toBe('MATTER_NOT_YOUR_SIDE');
    const serve = await send(township, 'POST', `${base}/${opinion.id}/clocks/serve/extend`, {
      version: opinion.version,
      reason: '不是我方期限',
      by: { calendarDays: 1 },
    });
    expect(serve.status).toBe(403);
    const comment = await send(township, 'POST', `${base}/${opinion.id}/comments`, {
      body: '已收到，正在研究',
    });
    expect(comment.status).toBe(201);
    const comments = await send(office, 'GET', `${base}/${opinion.id}/comments`);
    expect(comments.body.comments.map((c: { body: string }) => c.body)).toEqual(['已收到，正在研究']);
    const timeline = await send(office, 'GET', `${base}/${opinion.id}/timeline`);
    expect(timeline.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'matter.created',
      'matter.send',
      'matter.commented',
    ]);
  });
});

describe('receipts', () => {
  it('a recipient unit signs for itself only; the other recipient’s receipt stays open', async () => {
    const created = await send(office, 'POST', base, {
      ruleKey: 'procuratorateConsultation',
      title: '就执法专业问题咨询乡镇和县直部门',
      send: true,
    });
    expect(created.status).toBe(201);
    const received = await act(township, 'fanshi', created.body, 'receive');
    expect(received.status).toBe(200);
    const receipts = Object.fromEntries(
      received.body.to.map((party: { unit: { key: string }; receivedOn: string | null }) => [
        party.unit.key,
        party.receivedOn,
      ]),
    );
    expect(receipts).toEqual({ townshipGovernment: '2026-03-02', countyAgencies: null });
  });
});

describe('validation names the field', () => {
  it.each([
    [{ ruleKey: 'townshipConsultation' }, 'body.title'],
    [{ ruleKey: 'noSuchRule', title: 't' }, 'body.ruleKey'],
    [{ ruleKey: 'nonProsecutionOpinion', title: 't' }, 'body.decidedOn'],
    [{ ruleKey: 'nonProsecutionOpinion', title: 't', decidedOn: '2026-02-30' }, 'body.decidedOn'],
    [{ ruleKey: 'nonProsecutionOpinion', title: 't', decidedOn: '2026-03-09' }, 'body.decidedOn'],
    [
      { ruleKey: 'nonProsecutionOpinion', title: 't', decidedOn: '2026-03-02', fromUnitKey: 'police' },
      'body.fromUnitKey',
    ],
    [{ ruleKey: 'procuratorateConsultation', title: 't', toUnitKeys: ['police'] }, 'body.toUnitKeys.0'],
    [{ ruleKey: 'townshipConsultation', title: 't', colour: 'red' }, 'body'],
    [
      {
        ruleKey: 'nonProsecutionOpinion',
        title: 't',
        decidedOn: '2026-03-02',
        urgentPeriod: { kind: 'weeks' },
      },
      'body.urgentPeriod',
    ],
  ])('create %j → 400 naming %s', async (body, field) => {
    const answer = await send(office, 'POST', base, body);
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer).some((path) => path.startsWith(field))).toBe(true);
  });

  it.each([
    ['POST', 'actions/teleport', { version: 1 }, 'params.action'],
    ['POST', 'actions/receive', {}, 'body.version'],
    ['POST', 'actions/receive', { version: 1, on: '2026-12-01' }, 'body.on'],
    ['POST', 'clocks/reply/extend', { version: 1, reason: 'r', by: { days: 3 } }, 'body.by'],
    ['POST', 'escalate', { version: 1 }, 'body.stepKey'],
    ['POST', 'comments', { body: '  ' }, 'body.body'],
  ])('%s …/%s %j → 400 naming %s', async (method, suffix, body, field) => {
    const answer = await send(office, method, `${base}/${opinion.id}/${suffix}`, body);
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer).some((path) => path.startsWith(field))).toBe(true);
  });

  it('a malformed id, light or cursor names the parameter', async () => {
    expect(fieldsOf(await send(office, 'GET', `${base}/not-a-uuid`))).toContain('params.id');
    expect(fieldsOf(await send(office, 'GET', `${base}?light=purple`))[0]).toMatch(/^querystring\.light/);
    expect(fieldsOf(await send(office, 'GET', `${base}?cursor=abc`))).toContain('querystring.cursor');
  });
});
