// `molt run app.py [-- args...]` (build through the cache, then run) and
// `molt run app.wasm [-- args...]` (run a prebuilt component; prefers
// app_linked.wasm beside it unless MOLT_WASM_PREFER_LINKED=0).
import type { CommandModule } from 'yargs';
import { UserError } from '../../util/errors.js';
import { buildOrReport, commandBody, passThroughArgs } from '../../driver/cli-support.js';
import { readComponentFile } from '../component-file.js';

interface RunArgs {
  file: string;
  args?: string[];
  optimize: boolean;
  cache: boolean;
}

async function loadComponent(file: string, optimize: boolean, cache: boolean): Promise<{ path: string; bytes: Uint8Array }> {
  if (file.endsWith('.wasm')) {
    const { preferLinked } = await import('../../../host/run.js');
    const path = preferLinked(file);
    return { path, bytes: readComponentFile(path) };
  }
  return { path: file, bytes: (await buildOrReport(file, { optimize, cache })).component };
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
      // Program arguments are strings: without this, yargs turns `-- 1.0 0x10` into 1 and 16.
      .parserConfiguration({ 'populate--': true, 'parse-numbers': false, 'parse-positional-numbers': false }) as never,
  handler: (a) =>
    commandBody(async () => {
      const { path, bytes } = await loadComponent(a.file, a.optimize, a.cache);
      const { runComponent, InvalidComponentError } = await import('../../../host/index.js');
      try {
        const result = await runComponent(bytes, { args: [a.file, ...passThroughArgs(a as never, 'args')] });
        return result.status;
      } catch (err) {
        if (err instanceof InvalidComponentError) throw new UserError(`${path} is not a runnable WASI 0.2 command component: ${err.message}`);
        throw err;
      }
    }),
};
