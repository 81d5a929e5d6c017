import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { systemClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { resolveOwnerUrl } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { BackupError, exportTenant } from '../modules/backup/tenant-export.ts';
import { importTenant } from '../modules/backup/tenant-import.ts';
import { loadInstalledPlugins } from '../modules/plugins/plugin-registry.ts';
import { onboardTenantSchema } from '../modules/tenancy/onboarding.schemas.ts';
import { onboardTenant } from '../modules/tenancy/onboarding.service.ts';
import { runCommand, UsageError, withDatabase } from './cli-support.ts';

interface CreateOptions {
  code: string;
  name: string;
  plugin: string;
  adminUsername: string;
  adminPassword?: string;
  adminName?: string;
  divisionCode?: string;
  provinceCode?: string;
  level?: string;
  parent?: string;
  json?: boolean;
}

/** `liandong tenant create …`: onboard a tenant from a plugin, as the operator console does. */
export function registerTenantCommand(program: Command): void {
  const tenant = program.command('tenant').description('manage tenants (jurisdictions)');
  tenant
    .command('create')
    .description('onboard a tenant from an installed plugin (idempotent on the code)')
    .requiredOption('--code <code>', 'tenant code, e.g. xuyi')
    .requiredOption('--name <name>', 'name, e.g. 盱眙县')
    .requiredOption('--plugin <id>', 'plugin id, e.g. xuyi or generic')
    .requiredOption('--admin-username <username>', 'first tenant admin')
    .option('--admin-password <password>', 'their password (default: $LIANDONG_ADMIN_PASSWORD)')
    .option('--admin-name <name>', 'their display name')
    .option('--division-code <code>', 'GB/T 2260 division code (default: the plugin’s)')
    .option('--province-code <code>', 'two-digit province code (default: from the division code)')
    .option('--level <level>', 'county, district, prefecture, countyLevelCity or province')
    .option('--parent <code>', 'code of the tenant above it')
    .option('--json', 'print the whole result as JSON')
    .action((options: CreateOptions) =>
      runCommand(async () => {
        const password = options.adminPassword ?? process.env.LIANDONG_ADMIN_PASSWORD;
        if (!password) throw new UsageError('give --admin-password or set LIANDONG_ADMIN_PASSWORD');
        const parsed = onboardTenantSchema.safeParse({
          code: options.code,
          name: options.name,
          pluginId: options.plugin,
          divisionCode: options.divisionCode,
          provinceCode: options.provinceCode,
          level: options.level,
          parentCode: options.parent,
          admin: { username: options.adminUsername, password, displayName: options.adminName },
        });
        if (!parsed.success) {
          throw new AppError('VALIDATION_FAILED', {
            message: 'invalid options',
            fields: parsed.error.issues.map((issue) => ({
              path: issue.path.join('.'),
              message: issue.message,
            })),
          });
        }
        const plugins = await loadInstalledPlugins();
        if (!plugins.get(parsed.data.pluginId)) {
          const installed = plugins
            .list()
            .map((plugin) => plugin.manifest.id)
            .join(', ');
          throw new UsageError(`No plugin "${parsed.data.pluginId}" is installed (installed: ${installed}).`);
        }
        const result = await withDatabase((database) =>
          onboardTenant({ orm: database.orm, plugins, clock: systemClock }, parsed.data, { kind: 'system' }),
        );
        if (options.json) {
          process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
          return;
        }
        const { tenant: created, instantiated } = result;
        process.stdout.write(
          result.created
            ? `created tenant ${created.code} (${created.name}, ${created.provinceName} ${created.divisionCode}) from plugin ${created.pluginId}@${created.pluginVersion}: ${instantiated.units} units, ${instantiated.bodies} bodies, ${instantiated.meetingSeries} meeting series, ${instantiated.taskListTemplates} task-list templates\n`
            : `tenant ${created.code} already exists with these settings; nothing changed\n`,
        );
      }),
    );

  tenant
    .command('export')
    .argument('<code>', 'tenant code')
    .option('--out <file>', 'where to write (default: <code>.liandong.jsonl)')
    .description('write one tenant’s data to a file (JSON lines with per-table checksums)')
    .action((code: string, options: { out?: string }) =>
      runCommand(async () => {
        const file = options.out ?? `${code}.liandong.jsonl`;
        if (existsSync(file)) throw new UsageError(`${file} exists; choose another --out`);
        await withOwnerUrl(async (ownerUrl) => {
          const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
          const write = async (line: string) => {
            if (!out.write(`${line}\n`)) await once(out, 'drain');
          };
          try {
            const footer = await exportTenant(ownerUrl, code, write, (table, rows) =>
              process.stderr.write(`  ${table}: ${rows} rows\n`),
            );
            out.end();
            await once(out, 'finish');
            const total = Object.values(footer.tables).reduce((sum, table) => sum + table.rows, 0);
            process.stdout.write(
              `exported tenant ${code}: ${total} rows in ${Object.keys(footer.tables).length} tables to ${file}\n`,
            );
          } catch (error) {
            out.destroy();
            throw error;
          }
        });
      }),
    );
  tenant
    .command('import')
    .argument('<file>', 'a file written by liandong tenant export')
    .description('restore a tenant into this database (all or nothing, checksums verified)')
    .action((file: string) =>
      runCommand(async () => {
        if (!existsSync(file)) throw new UsageError(`no file ${file}`);
        await withOwnerUrl(async (ownerUrl) => {
          const lines = createInterface({
            input: createReadStream(file, 'utf8'),
            crlfDelay: Number.POSITIVE_INFINITY,
          });
          const { header, footer } = await importTenant(ownerUrl, lines, (table, rows) =>
            process.stderr.write(`  ${table}: ${rows} rows\n`),
          );
          const total = Object.values(footer.tables).reduce((sum, table) => sum + table.rows, 0);
          process.stdout.write(
            `imported tenant ${header.tenant.code}: ${total} rows, every table's checksum verified\n`,
          );
        });
      }),
    );
}

async function withOwnerUrl(work: (ownerUrl: string) => Promise<void>): Promise<void> {
  const { ownerUrl, cluster } = await resolveOwnerUrl(loadConfig(), (message) =>
    process.stderr.write(`${message}\n`),
  );
  try {
    await work(ownerUrl);
  } catch (error) {
    if (error instanceof BackupError) throw new UsageError(error.message);
    throw error;
  } finally {
    await cluster?.stop();
  }
}
