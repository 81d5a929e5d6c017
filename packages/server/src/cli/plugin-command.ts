import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pluginIdProblem, scaffoldPlugin } from '@liandong/sdk';
import type { Command } from 'commander';

/** Where the command reads and writes; tests point it at a temp dir. */
export interface PluginCommandIo {
  readonly cwd: () => string;
  readonly write: (text: string) => void;
}

const processIo: PluginCommandIo = {
  cwd: () => process.cwd(),
  write: (text) => process.stdout.write(text),
};

/** Usage mistakes exit 2 like commander's own, with one line that says what to change. */
function refuse(command: Command, message: string): never {
  return command.error(`liandong plugin new: ${message}`, { exitCode: 2, code: 'liandong.plugin.refused' });
}

/**
 * Registers `liandong plugin new <id> [--dir plugins/] [--name 显示名]`: writes
 * the SDK's scaffold (a plugin that validates and passes its own tests) into a
 * new directory, never over an existing one.
 */
export function registerPluginCommand(program: Command, io: PluginCommandIo = processIo): void {
  const plugin = program.command('plugin').description('write jurisdiction plugins');
  plugin
    .command('new')
    .description('scaffold a new jurisdiction plugin that validates and passes its own tests')
    .argument('<id>', 'plugin id: 2–40 lower-case ASCII letters, digits or "-" (e.g. xuyi)')
    .option('--dir <path>', 'the directory that holds plugins', 'plugins')
    .option('--name <显示名>', 'display name, e.g. 盱眙县府检联动 (defaults to the id)')
    .action((id: string, options: { dir: string; name?: string }, command: Command) => {
      const problem = pluginIdProblem(id);
      if (problem) refuse(command, problem);
      const cwd = io.cwd();
      const target = resolve(cwd, options.dir, id);
      const shown = relative(cwd, target) || '.';
      if (existsSync(target)) refuse(command, `${shown} already exists; choose another id or --dir`);
      const files = scaffoldPlugin({ id, ...(options.name === undefined ? {} : { name: options.name }) });
      for (const file of files) {
        const path = join(target, file.path);
        mkdirSync(dirname(path), { recursive: true });
        // 'wx' so that a directory created concurrently is still never overwritten.
        writeFileSync(path, file.contents, { flag: 'wx' });
      }
      io.write(
        [
          `created ${shown}/ (@liandong/plugin-${id}):`,
          ...files.map((f) => `  ${join(shown, f.path)}`),
          `next: pnpm install && pnpm vitest run ${shown}`,
          '',
        ].join('\n'),
      );
    });
}
