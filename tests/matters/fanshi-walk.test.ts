import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type TestServer } from '../support/test-server.ts';
import { act, LONG_SESSIONS, renew, send, session, shanghaiMorning } from './matter-support.ts';

const clock = new ManualClock(shanghaiMorning('2026-03-02'));
let server: TestServer;
let office: ApiClient; // fanshi-admin: the linkage office, at the procuratorate
let township: ApiClient; // fanshi-liaison: the township government's liaison
const base = '/api/t/fanshi/matters';

beforeAll(async () => {
  server = await startTestServer({ clock, env: LONG_SESSIONS });
  office = await session(new ApiClient(server.url), 'fanshi-admin');
  township = await session(new ApiClient(server.url), 'fanshi-liaison');
});
/** Moves the clock; access tokens expire with time, so everyone renews theirs. */
async function travel(date: string): Promise<void> {
  clock.set(shanghaiMorning(date));
  await renew(office, township);
}
afterAll(async () => {
  await server?.close();
});

const opinion = (title: string) => ({
  ruleKey: 'nonProsecutionOpinion',
  title,
  decidedOn: '2026-03-02',
  send: true,
});

describe('Fanshi: a procuratorial opinion after non-prosecution', () => {
  it('serves within 3 days of the decision and is answered within 2 months of receipt: on time', async () => {
    await travel('2026-03-02');
    const created = await send(office, 'POST', base, opinion('对张某不起诉后给予行政处罚的检察意见'));
    expect(created.status).toBe(201);
    const matter = created.body;
    expect(matter.state).toBe('sent');
    expect(matter.ruleVersion).toMatch(/^fanshi@/);
    expect(matter.fromUnit.key).toBe('procuratorate');
    expect(matter.to.map((party: { unit: { key: string } }) => party.unit.key)).toEqual([
      'townshipGovernment',
    ]);
    expect(matter.copyTo.map((party: { unit: { key: string } }) => party.unit.key)).toEqual([
      'justiceAdministration',
    ]);
    const serve = matter.clocks.find((c: { key: string }) => c.key === 'serve');
    expect(serve).toMatchObject({
      owner: 'sender',
      status: 'running',
      startedOn: '2026-03-02',
      dueOn: '2026-03-05',
    });
    expect(serve.explanation.zh).toContain('2026-03-05');
    expect(matter.clocks.find((c: { key: string }) => c.key === 'reply').status).toBe('notStarted');
    expect(matter.dueOn).toBe('2026-03-05');

    await travel('2026-03-03');
    const received = await act(township, 'fanshi', matter, 'receive');
    expect(received.status).toBe(200);
    expect(received.body.state).toBe('received');
    expect(received.body.to[0].receivedOn).toBe('2026-03-03');
    const served = received.body.clocks.find((c: { key: string }) => c.key === 'serve');
    expect(served).toMatchObject({ status: 'stopped', stoppedOn: '2026-03-03', outcome: 'onTime' });
    const reply = received.body.clocks.find((c: { key: string }) => c.key === 'reply');
    // Two months from 2026-03-03 is 2026-05-03, a Labour Day holiday: it moves to 2026-05-06.
    expect(reply).toMatchObject({
      owner: 'recipient',
      status: 'running',
      startedOn: '2026-03-03',
      dueOn: '2026-05-06',
    });
    expect(reply.explanation.zh).toContain('劳动节');
    expect(received.body.dueOn).toBe('2026-05-06');

    await travel('2026-04-20');
    const replied = await act(township, 'fanshi', received.body, 'reply', { note: '已给予行政处罚' });
    expect(replied.status).toBe(200);
    const answered = replied.body.clocks.find((c: { key: string }) => c.key === 'reply');
    expect(answered).toMatchObject({ status: 'stopped', outcome: 'onTime', stoppedOn: '2026-04-20' });
    expect(answered.light.level).toBe('doneOnTime');
    expect(replied.body.dueOn).toBeNull();
    expect(replied.body.allowedActions).toEqual(['evaluate', 'close']);
  });
});

