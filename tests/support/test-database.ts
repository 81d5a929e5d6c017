import { randomUUID } from 'node:crypto';
import { APP_ROLE, OWNER_ROLE } from '@liandong/server';
import pg from 'pg';
import { inject } from 'vitest';
import { TEMPLATE_DATABASE, TEST_PASSWORDS, withCredentials } from './test-database-info.ts';

/** A database of one's own, copied from the migrated template, so test files run in parallel. */
export interface TestDatabase {
  readonly name: string;
  readonly ownerUrl: string;
  readonly appUrl: string;
  readonly adminUrl: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const { adminUrl } = inject('testDatabase');
  const name = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await withAdmin(adminUrl, async (client) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(`create database ${name} template ${TEMPLATE_DATABASE} owner ${OWNER_ROLE}`);
        return;
      } catch (error) {
        // Copies of one template cannot start at the same instant ("source database is being accessed").
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  });
  return {
    name,
    ownerUrl: withCredentials(adminUrl, name, OWNER_ROLE, TEST_PASSWORDS.owner),
    appUrl: withCredentials(adminUrl, name, APP_ROLE, TEST_PASSWORDS.app),
    adminUrl: withCredentials(
      adminUrl,
      name,
      new URL(adminUrl).username,
      decodeURIComponent(new URL(adminUrl).password),
    ),
    drop: () =>
      withAdmin(adminUrl, (client) =>
        client.query(`drop database if exists ${name} with (force)`).then(() => {}),
      ),
  };
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
