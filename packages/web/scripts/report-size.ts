/**
 * Prints what the home page's first load weighs (`pnpm --filter @liandong/web size`,
 * after a build) and exits 1 over the budget.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIRST_LOAD_BUDGET_BYTES, measureFirstLoad } from './first-load.ts';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const load = measureFirstLoad(dist);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const file of load.files)
  console.log(`${kb(file.gzipBytes).padStart(10)} gz  ${kb(file.bytes).padStart(10)}  ${file.file}`);
console.log(
  `home page first load: ${kb(load.jsBytes)} JavaScript, ${kb(load.jsGzipBytes)} gzipped (budget ${kb(FIRST_LOAD_BUDGET_BYTES)}); CSS ${kb(load.cssGzipBytes)} gzipped`,
);
if (load.jsGzipBytes > FIRST_LOAD_BUDGET_BYTES) {
  console.error('over budget');
  process.exitCode = 1;
}