describe('Fanshi: a written consultation', () => {
  it('answered on day 8 of a 7-day clock shows as late', async () => {
    await travel('2026-03-10');
    const created = await send(township, 'POST', base, {
      ruleKey: 'townshipConsultation',
      title: '关于非法占用农用地案立案追诉标准的书面咨询',
      send: true,
    });
    expect(created.status).toBe(201);
    expect(created.body.fromUnit.key).toBe('townshipGovernment');
    const received = await act(office, 'fanshi', created.body, 'receive');
    expect(received.status).toBe(200);
    expect(received.body.clocks[0]).toMatchObject({
      key: 'writtenReply',
      startedOn: '2026-03-10',
      dueOn: '2026-03-17',
    });

    await travel('2026-03-18');
    const before = await send(office, 'GET', `${base}/${created.body.id}`);
    expect(before.body.light.level).toBe('red');
    const replied = await act(office, 'fanshi', received.body, 'reply');
    expect(replied.status).toBe(200);
    expect(replied.body.clocks[0]).toMatchObject({
      status: 'stopped',
      stoppedOn: '2026-03-18',
      outcome: 'late',
    });
    expect(replied.body.clocks[0].light.level).toBe('doneLate');
    expect(replied.body.allowedActions).toEqual(['close']);
  });
});

describe('Fanshi: an opinion left unanswered', () => {
  it('escalates through the ladder: each step a linked matter on one timeline', async () => {
    await travel('2026-03-02');
    const created = await send(office, 'POST', base, opinion('对李某不起诉后给予行政处罚的检察意见'));
    await travel('2026-03-03');
    const received = await act(township, 'fanshi', created.body, 'receive');
    expect(received.body.dueOn).toBe('2026-05-06');
    const id = created.body.id;

    const early = await send(office, 'POST', `${base}/${id}/escalate`, {
      stepKey: 'notifyJustice',
      version: received.body.version,
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('MATTER_ESCALATION_NOT_DUE');

    await travel('2026-05-07');
    const overdue = await send(office, 'GET', `${base}/${id}`);
    expect(overdue.body.light.level).toBe('red');
    expect(overdue.body.escalation.map((step: { key: string }) => step.key)).toEqual([
      'notifyJustice',
      'upperProcuratorate',
      'reportCounty',
    ]);

    const township_ = await send(township, 'POST', `${base}/${id}/escalate`, {
      stepKey: 'notifyJustice',
      version: overdue.body.version,
    });
    expect(township_.status).toBe(403);

    const first = await send(office, 'POST', `${base}/${id}/escalate`, {
      stepKey: 'notifyJustice',
      version: overdue.body.version,
    });
    expect(first.status).toBe(201);
    expect(first.body.linked).toMatchObject({
      type: 'notification',
      state: 'draft',
      parentMatterId: id,
      rootMatterId: id,
      escalationStepKey: 'notifyJustice',
    });
    expect(first.body.linked.to.map((party: { unit: { key: string } }) => party.unit.key)).toEqual([
      'justiceAdministration',
    ]);

    const again = await send(office, 'POST', `${base}/${id}/escalate`, {
      stepKey: 'notifyJustice',
      version: first.body.parent.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('MATTER_ESCALATION_TAKEN');
    // 通报同级司法行政机关，或者提请上级人民检察院: the alternative is closed once one is taken.
    const alternative = await send(office, 'POST', `${base}/${id}/escalate`, {
      stepKey: 'upperProcuratorate',
      version: first.body.parent.version,
    });
    expect(alternative.status).toBe(409);
    expect(alternative.body.error.code).toBe('MATTER_ESCALATION_TAKEN');
    const unknown = await send(office, 'POST', `${base}/${id}/escalate`, {
      stepKey: 'noSuchStep',
      version: first.body.parent.version,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].path).toBe('body.stepKey');

    const report = await send(office, 'POST', `${base}/${id}/escalate`, {
      stepKey: 'reportCounty',
      version: first.body.parent.version,
    });
    expect(report.status).toBe(201);
    expect(report.body.linked.externalRecipients).toEqual(['县委', '县人民代表大会常务委员会']);
    expect(report.body.linked.to).toEqual([]);

    // The linked notice is sent and its receipt recorded like any matter.
    const notice = await act(office, 'fanshi', first.body.linked, 'send');
    expect(notice.status).toBe(200);
    expect(notice.body.state).toBe('sent');

    const timeline = await send(office, 'GET', `${base}?rootMatterId=${id}&limit=10`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.items.map((item: { id: string }) => item.id).sort()).toEqual(
      [id, first.body.linked.id, report.body.linked.id].sort(),
    );
  });
});
