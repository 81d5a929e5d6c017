import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/spawn.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let env: Record<string, string>;
beforeAll(async () => {
  database = await createTestDatabase();
  env = {
    DATABASE_URL: database.ownerUrl,
    DATABASE_APP_URL: database.appUrl,
    LIANDONG_ADMIN_PASSWORD: 'cli-admin-password',
  };
});
afterAll(() => database.drop());

const create = [
  'tenant',
  'create',
  '--code',
  'fanshi',
  '--name',
  '繁峙县',
  '--plugin',
  'fanshi',
  '--admin-username',
  'fanshi-office',
];

describe('liandong tenant create', () => {
  it('onboards a tenant from a plugin and says what it brought', async () => {
    const result = await runCli(create, env);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^created tenant fanshi \(繁峙县, 山西省 140924\) from plugin fanshi@\d+\.\d+\.\d+: \d+ units/,
    );
  });

  it('does nothing the second time', async () => {
    const result = await runCli(create, env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('tenant fanshi already exists with these settings');
  });

  it('answers an unknown plugin and bad options with one line per problem and exit code 2', async () => {
    const unknown = await runCli(
      [
        'tenant',
        'create',
        '--code',
        'elsewhere',
        '--name',
        '某地',
        '--plugin',
        'atlantis',
        '--admin-username',
        'someone',
      ],
      env,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('liandong: No plugin "atlantis" is installed (installed: ');
    const bad = await runCli(
      ['tenant', 'create', '--code', 'Bad!', '--name', '某地', '--plugin', 'xuyi', '--admin-username', 'x'],
      env,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/code: a tenant code is/);
    expect(bad.stderr).toMatch(/admin\.username: a username is/);
    const missing = await runCli(['tenant', 'create', '--code', 'abc'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/required option/);
  });

  it('applies migrations on demand and reports an up-to-date database', async () => {
    const result = await runCli(['migrate'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('the database is up to date\n');
  });
});
