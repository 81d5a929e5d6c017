import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for the home page's first load: JavaScript, gzipped. */
export const FIRST_LOAD_BUDGET_BYTES = 300 * 1024;

/** The modules a signed-in person's first visit to the tenant home loads: the app, the shell and the page. */
export const HOME_ROUTE_MODULES = [
  'index.html',
  'src/layouts/AppLayout.vue',
  'src/pages/tenant/HomePage.vue',
];

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

export interface FirstLoad {
  readonly files: readonly { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
  readonly jsBytes: number;
  readonly jsGzipBytes: number;
  readonly cssGzipBytes: number;
}

/** Follows Vite's manifest from the given modules through their static imports, and measures what loads. */
export function measureFirstLoad(distDir: string, modules = HOME_ROUTE_MODULES): FirstLoad {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const seen = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const sheet of chunk.css ?? []) css.add(sheet);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const module of modules) {
    if (!manifest[module]) throw new Error(`${module} is not in the build manifest`);
    visit(module);
  }
  const measure = (file: string) => {
    const content = readFileSync(path.join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  };
  const files = [...seen].map(measure).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sheets = [...css].map(measure);
  return {
    files,
    jsBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    jsGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    cssGzipBytes: sheets.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}
