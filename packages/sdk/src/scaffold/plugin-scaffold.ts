import { manifestSchema } from '../manifest/manifest.schema.ts';
import { SDK_VERSION } from '../version.ts';
import { manifestTemplate, manifestTestTemplate, type TemplateInput } from './manifest-template.ts';
import { readmeTemplate } from './readme-template.ts';
import { lines } from './template-text.ts';

/** One file of a new plugin, relative to the plugin's directory. */
export interface ScaffoldFile {
  readonly path: string;
  readonly contents: string;
}

/** What `liandong plugin new` is asked for. */
export interface ScaffoldOptions {
  /** The plugin id: becomes the directory name and @liandong/plugin-<id>. */
  readonly id: string;
  /** Display name (盱眙县府检联动); defaults to the id. */
  readonly name?: string;
}

/** Why `id` cannot be a plugin id (the manifest's own rule), or undefined when it can. */
export function pluginIdProblem(id: string): string | undefined {
  const result = manifestSchema.shape.id.safeParse(id);
  return result.success
    ? undefined
    : `invalid plugin id "${id}": ${result.error.issues[0]?.message ?? 'invalid'}`;
}

function packageJson(id: string): string {
  const pkg = {
    name: `@liandong/plugin-${id}`,
    version: '0.1.0',
    type: 'module',
    private: true,
    exports: { '.': './src/index.ts' },
    scripts: { typecheck: 'tsc -p tsconfig.json' },
    dependencies: { '@liandong/sdk': 'workspace:*' },
    devDependencies: { typescript: 'catalog:', vitest: 'catalog:', '@types/node': 'catalog:' },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

const TSCONFIG = lines(
  '{',
  '  "extends": "../../tsconfig.base.json",',
  '  "include": ["src"],',
  '  "compilerOptions": { "types": ["node"] }',
  '}',
);

function indexTemplate(name: string): string {
  return lines(
    "import { definePlugin } from '@liandong/sdk';",
    "import { manifest } from './manifest.ts';",
    '',
    `/** ${name}. Hooks, when the charter needs one, go in the second argument. */`,
    'export const plugin = definePlugin(manifest);',
    '',
    '// The platform loads the default export.',
    'export default plugin;',
  );
}

/**
 * The files of a new plugin that validates and passes its own tests as
 * generated. Pure: the CLI writes them. Throws when the id is invalid.
 */
export function scaffoldPlugin(options: ScaffoldOptions): ScaffoldFile[] {
  const problem = pluginIdProblem(options.id);
  if (problem) throw new Error(problem);
  const name = options.name?.trim() || options.id;
  const t: TemplateInput = {
    id: options.id,
    name,
    // 盱眙县府检联动 → 盱眙县: the jurisdiction is the display name without the mechanism's.
    jurisdiction: name.replace(/府检联动.*$/u, '').trim() || name,
    sdkRange: `^${SDK_VERSION}`,
  };
  return [
    { path: 'package.json', contents: packageJson(options.id) },
    { path: 'tsconfig.json', contents: TSCONFIG },
    { path: 'src/manifest.ts', contents: manifestTemplate(t) },
    { path: 'src/index.ts', contents: indexTemplate(name) },
    { path: 'src/manifest.test.ts', contents: manifestTestTemplate(t) },
    { path: 'README.md', contents: readmeTemplate(t) },
  ];
}
