// `molt run app.py [-- args...]` (build through the cache, then run) and
// `molt run app.wasm [-- args...]` (run a prebuilt component; prefers
// app_linked.wasm beside it unless MOLT_WASM_PREFER_LINKED=0).
import type { CommandModule } from 'yargs';
import { readFileSync } from 'node:fs';
import { UserError } from '../../util/errors.js';
import { buildOrReport, commandBody, passThroughArgs } from '../../driver/cli-support.js';

interface RunArgs {
  file: string;
  args?: string[];
  optimize: boolean;
  cache: boolean;
}

async function loadComponent(file: string, optimize: boolean, cache: boolean): Promise<Uint8Array> {
  if (file.endsWith('.wasm')) {
    const { preferLinked } = await import('../../../host/run.js');
    const path = preferLinked(file);
    try {
      return readFileSync(path);
    } catch {
      throw new UserError(`cannot read ${path}: no such file`);
    }
  }
  return (await buildOrReport(file, { optimize, cache })).component;
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run <file> [args..]',
  describe: 'Build (cached) and run a Python program, or run a built .wasm component',
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'Python source file or .wasm component' })
      .positional('args', { type: 'string', array: true, describe: 'program arguments (put them after --)' })
      .option('optimize', { type: 'boolean', default: true, describe: 'optimize (--no-optimize to skip)' })
      .option('cache', { type: 'boolean', default: true, describe: 'use the build cache (--no-cache to rebuild)' })
      .parserConfiguration({ 'populate--': true }) as never,
  handler: (a) =>
    commandBody(async () => {
      const component = await loadComponent(a.file, a.optimize, a.cache);
      const { runComponent } = await import('../../../host/run.js');
      const result = await runComponent(component, { args: [a.file, ...passThroughArgs(a as never, 'args')] });
      return result.status;
    }),
};
