import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let operator: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  operator = await signedIn(server, 'operator');
});
afterAll(() => server.close());

const newTenant = (overrides: Record<string, unknown> = {}) => ({
  code: 'xuyi-copy',
  name: '盱眙县（演练）',
  pluginId: 'xuyi',
  admin: { username: 'xuyi-copy-admin', password: 'a-strong-password' },
  ...overrides,
});

describe('installed plugins', () => {
  it('lists every jurisdiction plugin with what it brings', async () => {
    const response = await operator.get('/api/platform/plugins');
    expect(response.status).toBe(200);
    const body = response.body as { plugins: { id: string; counts: { units: number } }[]; broken: unknown[] };
    expect(body.plugins.map((plugin) => plugin.id)).toEqual([
      'fanshi',
      'generic',
      'jiangan',
      'suzhou',
      'xiangan',
      'xuyi',
    ]);
    expect(body.broken).toEqual([]);
    for (const plugin of body.plugins) expect(plugin.counts.units).toBeGreaterThan(0);
  });

  it('returns one plugin’s validated manifest, and 404 for one not installed', async () => {
    const suzhou = await operator.get('/api/platform/plugins/suzhou');
    expect(suzhou.status).toBe(200);
    expect(suzhou.body).toMatchObject({ id: 'suzhou', jurisdiction: { divisionCode: '341300' } });
    expect((await operator.get('/api/platform/plugins/atlantis')).status).toBe(404);
  });

  it('is for operators only', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    expect((await admin.get('/api/platform/plugins')).status).toBe(403);
    expect((await new ApiClient(server.url).get('/api/platform/plugins')).status).toBe(401);
  });
});

describe('onboarding a tenant', () => {
  it('creates the tenant with the plugin’s units, bodies and series, and a first admin who can sign in', async () => {
    const manifest = (await operator.get('/api/platform/plugins/xuyi')).body as {
      units: unknown[];
      bodies: unknown[];
      meetingSeries: unknown[];
      taskListTemplates: unknown[];
    };
    const response = await operator.post('/api/platform/tenants', newTenant());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      created: true,
      tenant: {
        code: 'xuyi-copy',
        divisionCode: '320830',
        provinceCode: '32',
        provinceName: '江苏省',
        pluginId: 'xuyi',
      },
      instantiated: {
        units: manifest.units.length,
        bodies: manifest.bodies.length,
        meetingSeries: manifest.meetingSeries.length,
        taskListTemplates: manifest.taskListTemplates.length,
      },
    });

    const admin = await signedIn(server, 'xuyi-copy-admin', 'a-strong-password');
    const overview = await admin.get('/api/t/xuyi-copy');
    expect(overview.status).toBe(200);
    expect(overview.body).toMatchObject({
      me: { role: 'tenant_admin' },
      counts: { units: manifest.units.length, members: 1 },
    });
    const audit = await admin.get('/api/t/xuyi-copy/audit');
    expect((audit.body as { events: { action: string }[] }).events.map((event) => event.action)).toContain(
      'tenant.onboarded',
    );
  });

  it('is idempotent on the code: the same request again returns the tenant without a second one', async () => {
    const again = await operator.post('/api/platform/tenants', newTenant());
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, tenant: { code: 'xuyi-copy' } });
    const list = (await operator.get('/api/platform/tenants')).body as { tenants: { code: string }[] };
    expect(list.tenants.filter((tenant) => tenant.code === 'xuyi-copy')).toHaveLength(1);
  });

  it('refuses a code that belongs to another tenant', async () => {
    const response = await operator.post(
      '/api/platform/tenants',
      newTenant({ pluginId: 'fanshi', admin: { username: 'someone-else', password: 'a-strong-password' } }),
    );
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      error: { code: 'TENANT_CODE_TAKEN', fields: [{ path: 'body.code' }] },
    });
  });

  it('names the field for an unknown plugin, a taken username and bad input', async () => {
    const unknown = await operator.post(
      '/api/platform/tenants',
      newTenant({ code: 'nowhere', pluginId: 'atlantis' }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      error: { code: 'PLUGIN_UNKNOWN', fields: [{ path: 'body.pluginId' }] },
    });

    const taken = await operator.post(
      '/api/platform/tenants',
      newTenant({ code: 'xuyi-two', admin: { username: 'xuyi-admin', password: 'a-strong-password' } }),
    );
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({
      error: { code: 'USERNAME_TAKEN', fields: [{ path: 'body.admin.username' }] },
    });

    const bad = await operator.post('/api/platform/tenants', {
      code: 'Bad Code',
      name: '',
      pluginId: 'xuyi',
      admin: { username: 'ok-name', password: 'short' },
    });
    expect(bad.status).toBe(400);
    const paths = (bad.body as { error: { fields: { path: string }[] } }).error.fields.map(
      (field) => field.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['body.code', 'body.name', 'body.admin.password']));
  });

  it('asks for the division code when the plugin does not name its jurisdiction (generic)', async () => {
    const missing = await operator.post(
      '/api/platform/tenants',
      newTenant({
        code: 'some-county',
        pluginId: 'generic',
        admin: { username: 'some-admin', password: 'a-strong-password' },
      }),
    );
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      error: { code: 'JURISDICTION_INCOMPLETE', fields: [{ path: 'body.divisionCode' }] },
    });
    const given = await operator.post(
      '/api/platform/tenants',
      newTenant({
        code: 'some-county',
        name: '某县',
        pluginId: 'generic',
        divisionCode: '341321',
        admin: { username: 'some-admin', password: 'a-strong-password' },
      }),
    );
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({
      tenant: { provinceCode: '34', provinceName: '安徽省', level: 'county' },
    });
  });

  it('keeps a provincial operator to their provinces', async () => {
    await server.orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into account (id, username, password_hash, display_name, tenant_id, is_operator, operator_provinces, all_provinces, failed_logins, status, created_at)
         select gen_random_uuid(), 'anhui-operator', password_hash, '安徽省运营', null, true, '{34}', false, 0, 'active', now()
         from account where username = 'operator'`,
      );
    const anhui = await signedIn(server, 'anhui-operator');
    const listed = (await anhui.get('/api/platform/tenants')).body as { tenants: { provinceCode: string }[] };
    expect(listed.tenants.length).toBeGreaterThan(0);
    expect(new Set(listed.tenants.map((tenant) => tenant.provinceCode))).toEqual(new Set(['34']));

    const elsewhere = await anhui.post(
      '/api/platform/tenants',
      newTenant({
        code: 'xuyi-three',
        admin: { username: 'xuyi-three-admin', password: 'a-strong-password' },
      }),
    );
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body).toMatchObject({ error: { code: 'PROVINCE_NOT_ALLOWED' } });
    expect((await anhui.get('/api/t/xuyi')).status).toBe(404);
    expect((await anhui.get('/api/t/suzhou')).status).toBe(200);
  });
});
