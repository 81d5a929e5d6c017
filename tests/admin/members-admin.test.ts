import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Unit {
  id: string;
  status: string;
}

async function activeUnitId(client: ApiClient, tenant: string): Promise<string> {
  const { units } = (await client.get(`/api/t/${tenant}/units`)).body as { units: Unit[] };
  return units.find((unit) => unit.status === 'active')!.id;
}

describe('people, invited and managed by the linkage office', () => {
  it('invites a person who signs in with the one-time password; a role change applies at the next request', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    const unitId = await activeUnitId(admin, 'xuyi');
    const invited = await admin.post('/api/t/xuyi/members', {
      username: 'xuyi-newcomer',
      displayName: '新同事',
      unitId,
      role: 'staff',
    });
    expect(invited.status).toBe(201);
    const { member, initialPassword } = invited.body as { member: { id: string }; initialPassword: string };
    expect(initialPassword.length).toBeGreaterThanOrEqual(12);

    const newcomer = new ApiClient(server.url);
    await newcomer.login('xuyi-newcomer', initialPassword);
    expect((await newcomer.get('/api/t/xuyi')).body).toMatchObject({ me: { role: 'staff', unitId } });
    expect((await newcomer.get('/api/t/xuyi/members')).status).toBe(403);

    expect(
      (await admin.request('PATCH', `/api/t/xuyi/members/${member.id}`, { role: 'tenant_admin' })).status,
    ).toBe(200);
    // Same access token: the role is read per request.
    expect((await newcomer.get('/api/t/xuyi/members')).status).toBe(200);

    expect((await admin.post(`/api/t/xuyi/members/${member.id}/disable`)).status).toBe(200);
    expect((await newcomer.get('/api/t/xuyi')).status).toBe(401);
    expect((await admin.post(`/api/t/xuyi/members/${member.id}/enable`)).status).toBe(200);
    expect((await newcomer.get('/api/t/xuyi')).status).toBe(200);
  });

  it('refuses a taken username, a retired unit, bad fields and changes to oneself', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    const unitId = await activeUnitId(admin, 'xuyi');
    const taken = await admin.post('/api/t/xuyi/members', {
      username: 'suzhou-staff',
      displayName: '重名',
      unitId,
      role: 'staff',
    });
    expect((taken.body as { error: { code: string } }).error.code).toBe('USERNAME_TAKEN');
    const bad = await admin.post('/api/t/xuyi/members', {
      username: 'A',
      displayName: '',
      unitId: 'x',
      role: 'boss',
    });
    expect(bad.status).toBe(400);
    const paths = (bad.body as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.username', 'body.displayName', 'body.unitId', 'body.role']),
    );

    const created = await admin.post('/api/t/xuyi/units', {
      key: 'oldUnit',
      name: '旧单位',
      kind: 'government',
    });
    const oldId = (created.body as { id: string }).id;
    await admin.post(`/api/t/xuyi/units/${oldId}/retire`);
    const toRetired = await admin.post('/api/t/xuyi/members', {
      username: 'xuyi-retired-unit',
      displayName: '某人',
      unitId: oldId,
      role: 'staff',
    });
    expect((toRetired.body as { error: { code: string } }).error.code).toBe('ADMIN_UNIT_RETIRED');

    const me = (
      (await admin.get('/api/t/xuyi/members')).body as { members: { id: string; role: string }[] }
    ).members.find((row) => row.role === 'tenant_admin')!;
    const self = await admin.request('PATCH', `/api/t/xuyi/members/${me.id}`, { role: 'staff' });
    expect((self.body as { error: { code: string } }).error.code).toBe('ADMIN_SELF_CHANGE');
  });

  it('refuses every other role', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    const unitId = await activeUnitId(admin, 'xuyi');
    const { members } = (await admin.get('/api/t/xuyi/members')).body as { members: { id: string }[] };
    for (const username of ['xuyi-liaison', 'xuyi-staff', 'xuyi-leader']) {
      const client = await signedIn(server, username);
      const invite = { username: `${username}-x`, displayName: 'x', unitId, role: 'staff' };
      expect((await client.post('/api/t/xuyi/members', invite)).status).toBe(403);
      expect(
        (await client.request('PATCH', `/api/t/xuyi/members/${members[0]!.id}`, { role: 'leader' })).status,
      ).toBe(403);
      expect((await client.post(`/api/t/xuyi/members/${members[0]!.id}/disable`)).status).toBe(403);
    }
  });

  it('cannot touch another tenant’s people or put one into another tenant’s unit', async () => {
    const suzhouAdmin = await signedIn(server, 'suzhou-admin');
    const suzhouUnit = await activeUnitId(suzhouAdmin, 'suzhou');
    const { members } = (await suzhouAdmin.get('/api/t/suzhou/members')).body as {
      members: { id: string }[];
    };
    const admin = await signedIn(server, 'xuyi-admin');
    const target = members.find((row) => row.id !== undefined)!;
    expect((await admin.post(`/api/t/xuyi/members/${target.id}/disable`)).status).toBe(404);
    expect(
      (await admin.request('PATCH', `/api/t/xuyi/members/${target.id}`, { role: 'leader' })).status,
    ).toBe(404);
    const cross = await admin.post('/api/t/xuyi/members', {
      username: 'xuyi-cross',
      displayName: '跨租户',
      unitId: suzhouUnit,
      role: 'staff',
    });
    expect(cross.status).toBe(400);
    expect((await signedIn(server, 'suzhou-staff')).token).toBeDefined();
  });
});
