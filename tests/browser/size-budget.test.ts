import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_BYTES, measureFirstLoad } from '../../packages/web/scripts/first-load.ts';
import { ensureWebBuilt, WEB_DIST } from './support/web-build.ts';

describe('the production build of the web UI', () => {
  it('loads the tenant home with under 300 KB of JavaScript, gzipped', async () => {
    await ensureWebBuilt();
    const load = measureFirstLoad(WEB_DIST);
    console.log(`home page first load: ${(load.jsGzipBytes / 1024).toFixed(1)} KB gzipped JavaScript`);
    expect(load.jsGzipBytes).toBeLessThan(FIRST_LOAD_BUDGET_BYTES);
    // Charts are the heaviest library: they stay out of the first load.
    expect(load.files.some((file) => /echarts|Dashboard/i.test(file.file))).toBe(false);
  }, 180_000);
});
