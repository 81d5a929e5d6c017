import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'tests',
    globalSetup: ['./support/global-setup.ts'],
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
