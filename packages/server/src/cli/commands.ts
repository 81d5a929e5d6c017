import type { Command } from 'commander';
import { registerAuditCommand } from './audit-command.ts';
import { registerDeadlineCommand } from './deadline-command.ts';
import { registerMigrateCommand } from './migrate-command.ts';
import { registerPluginCommand } from './plugin-command.ts';
import { registerTenantCommand } from './tenant-command.ts';

/** Every CLI command module registers itself here, so main.ts stays a thin entry point. */
export function registerCommands(program: Command): void {
  void program;
  registerPluginCommand(program);
  registerDeadlineCommand(program);
  registerMigrateCommand(program);
  registerTenantCommand(program);
  registerAuditCommand(program);
}
