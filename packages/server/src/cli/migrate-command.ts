import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { resolveOwnerUrl } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { runCommand } from './cli-support.ts';

/** `liandong migrate`: apply pending migrations (the server also does this at start). */
export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (embedded database unless DATABASE_URL is set)')
    .action(() =>
      runCommand(async () => {
        const config = loadConfig();
        const { ownerUrl, cluster } = await resolveOwnerUrl(config, (message) =>
          process.stderr.write(`${message}\n`),
        );
        try {
          const applied = await migrate(
            ownerUrl,
            config.databaseAppUrl ? undefined : config.databaseAppPassword,
          );
          process.stdout.write(
            applied.length > 0 ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n',
          );
        } finally {
          await cluster?.stop();
        }
      }),
    );
}
