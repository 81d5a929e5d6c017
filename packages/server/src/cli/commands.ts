import type { Command } from 'commander';
import { registerDeadlineCommand } from './deadline-command.ts';
import { registerPluginCommand } from './plugin-command.ts';

/** Every CLI command module registers itself here, so main.ts stays a thin entry point. */
export function registerCommands(program: Command): void {
  void program;
  registerPluginCommand(program);
  registerDeadlineCommand(program);
}
