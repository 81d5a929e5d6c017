import { buildApp } from '../app.ts';
import { ManualClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { createOrm } from '../db/orm.ts';
import type { PluginRegistry } from '../modules/plugins/plugin-registry.ts';
import { onboardTenant } from '../modules/tenancy/onboarding.service.ts';
import { BenchApi } from './bench-api.ts';
import { SeededRandom, seedRandomUuids } from './seeded-random.ts';
import { fillTemplateYear, type TemplateUnit } from './template-year.ts';

/** The password of every generated account; its one argon2 hash is reused for all of them. */
export const BENCH_PASSWORD = 'liandong-bench';

export interface TemplateTenant {
  readonly pluginId: string;
  readonly tenantId: string;
  readonly code: string;
  readonly adminId: string;
  readonly units: readonly TemplateUnit[];
}

export interface TemplateBuildOptions {
  readonly appUrl: string;
  readonly plugins: PluginRegistry;
  readonly seed: string;
  readonly years: readonly number[];
  /** The bench's "today": no act is dated after it. */
  readonly until: Date;
  readonly log: (line: string) => void;
}

/**
 * Builds one template tenant per installed plugin, through the real onboarding
 * service and the real API with a manual clock walking the years. Ids come from
 * the seeded stream, so the templates (and every clone) are the same for a seed.
 */
export async function buildTemplates(options: TemplateBuildOptions): Promise<TemplateTenant[]> {
  // One stream per plugin, so a template does not depend on which other plugins are installed.
  let random = new SeededRandom(`${options.seed}:templates`);
  const restore = seedRandomUuids(() => random);
  const firstYear = options.years[0] ?? options.until.getUTCFullYear();
  const clock = new ManualClock(`${firstYear}-01-04T02:00:00Z`);
  const orm = await createOrm({ url: options.appUrl, poolMax: 2 });
  // Tokens that outlive the manual clock's walk through the years (past the 24 h the
  // environment allows a deployment), so the generator signs in once per template.
  const config = {
    ...loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'bench-template-secret-of-32-characters' }),
    accessTokenTtlSeconds: 20 * 365 * 86_400,
    refreshTokenTtlSeconds: 20 * 365 * 86_400,
  };
  const app = await buildApp({ orm, config, clock, plugins: options.plugins, logger: false });
  const templates: TemplateTenant[] = [];
  try {
    for (const plugin of [...options.plugins.list()]) {
      const id = plugin.manifest.id;
      random = new SeededRandom(`${options.seed}:templates:${id}`);
      const code = `tpl-${id}`;
      clock.set(`${firstYear}-01-04T02:00:00Z`);
      const onboarded = await onboardTenant(
        { orm, plugins: options.plugins, clock },
        {
          code,
          name: plugin.manifest.jurisdiction.name,
          pluginId: id,
          // A plugin for any county (generic) names no division: the bench's is 泗县 (Anhui).
          ...(plugin.manifest.jurisdiction.divisionCode ? {} : { divisionCode: '341324' }),
          admin: { username: `${code}-admin`, password: BENCH_PASSWORD },
        },
        { kind: 'system' },
      );
      const api = new BenchApi(app, () => clock.now(), config.accessTokenTtlSeconds);
      await api.login(`${code}-admin`, BENCH_PASSWORD);
      const { units } = await api.ok('GET', `/api/t/${code}/units`);
      const me = await api.ok('GET', '/api/auth/me');
      const unitRefs: TemplateUnit[] = units.map((unit: TemplateUnit) => ({ id: unit.id, key: unit.key }));
      for (const year of options.years) {
        const started = performance.now();
        const filled = await fillTemplateYear({
          api,
          clock,
          random,
          plugin,
          code,
          units: unitRefs,
          year,
          until: options.until,
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        options.log(
          `template ${code} ${year}: ${filled.matters} matters, ${filled.failures} refused acts, ${seconds}s`,
        );
        options.log(`  slowest requests: ${api.slowest()}`);
      }
      templates.push({ pluginId: id, tenantId: onboarded.tenant.id, code, adminId: me.id, units: unitRefs });
    }
  } finally {
    await app.close();
    await orm.close(true);
    restore();
  }
  return templates;
}
