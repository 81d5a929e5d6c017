import { parseArgs } from 'node:util';
import { buildTemplates } from '../src/bench/template-build.ts';
import { loadInstalledPlugins, registryOf } from '../src/modules/plugins/plugin-registry.ts';

// One plugin's template tenant, built by `bench:seed` in a process of its own so two build at once
// on two cores; the result is the last line of stdout.
const { values } = parseArgs({
  options: {
    'app-url': { type: 'string' },
    plugin: { type: 'string' },
    seed: { type: 'string' },
    years: { type: 'string' },
    until: { type: 'string' },
  },
});
const plugin = (await loadInstalledPlugins()).get(values.plugin ?? '');
if (!plugin || !values['app-url'] || !values.seed || !values.years || !values.until) {
  console.error('usage: bench-template --app-url URL --plugin ID --seed S --years 2025,2026 --until ISO');
  process.exit(2);
}
const [template] = await buildTemplates({
  appUrl: values['app-url'],
  plugins: registryOf([plugin]),
  seed: values.seed,
  years: values.years.split(',').map(Number),
  until: new Date(values.until),
  log: (line) => console.log(line),
});
console.log(`TEMPLATE ${JSON.stringify(template)}`);
