import { fileURLToPath } from 'node:url';
import { type LoadedPlugin, loadPlugin } from '@liandong/sdk';
import { loadInstalledPlugins, type PluginRegistry } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn, startTestServer, type TestServer } from '../support/test-server.ts';

const BROKEN = fileURLToPath(new URL('./fixtures/broken-plugin.ts', import.meta.url));

/** The installed plugins, plus the means to "install" a newer version while the server runs. */
function mutableRegistry(base: PluginRegistry): PluginRegistry & { install(plugin: LoadedPlugin): void } {
  const plugins = new Map(base.list().map((plugin) => [plugin.manifest.id, plugin]));
  return {
    list: () => [...plugins.values()].sort((a, b) => a.manifest.id.localeCompare(b.manifest.id)),
    get: (id) => plugins.get(id),
    broken: () => base.broken(),
    install: (plugin) => plugins.set(plugin.manifest.id, plugin),
  };
}

interface Suggestion {
  readonly id: string;
  readonly version: number;
  readonly clocks: { readonly key: string; readonly dueOn: string | null }[];
}

/** A procuratorial suggestion sent and signed for today, so its reply clock runs. */
async function openSuggestion(admin: ApiClient): Promise<Suggestion> {
  const created = await admin.post('/api/t/xuyi/matters', {
    ruleKey: 'suggestion',
    title: '升级前后的检察建议',
    send: true,
  });
  expect(created.status).toBe(201);
  const sent = created.body as Suggestion;
  const received = await admin.post(`/api/t/xuyi/matters/${sent.id}/actions/receive`, {
    version: sent.version,
  });
  expect(received.status).toBe(200);
  return received.body as Suggestion;
}

let server: TestServer;
let registry: ReturnType<typeof mutableRegistry>;
let operator: ApiClient;

beforeAll(async () => {
  registry = mutableRegistry(await loadInstalledPlugins([BROKEN]));
  server = await startTestServer({ plugins: registry });
  operator = await signedIn(server, 'operator');
});
afterAll(() => server.close());

describe('plugins on the platform', () => {
  it('leaves a plugin with a mistake out, reporting the exact path of the mistake', async () => {
    const body = (await operator.get('/api/platform/plugins')).body as {
      plugins: { id: string }[];
      broken: { pluginId: string; problems: { path: string; message: string }[] }[];
    };
    expect(body.plugins.map((plugin) => plugin.id)).not.toContain('broken-example');
    expect(body.broken).toEqual([
      expect.objectContaining({
        pluginId: 'broken-example',
        problems: [
          {
            path: 'taskListTemplates[0].areas[0].tasks[0].measures[0].units[0]',
            message: expect.stringContaining('unknown unit "dataBureau"'),
          },
        ],
      }),
    ]);
  });

  it('onboards a tenant from every installed plugin', async () => {
    const ids = registry.list().map((plugin) => plugin.manifest.id);
    expect(ids).toEqual(['fanshi', 'generic', 'jiangan', 'suzhou', 'xiangan', 'xuyi']);
    for (const id of ids) {
      const response = await operator.post('/api/platform/tenants', {
        code: `${id}-two`,
        name: `${id} 第二租户`,
        pluginId: id,
        ...(id === 'generic' ? { divisionCode: '320831' } : {}),
        admin: { username: `${id}-two-admin`, password: 'a-strong-password' },
      });
      expect(response.status, id).toBe(201);
      const admin = await signedIn(server, `${id}-two-admin`, 'a-strong-password');
      const overview = (await admin.get(`/api/t/${id}-two`)).body as { counts: { units: number } };
      expect(overview.counts.units, id).toBe(registry.get(id)!.manifest.units.length);
    }
  });
});

