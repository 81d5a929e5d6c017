import { ManualClock } from '@liandong/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type TestServer } from '../support/test-server.ts';
import { act, LONG_SESSIONS, renew, send, session, shanghaiMorning } from './matter-support.ts';

const clock = new ManualClock(shanghaiMorning('2026-03-02'));
let server: TestServer;
let office: ApiClient;
let township: ApiClient;
let leader: ApiClient; // fanshi-leader: a leader at the procuratorate, read-only
const base = '/api/t/fanshi/matters';

async function travel(date: string): Promise<void> {
  clock.set(shanghaiMorning(date));
  await renew(office, township, leader);
}

async function alarmsOf(matterId: string): Promise<{ kind: string; fire_on: string; status: string }[]> {
  const client = new pg.Client({ connectionString: server.database.ownerUrl });
  await client.connect();
  try {
    // Row-level security binds the owner too: read inside the tenant, as the scheduler will.
    await client.query('begin');
    await client.query(
      "select set_config('app.tenant_id', (select id::text from tenant where code = 'fanshi'), true)",
    );
    const result = await client.query(
      "select kind, to_char(fire_on, 'YYYY-MM-DD') as fire_on, status from matter_alarm where matter_id = $1 order by created_at, fire_on",
      [matterId],
    );
    await client.query('commit');
    return result.rows;
  } finally {
    await client.end();
  }
}

/** An opinion decided and served on 2026-03-02, received on 2026-03-03: reply due 2026-05-06. */
async function receivedOpinion(title: string) {
  await travel('2026-03-02');
  const created = await send(office, 'POST', base, {
    ruleKey: 'nonProsecutionOpinion',
    title,
    decidedOn: '2026-03-02',
    send: true,
  });
  expect(created.status).toBe(201);
  await travel('2026-03-03');
  const received = await act(township, 'fanshi', created.body, 'receive');
  expect(received.status).toBe(200);
  return received.body;
}

beforeAll(async () => {
  server = await startTestServer({ clock, env: LONG_SESSIONS });
  office = await session(new ApiClient(server.url), 'fanshi-admin');
  township = await session(new ApiClient(server.url), 'fanshi-liaison');
  leader = await session(new ApiClient(server.url), 'fanshi-leader');
});
afterAll(async () => {
  await server?.close();
});

describe('clocks: suspend, resume, extend', () => {
  it('the recipient’s liaison suspends and resumes its clock with a reason; the due date moves by the days suspended', async () => {
    const matter = await receivedOpinion('中止计时的检察意见');
    const path = `${base}/${matter.id}/clocks/reply`;
    await travel('2026-03-10');
    const noReason = await send(township, 'POST', `${path}/suspend`, { version: matter.version });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields.map((f: { path: string }) => f.path)).toContain('body.reason');
    const byLeader = await send(leader, 'POST', `${path}/suspend`, {
      version: matter.version,
      reason: '复议',
    });
    expect(byLeader.status).toBe(403);

    const suspended = await send(township, 'POST', `${path}/suspend`, {
      version: matter.version,
      reason: '申请复议',
    });
    expect(suspended.status).toBe(200);
    const reply = suspended.body.clocks.find((c: { key: string }) => c.key === 'reply');
    expect(reply.status).toBe('suspended');
    expect(reply.events.at(-1)).toMatchObject({ type: 'suspended', on: '2026-03-10', reason: '申请复议' });
    expect((await alarmsOf(matter.id)).filter((a) => a.status === 'pending')).toEqual([]);

    const twice = await send(township, 'POST', `${path}/suspend`, {
      version: suspended.body.version,
      reason: 'x',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('MATTER_CLOCK_INVALID');

    await travel('2026-03-20');
    const resumed = await send(township, 'POST', `${path}/resume`, { version: suspended.body.version });
    expect(resumed.status).toBe(200);
    const running = resumed.body.clocks.find((c: { key: string }) => c.key === 'reply');
    // 2026-05-03 + 10 suspended days = 2026-05-13, a Wednesday.
    expect(running).toMatchObject({ status: 'running', dueOn: '2026-05-13' });
    expect(running.explanation.steps.map((s: { code: string }) => s.code)).toContain('SUSPENDED');

    const extended = await send(office, 'POST', `${path}/extend`, {
      version: resumed.body.version,
      reason: '案情复杂，经协商延长',
      by: { calendarDays: 5 },
    });
    expect(extended.status).toBe(200);
    expect(extended.body.clocks.find((c: { key: string }) => c.key === 'reply').dueOn).toBe('2026-05-18');
    expect(extended.body.dueOn).toBe('2026-05-18');
    const pending = (await alarmsOf(matter.id)).filter((a) => a.status === 'pending');
    expect(pending).toContainEqual({ kind: 'due', fire_on: '2026-05-18', status: 'pending' });
    expect(pending.filter((a) => a.kind === 'due')).toHaveLength(1);
  });
});

describe('optimistic concurrency', () => {
  it('two parallel transitions of one matter: one 200, one 409', async () => {
    await travel('2026-03-02');
    const created = await send(office, 'POST', base, {
      ruleKey: 'nonProsecutionOpinion',
      title: '并发签收',
      decidedOn: '2026-03-02',
      send: true,
    });
    const [a, b] = await Promise.all([
      act(township, 'fanshi', created.body, 'receive'),
      act(office, 'fanshi', created.body, 'receive'),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.code).toBe('MATTER_VERSION_CONFLICT');
    const now = await send(office, 'GET', `${base}/${created.body.id}`);
    expect(now.body.state).toBe('received');
    expect(now.body.clocks.find((c: { key: string }) => c.key === 'reply').events).toHaveLength(1);
  });

  it('a stale version is refused with the current one; an illegal action names the state and allowed actions', async () => {
    await travel('2026-03-02');
    const created = await send(office, 'POST', base, {
      ruleKey: 'nonProsecutionOpinion',
      title: '过期版本',
      decidedOn: '2026-03-02',
    });
    const sent = await act(office, 'fanshi', created.body, 'send');
    expect(sent.status).toBe(200);
    const stale = await act(office, 'fanshi', created.body, 'withdraw');
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'MATTER_VERSION_CONFLICT',
      details: { currentVersion: sent.body.version },
    });
    const illegal = await act(office, 'fanshi', sent.body, 'reply');
    expect(illegal.status).toBe(409);
    expect(illegal.body.error).toMatchObject({
      code: 'MATTER_ILLEGAL_TRANSITION',
      details: { state: 'sent', allowedActions: ['receive', 'return', 'withdraw'] },
    });
  });
});

