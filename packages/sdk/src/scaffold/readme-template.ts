import type { TemplateInput } from './manifest-template.ts';
import { lines } from './template-text.ts';

/** README.md: where the plugin comes from and how to work on it. */
export function readmeTemplate(t: TemplateInput): string {
  return lines(
    `# ${t.name}`,
    '',
    `Liandong jurisdiction plugin \`${t.id}\` (\`@liandong/plugin-${t.id}\`): ${t.jurisdiction}'s 府检联动 charter as data.`,
    '',
    '## Work on it',
    '',
    '1. Replace every line marked 【填写】 in `src/manifest.ts` with the charter’s own words.',
    '2. Add the charter’s units, bodies, meeting series, matter rules, obligations, catalogues and task lists.',
    `3. Run \`pnpm vitest run plugins/${t.id}\`: loading the plugin names every problem with its exact path.`,
    '4. Write tests in `src/manifest.test.ts` that read like the charter (see the test kit in docs/plugins.md).',
    '5. Bump `version` in `src/manifest.ts` for every published change: tenants upgrade from version to version.',
    '',
    'See docs/plugins.md for the guide and the full manifest reference.',
  );
}
