import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type TestServer } from '../support/test-server.ts';
import { send, session } from './matter-support.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely
const ruleOf = (body: any, key: string) => body.rules.find((rule: { key: string }) => rule.key === key);

describe('matter rules in force', () => {
  it('tells the create form who sends, who receives, what to ask for, and whether I may create', async () => {
    const township = await session(new ApiClient(server.url), 'fanshi-liaison');
    const answer = await send(township, 'GET', '/api/t/fanshi/matter-rules');
    expect(answer.status).toBe(200);
    expect(answer.body.ruleVersion).toMatch(/^fanshi@/);

    const opinion = ruleOf(answer.body, 'nonProsecutionOpinion');
    expect(opinion.type).toBe('procuratorialOpinion');
    expect(opinion.from).toEqual([{ key: 'procuratorate', name: expect.stringContaining('人民检察院') }]);
    expect(opinion.needs).toEqual({ decidedOn: true, periodEnd: false, urgentPeriod: true });
    expect(opinion.clocks.map((clock: { key: string }) => clock.key)).toEqual(['serve', 'reply']);
    expect(opinion.clocks[0].ruleText.zh).toContain('3');
    expect(opinion.escalation.length).toBeGreaterThan(0);
    // The demo liaison belongs to a township government, not the procuratorate.
    expect(opinion.canCreate).toBe(false);
    expect(ruleOf(answer.body, 'townshipConsultation').canCreate).toBe(true);

    const leader = await session(new ApiClient(server.url), 'fanshi-leader');
    const asLeader = await send(leader, 'GET', '/api/t/fanshi/matter-rules');
    expect(asLeader.body.rules.every((rule: { canCreate: boolean }) => !rule.canCreate)).toBe(true);
    const office = await session(new ApiClient(server.url), 'fanshi-admin');
    const asOffice = await send(office, 'GET', '/api/t/fanshi/matter-rules');
    expect(asOffice.body.rules.every((rule: { canCreate: boolean }) => rule.canCreate)).toBe(true);
  });

  it('refuses anonymous callers and other tenants', async () => {
    const anonymous = await send(new ApiClient(server.url), 'GET', '/api/t/fanshi/matter-rules');
    expect(anonymous.status).toBe(401);
    const outsider = await session(new ApiClient(server.url), 'xuyi-admin');
    const other = await send(outsider, 'GET', '/api/t/fanshi/matter-rules');
    expect(other.status).toBe(404);
  });
});

describe('task list templates', () => {
  it("lists Suzhou's 2022 template with its five areas, fourteen tasks and forty-five measures", async () => {
    const office = await session(new ApiClient(server.url), 'suzhou-staff');
    const answer = await send(office, 'GET', '/api/t/suzhou/task-list-templates');
    expect(answer.status).toBe(200);
    expect(answer.body.templates).toHaveLength(1);
    const [template] = answer.body.templates;
    expect(template.year).toBe(2022);
    expect(template.areas).toHaveLength(5);
    const sum = (field: 'tasks' | 'measures') =>
      template.areas.reduce((total: number, area: Record<string, number>) => total + (area[field] ?? 0), 0);
    expect(sum('tasks')).toBe(14);
    expect(sum('measures')).toBe(45);
  });
});
