import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface UnitDto {
  id: string;
  key: string;
  name: string;
  status: string;
  liaisons: { id: string; slot: number; personName: string | null }[];
}

async function units(tenant: string, username: string): Promise<UnitDto[]> {
  const client = await signedIn(server, username);
  return ((await client.get(`/api/t/${tenant}/units`)).body as { units: UnitDto[] }).units;
}

describe('units and liaisons, edited by the linkage office', () => {
  it('adds a unit with liaison slots, renames it, retires it and keeps it listed as retired', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    const created = await admin.post('/api/t/xuyi/units', {
      key: 'taxBureau',
      name: '县税务局',
      kind: 'government',
      liaisonSlots: 2,
    });
    expect(created.status).toBe(201);
    const unit = created.body as { id: string; status: string };
    expect(unit.status).toBe('active');

    const renamed = await admin.request('PATCH', `/api/t/xuyi/units/${unit.id}`, {
      name: '国家税务总局盱眙县税务局',
    });
    expect(renamed.status).toBe(200);
    expect((renamed.body as { name: string }).name).toBe('国家税务总局盱眙县税务局');

    const retired = await admin.post(`/api/t/xuyi/units/${unit.id}/retire`);
    expect((retired.body as { status: string }).status).toBe('retired');
    const listed = (await units('xuyi', 'xuyi-admin')).find((row) => row.id === unit.id);
    expect(listed?.status).toBe('retired');
    expect(listed?.liaisons.map((slot) => slot.slot)).toEqual([1, 2]);

    const back = await admin.post(`/api/t/xuyi/units/${unit.id}/reinstate`);
    expect((back.body as { status: string }).status).toBe('active');

    const audit = (await admin.get('/api/t/xuyi/audit?limit=10')).body as { events: { action: string }[] };
    expect(audit.events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['unit.created', 'unit.updated', 'unit.retired', 'unit.reinstated']),
    );
  });

  it('names a liaison in a slot', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    const target = (await units('xuyi', 'xuyi-admin')).find((row) => row.liaisons.length > 0)!;
    const response = await admin.request('PUT', `/api/t/xuyi/units/${target.id}/liaisons/1`, {
      personName: '王联络',
      phone: '0517-8888 1234',
    });
    expect(response.status).toBe(200);
    const after = (await units('xuyi', 'xuyi-admin')).find((row) => row.id === target.id)!;
    expect(after.liaisons.find((slot) => slot.slot === 1)?.personName).toBe('王联络');
  });

  it('refuses every other role', async () => {
    const target = (await units('xuyi', 'xuyi-admin'))[0]!;
    for (const username of ['xuyi-liaison', 'xuyi-staff', 'xuyi-leader']) {
      const client = await signedIn(server, username);
      expect(
        (await client.post('/api/t/xuyi/units', { key: 'x1', name: 'x', kind: 'government' })).status,
      ).toBe(403);
      expect((await client.request('PATCH', `/api/t/xuyi/units/${target.id}`, { name: 'x' })).status).toBe(
        403,
      );
      expect((await client.post(`/api/t/xuyi/units/${target.id}/retire`)).status).toBe(403);
      expect(
        (await client.request('PUT', `/api/t/xuyi/units/${target.id}/liaisons/1`, { personName: 'x' }))
          .status,
      ).toBe(403);
    }
  });

  it('names the invalid fields and refuses a duplicate key', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    const bad = await admin.post('/api/t/xuyi/units', { key: '1bad key', name: '', kind: 'government' });
    expect(bad.status).toBe(400);
    const paths = (bad.body as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['body.key', 'body.name']));
    const existingKey = (await units('xuyi', 'xuyi-admin'))[0]!.key;
    const taken = await admin.post('/api/t/xuyi/units', {
      key: existingKey,
      name: '重复',
      kind: 'government',
    });
    expect(taken.status).toBe(409);
    expect((taken.body as { error: { code: string } }).error.code).toBe('ADMIN_UNIT_KEY_TAKEN');
    const target = (await units('xuyi', 'xuyi-admin'))[0]!;
    expect((await admin.request('PATCH', `/api/t/xuyi/units/${target.id}`, {})).status).toBe(400);
    expect((await admin.request('PATCH', `/api/t/xuyi/units/${target.id}`, { status: 'gone' })).status).toBe(
      400,
    );
  });

  it('cannot reach another tenant’s unit, even by its id through its own tenant', async () => {
    const suzhouUnit = (await units('suzhou', 'suzhou-admin'))[0]!;
    const admin = await signedIn(server, 'xuyi-admin');
    expect(
      (await admin.request('PATCH', `/api/t/xuyi/units/${suzhouUnit.id}`, { name: '改名' })).status,
    ).toBe(404);
    expect((await admin.post(`/api/t/xuyi/units/${suzhouUnit.id}/retire`)).status).toBe(404);
    expect(
      (await admin.request('PATCH', `/api/t/suzhou/units/${suzhouUnit.id}`, { name: '改名' })).status,
    ).toBe(404);
    expect((await units('suzhou', 'suzhou-admin'))[0]!.name).toBe(suzhouUnit.name);
  });
});
