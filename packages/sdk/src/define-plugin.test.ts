import { describe, expect, expectTypeOf, it } from 'vitest';
import { definePlugin, type PluginDefinition } from './define-plugin.ts';
import type { Manifest } from './manifest/manifest.schema.ts';
import { smallCityManifest } from './testing/fixtures/small-city.manifest.ts';

// These checks run in `pnpm --filter @liandong/sdk typecheck`: an unused
// expect-error directive is itself a compile error, so they fail if inference weakens.
describe('definePlugin types', () => {
  it('returns a typed definition and infers the manifest', () => {
    const plugin = definePlugin(smallCityManifest);
    expectTypeOf(plugin).toEqualTypeOf<PluginDefinition>();
    expectTypeOf<Manifest['units'][number]['kind']>().toEqualTypeOf<
      | 'government'
      | 'procuratorate'
      | 'department'
      | 'court'
      | 'police'
      | 'supervisionCommission'
      | 'townshipGovernment'
      | 'other'
    >();
    expectTypeOf<Manifest['units'][number]['aliases']>().toEqualTypeOf<string[]>();
    expect(plugin.manifest).toBe(smallCityManifest);
    expect(plugin.hooks).toEqual({});
  });

  it('rejects a wrong field in the manifest literal at compile time', () => {
    const base = { ...smallCityManifest };
    const unit = { key: 'x', name: '某局', kind: 'department' } as const;
    // @ts-expect-error — "aliasses" is not a field of a unit.
    definePlugin({ ...base, units: [{ ...unit, aliasses: ['某'] }] });
    // @ts-expect-error — "bureau" is not a unit kind.
    definePlugin({ ...base, units: [{ ...unit, kind: 'bureau' }] });
    definePlugin({
      ...base,
      matterRules: [
        {
          key: 'r',
          type: 'consultation',
          name: '咨询',
          clocks: [
            {
              key: 'c',
              name: '回复',
              owner: 'recipient',
              startsOn: 'served',
              // @ts-expect-error — a clock's deadline kind must be one of the core rule kinds.
              deadline: { kind: 'weeks', weeks: 2 },
            },
          ],
        },
      ],
    });
    // @ts-expect-error — a hook must be a function.
    definePlugin(base, { chooseEscalationTargets: ['justice'] });
    expect(definePlugin({ ...base, units: [unit] }).manifest.units).toHaveLength(1);
  });
});
