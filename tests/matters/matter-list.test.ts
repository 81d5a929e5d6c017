import { ManualClock } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type TestServer } from '../support/test-server.ts';
import { act, LONG_SESSIONS, renew, send, session, shanghaiMorning } from './matter-support.ts';

const clock = new ManualClock(shanghaiMorning('2026-03-02'));
let server: TestServer;
let office: ApiClient;
let township: ApiClient;
let staff: ApiClient;
const base = '/api/t/fanshi/matters';
const ids = (answer: { body: { items: { id: string }[] } }) => answer.body.items.map((item) => item.id);

beforeAll(async () => {
  server = await startTestServer({ clock, env: LONG_SESSIONS });
  office = await session(new ApiClient(server.url), 'fanshi-admin');
  township = await session(new ApiClient(server.url), 'fanshi-liaison');
  staff = await session(new ApiClient(server.url), 'fanshi-staff');
});
afterAll(async () => {
  await server?.close();
});

describe('listing', () => {
  it('filters by type, state, unit, light, due dates and title, and pages without repeats', async () => {
    // Five consultations received on 03-02, 03-03 … 03-06: due 03-09 … 03-13.
    const made: string[] = [];
    for (const [index, day] of ['02', '03', '04', '05', '06'].entries()) {
      clock.set(shanghaiMorning(`2026-03-${day}`));
      await renew(office, township);
      const created = await send(township, 'POST', base, {
        ruleKey: 'townshipConsultation',
        title: `列表咨询第${index + 1}号`,
        send: true,
      });
      const received = await act(office, 'fanshi', created.body, 'receive');
      expect(received.status).toBe(200);
      made.push(created.body.id);
    }
    const draft = await send(office, 'POST', base, {
      ruleKey: 'nonProsecutionOpinion',
      title: '列表草稿检察意见',
      decidedOn: '2026-03-06',
    });

    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `${base}?type=consultation&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await send(office, 'GET', path);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      pages.push(...ids(page));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(pages).toEqual([...made].reverse());

    const byDue = await send(office, 'GET', `${base}?sort=due&type=consultation&limit=3`);
    expect(byDue.body.items.map((item: { dueOn: string }) => item.dueOn)).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
    ]);
    const next = await send(
      office,
      'GET',
      `${base}?sort=due&type=consultation&limit=3&cursor=${byDue.body.nextCursor}`,
    );
    expect(next.body.items.map((item: { dueOn: string }) => item.dueOn)).toEqual([
      '2026-03-12',
      '2026-03-13',
    ]);

    expect(ids(await send(office, 'GET', `${base}?state=draft`))).toEqual([draft.body.id]);
    expect(ids(await send(office, 'GET', `${base}?q=${encodeURIComponent('第3号')}`))).toEqual([made[2]]);
    expect(ids(await send(office, 'GET', `${base}?q=${encodeURIComponent('%')}`))).toEqual([]);
    expect(ids(await send(office, 'GET', `${base}?dueAfter=2026-03-11&dueBefore=2026-03-12`)).sort()).toEqual(
      [made[2], made[3]].sort(),
    );

    // On 2026-03-10 (Tue): 03-09 is overdue (so is serving the draft opinion, decided 03-06);
    // 03-10 … 03-13 are within 3 working days.
    clock.set(shanghaiMorning('2026-03-10'));
    await renew(office, township, staff);
    expect(ids(await send(office, 'GET', `${base}?light=red`)).sort()).toEqual(
      [made[0], draft.body.id].sort(),
    );
    expect(ids(await send(office, 'GET', `${base}?light=yellow`)).sort()).toEqual(made.slice(1).sort());
    expect(ids(await send(office, 'GET', `${base}?light=green`))).toEqual([]);

    // The township government sees what it sent but not a draft addressed to it; township enforcement sees none.
    expect(ids(await send(township, 'GET', `${base}?limit=50`)).sort()).toEqual([...made].sort());
    expect((await send(township, 'GET', `${base}/${draft.body.id}`)).status).toBe(404);
    expect(ids(await send(staff, 'GET', base))).toEqual([]);
    const procuratorate = (await send(office, 'GET', `${base}/${made[0]}`)).body.to[0].unit.id;
    expect(
      ids(await send(office, 'GET', `${base}?unitId=${procuratorate}&type=consultation&limit=50`)).sort(),
    ).toEqual([...made].sort());
  });
});

describe('Xuyi: an opinion not handled in time', () => {
  it('escalates to a procuratorial suggestion whose reply clock is the statutory two months', async () => {
    clock.set(shanghaiMorning('2026-03-02'));
    const xuyi = await session(new ApiClient(server.url), 'xuyi-admin');
    const created = await send(xuyi, 'POST', '/api/t/xuyi/matters', {
      ruleKey: 'nonProsecutionOpinion',
      title: '不起诉案件移送行政处罚的检察意见',
      send: true,
    });
    expect(created.status).toBe(201);
    const received = await act(xuyi, 'xuyi', created.body, 'receive');
    const handle = received.body.clocks[0];
    expect(handle).toMatchObject({ key: 'handle', status: 'running', dueOn: null });
    expect(handle.explanation.zh).toContain('不设期满日');

    const escalated = await send(xuyi, 'POST', `/api/t/xuyi/matters/${created.body.id}/escalate`, {
      stepKey: 'suggestion',
      version: received.body.version,
    });
    expect(escalated.status).toBe(201);
    const suggestion = escalated.body.linked;
    expect(suggestion).toMatchObject({
      type: 'procuratorialSuggestion',
      state: 'draft',
      rootMatterId: created.body.id,
    });
    const sent = await act(xuyi, 'xuyi', suggestion, 'send');
    const served = await act(xuyi, 'xuyi', sent.body, 'receive');
    expect(served.body.clocks[0]).toMatchObject({
      key: 'reply',
      startedOn: '2026-03-02',
      dueOn: '2026-05-06',
    });
    expect(served.body.clocks[0].explanation.origin.kind).toBe('default');
  });
});