describe('idempotent create', () => {
  const body = { ruleKey: 'townshipConsultation', title: '幂等咨询', send: true };

  it('a retry with the same key returns the same matter; another body with the key is refused', async () => {
    await travel('2026-03-02');
    const headers = { 'idempotency-key': 'retry-1' };
    const first = await send(township, 'POST', base, body, headers);
    const retry = await send(township, 'POST', base, body, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const other = await send(township, 'POST', base, { ...body, title: '另一个咨询' }, headers);
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('MATTER_IDEMPOTENCY_MISMATCH');
  });

  it('parallel requests with one key make one matter', async () => {
    const headers = { 'idempotency-key': 'parallel-1' };
    const answers = await Promise.all(
      [1, 2, 3].map(() => send(township, 'POST', base, { ...body, title: '并发幂等咨询' }, headers)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    const listed = await send(office, 'GET', `${base}?q=${encodeURIComponent('并发幂等')}`);
    expect(listed.body.items).toHaveLength(1);
  });
});

describe('urgent periods', () => {
  it('the sender sets a shorter reply period where the rule allows it; otherwise a 400 names body.urgentPeriod', async () => {
    await travel('2026-03-02');
    const urgent = await send(office, 'POST', base, {
      ruleKey: 'nonProsecutionOpinion',
      title: '紧急的检察意见',
      decidedOn: '2026-03-02',
      urgentPeriod: { kind: 'calendarDays', days: 10 },
      send: true,
    });
    expect(urgent.status).toBe(201);
    expect(urgent.body.isUrgent).toBe(true);
    const received = await act(township, 'fanshi', urgent.body, 'receive');
    const reply = received.body.clocks.find((c: { key: string }) => c.key === 'reply');
    expect(reply).toMatchObject({ dueOn: '2026-03-12', urgent: { kind: 'calendarDays', days: 10 } });

    const longer = await send(office, 'POST', base, {
      ruleKey: 'nonProsecutionOpinion',
      title: '不短于正常期限',
      decidedOn: '2026-03-02',
      urgentPeriod: { kind: 'months', months: 3 },
    });
    expect(longer.status).toBe(400);
    expect(longer.body.error.fields[0].path).toBe('body.urgentPeriod');
    const notAllowed = await send(township, 'POST', base, {
      ruleKey: 'townshipConsultation',
      title: '咨询不可加急',
      urgentPeriod: { kind: 'calendarDays', days: 3 },
    });
    expect(notAllowed.status).toBe(400);
    expect(notAllowed.body.error).toMatchObject({ code: 'MATTER_URGENT_INVALID' });
    expect(notAllowed.body.error.fields[0].path).toBe('body.urgentPeriod');
  });
});
