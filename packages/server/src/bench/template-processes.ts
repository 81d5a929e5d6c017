import { spawn } from 'node:child_process';
import path from 'node:path';
import type { PluginRegistry } from '../modules/plugins/plugin-registry.ts';
import type { TemplateBuildOptions, TemplateTenant } from './template-build.ts';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/bench-template.ts');

function buildOne(options: TemplateBuildOptions, pluginId: string): Promise<TemplateTenant> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        SCRIPT,
        ...['--app-url', options.appUrl, '--plugin', pluginId, '--seed', options.seed],
        ...['--years', options.years.join(','), '--until', options.until.toISOString()],
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let result: TemplateTenant | undefined;
    let errors = '';
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('TEMPLATE '))
          result = JSON.parse(line.slice('TEMPLATE '.length)) as TemplateTenant;
        else if (line.trim()) options.log(line);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-4000);
    });
    child.once('close', (code) => {
      if (code === 0 && result) resolve(result);
      else reject(new Error(`template ${pluginId} failed (${code}):\n${errors}`));
    });
  });
}

/**
 * Builds the plugins' template tenants `parallel` at a time, each in its own process
 * (each has its own seeded stream and clock, so the result does not depend on the order).
 */
export async function buildTemplatesInParallel(
  options: Omit<TemplateBuildOptions, 'plugins'>,
  plugins: PluginRegistry,
  parallel: number,
): Promise<TemplateTenant[]> {
  const ids = plugins.list().map((plugin) => plugin.manifest.id);
  const results = new Map<string, TemplateTenant>();
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++] as string;
      results.set(id, await buildOne({ ...options, plugins }, id));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return ids.map((id) => results.get(id) as TemplateTenant);
}
