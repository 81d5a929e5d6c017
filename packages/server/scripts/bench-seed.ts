import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedBench } from '../src/bench/seed.ts';

// `pnpm bench:seed --tenants N --years Y [--seed S] [--users U] [--plugins a,b] [--fresh-templates]`: fills the bench database.
const { values } = parseArgs({
  options: {
    tenants: { type: 'string', default: '30' },
    years: { type: 'string', default: '1' },
    seed: { type: 'string', default: 'liandong' },
    users: { type: 'string', default: '150' },
    'fresh-templates': { type: 'boolean', default: false },
    /** Template tenants built at once, each in a process (one per core). */
    parallel: { type: 'string', default: '2' },
    /** Only these plugins' templates (comma-separated ids), e.g. for a quick smoke run. */
    plugins: { type: 'string' },
  },
});
const tenants = Number(values.tenants);
const years = Number(values.years);
const users = Number(values.users);
if (
  !Number.isInteger(tenants) ||
  tenants < 1 ||
  !Number.isInteger(years) ||
  years < 1 ||
  years > 20 ||
  users < 1
) {
  console.error('usage: bench:seed --tenants N (≥ 1) --years Y (1–20) [--seed S] [--users U]');
  process.exit(2);
}
const report = await seedBench({
  tenants,
  years,
  seed: values.seed,
  usersPerTenant: users,
  freshTemplates: values['fresh-templates'],
  parallel: Number(values.parallel),
  ...(values.plugins ? { pluginIds: values.plugins.split(',') } : {}),
  log: (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`),
});
console.log(JSON.stringify(report, null, 2));
// Tests point this at their own folder, so a smoke run leaves the repository's results alone.
const results =
  process.env.LIANDONG_BENCH_RESULTS ?? path.resolve(import.meta.dirname, '../../../bench/results');
await mkdir(results, { recursive: true });
await writeFile(path.join(results, `seed-${tenants}x${years}.json`), `${JSON.stringify(report, null, 2)}\n`);
