#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands.ts';

const program = new Command('liandong')
  .description('联动 — operate the Liandong platform and write jurisdiction plugins')
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text) });

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Usage errors (unknown option, missing argument) are the user's mistake: exit 2, no stack trace.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`liandong: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
