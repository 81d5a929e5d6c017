import { ConfigError, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { AppError } from '../errors.ts';

/** A mistake of the person at the terminal: printed as one line (plus field lines), exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Runs a command's body, turning user errors into `liandong: …` lines and exit code 2, never a stack trace. */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof AppError) {
      const fields =
        error.fields?.map((field) => `\n  ${field.path.replace(/^body\./, '')}: ${field.message}`) ?? [];
      process.stderr.write(`liandong: ${error.message}${fields.join('')}\n`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`liandong: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    const code = (error as { code?: unknown }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000') {
      process.stderr.write(
        `liandong: cannot use the database (${(error as Error).message}); check DATABASE_URL\n`,
      );
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

/** Opens the database the server would use (embedded unless DATABASE_URL), migrated, and closes it after. */
export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config, (message) => process.stderr.write(`${message}\n`));
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
