import pg from 'pg';
import { APP_ROLE } from './database-roles.ts';
import { migrations } from './migrations/index.ts';
import { createOrm } from './orm.ts';

/**
 * Applies pending migrations as the owner role. Returns the names applied.
 * The app role must exist first: the grants migration names it.
 */
export async function migrate(ownerUrl: string, appPassword?: string): Promise<string[]> {
  if (appPassword !== undefined) await ensureAppRole(ownerUrl, appPassword);
  const orm = await createOrm({ url: ownerUrl, poolMax: 2 });
  try {
    const applied = await orm.migrator.up();
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}

/** Names of the migrations this build knows that the database has not run. */
export async function pendingMigrationNames(executed: readonly string[]): Promise<string[]> {
  const done = new Set(executed);
  return migrations.map((migration) => migration.name).filter((name) => !done.has(name));
}

/** With an external database the owner creates the app role when it may; otherwise it must already exist. */
async function ensureAppRole(ownerUrl: string, appPassword: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_roles where rolname = $1', [APP_ROLE]);
    if (found.rowCount !== 0) return;
    await client.query(
      `create role ${APP_ROLE} login nosuperuser nobypassrls password ${client.escapeLiteral(appPassword)}`,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the application role "${APP_ROLE}" does not exist and could not be created (${reason}); create it with LOGIN and set DATABASE_APP_PASSWORD or DATABASE_APP_URL`,
    );
  } finally {
    await client.end();
  }
}
