import { parseArgs } from 'node:util';
import { runBench } from '../src/bench/run.ts';

// `pnpm bench [--seconds S] [--mix-seconds M] [--connections C] [--tenants T] [--onboard K] [--note text]`
// on the database `pnpm bench:seed` filled.
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    'mix-seconds': { type: 'string', default: '30' },
    connections: { type: 'string', default: '32' },
    tenants: { type: 'string', default: '200' },
    onboard: { type: 'string', default: '30' },
    'sweep-all': { type: 'string', default: '100' },
    note: { type: 'string', default: '' },
  },
});
await runBench({
  seconds: Number(values.seconds),
  mixSeconds: Number(values['mix-seconds']),
  connections: Number(values.connections),
  sampleTenants: Number(values.tenants),
  onboard: Number(values.onboard),
  sweepAll: Number(values['sweep-all']),
  note: values.note,
  log: (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`),
});