describe('upgrading a tenant to a newer plugin version', () => {
  it('shows what changes, applies it, and records the new version', async () => {
    const installed = registry.get('xuyi')!.manifest;
    const [firstUnit] = installed.units;
    const admin = await signedIn(server, 'xuyi-admin');
    const suggestionBefore = await openSuggestion(admin);
    const clocksBefore = suggestionBefore.clocks;
    expect(clocksBefore.find((clock) => clock.dueOn)).toBeDefined();
    registry.install(
      loadPlugin({
        manifest: {
          ...installed,
          version: '1.1.0',
          units: [
            { ...firstUnit!, name: `${firstUnit!.name}（更名）` },
            ...installed.units.slice(1),
            {
              key: 'dataBureau',
              name: '县数据局',
              aliases: [],
              kind: 'department',
              isMember: true,
              sectors: [],
              roles: [],
              liaisons: 1,
            },
          ],
          matterRules: installed.matterRules.map((rule) =>
            rule.key === 'suggestion'
              ? {
                  ...rule,
                  clocks: [
                    {
                      key: 'reply',
                      name: '书面回复',
                      owner: 'recipient' as const,
                      startsOn: 'received' as const,
                      deadline: { kind: 'months' as const, months: 1 },
                    },
                  ],
                }
              : rule,
          ),
        },
        hooks: {},
      }),
    );

    const preview = await operator.get('/api/platform/tenants/xuyi/upgrade');
    expect(preview.status).toBe(200);
    const plan = preview.body as {
      fromVersion: string;
      toVersion: string;
      changes: { kind: string; subject: string; key: string }[];
    };
    expect(plan).toMatchObject({ fromVersion: installed.version, toVersion: '1.1.0' });
    expect(plan.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'added', subject: 'units', key: 'dataBureau' }),
        expect.objectContaining({ kind: 'changed', subject: 'units', key: firstUnit!.key }),
        expect.objectContaining({ kind: 'added', subject: 'clocks', key: 'reply', matterRule: 'suggestion' }),
      ]),
    );

    const stale = await operator.post('/api/platform/tenants/xuyi/upgrade', { toVersion: '1.0.9' });
    expect(stale.status).toBe(409);
    const applied = await operator.post('/api/platform/tenants/xuyi/upgrade', { toVersion: '1.1.0' });
    expect(applied.status).toBe(200);

    const units = (await admin.get('/api/t/xuyi/units')).body as {
      units: { key: string; name: string; liaisons: unknown[] }[];
    };
    expect(units.units.find((unit) => unit.key === 'dataBureau')).toMatchObject({
      name: '县数据局',
      liaisons: [expect.anything()],
    });
    expect(units.units.find((unit) => unit.key === firstUnit!.key)?.name).toBe(`${firstUnit!.name}（更名）`);
    const tenant = (await admin.get('/api/t/xuyi')).body as { tenant: { pluginVersion: string } };
    expect(tenant.tenant.pluginVersion).toBe('1.1.0');
    const audit = (await admin.get('/api/t/xuyi/audit')).body as { events: { action: string }[] };
    expect(audit.events[0]?.action).toBe('tenant.plugin_upgraded');

    // The matter opened before keeps the rule its clock started with; a new one takes the new rule.
    const reread = (await admin.get(`/api/t/xuyi/matters/${suggestionBefore.id}`)).body as Suggestion;
    expect(reread.clocks).toEqual(clocksBefore);
    const suggestionAfter = await openSuggestion(admin);
    const dueBefore = clocksBefore.find((clock) => clock.dueOn)!.dueOn!;
    const dueAfter = suggestionAfter.clocks.find((clock) => clock.dueOn)!.dueOn!;
    expect(
      dueAfter < dueBefore,
      JSON.stringify({ before: clocksBefore, after: suggestionAfter.clocks }),
    ).toBe(true);

    const again = await operator.post('/api/platform/tenants/xuyi/upgrade', { toVersion: '1.1.0' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'PLUGIN_NOT_NEWER' } });
  });

  it('is for operators of the tenant’s province only', async () => {
    const admin = await signedIn(server, 'xuyi-admin');
    expect((await admin.get('/api/platform/tenants/xuyi/upgrade')).status).toBe(403);
    expect((await operator.get('/api/platform/tenants/no-such/upgrade')).status).toBe(404);
  });
});
