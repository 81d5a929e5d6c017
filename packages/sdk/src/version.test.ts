import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SDK_VERSION } from './version.ts';

describe('SDK_VERSION', () => {
  it('equals the version in packages/sdk/package.json', () => {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg).toMatchObject({ version: SDK_VERSION });
  });
});
