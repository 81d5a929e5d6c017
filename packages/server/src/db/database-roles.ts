import pg from 'pg';

/** The two database roles: the owner runs migrations; the API runs as the app role, which RLS binds. */
export const OWNER_ROLE = 'liandong_owner';
export const APP_ROLE = 'liandong_app';

export interface RolePasswords {
  readonly owner: string;
  readonly app: string;
}

/**
 * Creates (or updates the passwords of) the owner and app roles and the
 * database, as a superuser. Safe to run concurrently: a role created by a
 * parallel caller in between is not an error.
 */
export async function bootstrapDatabase(
  superuserUrl: string,
  database: string,
  passwords: RolePasswords,
): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await ensureRole(client, OWNER_ROLE, passwords.owner, 'LOGIN CREATEROLE');
    await ensureRole(client, APP_ROLE, passwords.app, 'LOGIN NOSUPERUSER NOBYPASSRLS');
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) {
      await client.query(`create database ${pg.escapeIdentifier(database)} owner ${OWNER_ROLE}`);
    }
    // The app role must be grantable by the owner (PostgreSQL 16+ needs ADMIN on a role to grant it privileges).
    await client.query(`grant ${APP_ROLE} to ${OWNER_ROLE} with admin option`).catch(() => undefined);
  } finally {
    await client.end();
  }
}

async function ensureRole(
  client: pg.Client,
  role: string,
  password: string,
  attributes: string,
): Promise<void> {
  const literal = client.escapeLiteral(password);
  const found = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  try {
    if (found.rowCount === 0) {
      await client.query(`create role ${role} ${attributes} password ${literal}`);
      return;
    }
  } catch (error) {
    if (!isDuplicate(error)) throw error;
  }
  await client.query(`alter role ${role} ${attributes} password ${literal}`);
}

function isDuplicate(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error as { code: unknown }).code === '42710'
  );
}

/** The app role's URL: the owner URL with the app role's credentials. */
export function appUrlFrom(ownerUrl: string, appPassword: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = appPassword;
  return url.toString();
}
