import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { REPO_ROOT, WEB_ROOT } from './support/web-build.ts';

const OPENAPI = path.join(WEB_ROOT, 'src/api/openapi.json');
const SCHEMA = path.join(WEB_ROOT, 'src/api/schema.d.ts');
const REGENERATE = 'pnpm --filter @liandong/web api:generate';

/** The UI's generated client must describe the API the server really serves. */
describe('the web client generated from the OpenAPI document', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: false });
  });

  afterAll(async () => {
    await server?.close();
  });

  it(`openapi.json matches the running server's document (else run ${REGENERATE})`, async () => {
    const response = await fetch(`${server.url}/api/docs/json`);
    expect(response.status).toBe(200);
    const served: unknown = await response.json();
    const committed: unknown = JSON.parse(readFileSync(OPENAPI, 'utf8'));
    expect(committed, `stale: run ${REGENERATE}`).toEqual(served);
  });

  it(`schema.d.ts is what openapi-typescript makes of openapi.json (else run ${REGENERATE})`, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'liandong-schema-'));
    try {
      const out = path.join(dir, 'schema.d.ts');
      const result = spawnSync(
        'pnpm',
        ['--filter', '@liandong/web', 'exec', 'openapi-typescript', OPENAPI, '-o', out],
        { cwd: REPO_ROOT, encoding: 'utf8' },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(SCHEMA, 'utf8') === readFileSync(out, 'utf8'), `stale: run ${REGENERATE}`).toBe(
        true,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
