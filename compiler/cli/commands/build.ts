// `molt build --target wasm app.py [-o app.wasm] [--linked] [--require-linked]`
import type { CommandModule } from 'yargs';
import { rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { UserError } from '../../util/errors.js';
import { fsReason } from '../../util/fs-errors.js';
import { checkOutputPath } from '../output-path.js';
import { readSourceFile } from '../source-file.js';
import { buildOrReport, commandBody } from '../../driver/cli-support.js';
import { writeFileAtomic } from '../../driver/cache.js';

interface BuildArgs {
  file: string;
  target: string;
  output?: string;
  linked: boolean;
  'linked-output'?: string;
  'require-linked': boolean;
  'exit-codes': string;
  optimize: boolean;
  cache: boolean;
}

export function defaultOutput(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.wasm`);
}

export function linkedOutputFor(output: string): string {
  return output.endsWith('.wasm') ? `${output.slice(0, -'.wasm'.length)}_linked.wasm` : `${output}_linked.wasm`;
}

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: 'build <file>',
  describe: 'Compile a Python program to a WASI 0.2 component',
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'Python source file' })
      .option('target', { type: 'string', choices: ['wasm', 'native'], default: 'wasm', describe: 'output kind' })
      .option('output', { alias: 'o', type: 'string', describe: 'output path (default: FILE.wasm beside the source)' })
      .option('linked', { type: 'boolean', default: false, describe: 'also write a self-contained FILE_linked.wasm' })
      .option('linked-output', { type: 'string', describe: 'path of the linked component (implies --linked)' })
      .option('require-linked', { type: 'boolean', default: false, describe: 'fail when linking fails, and remove the unlinked output' })
      .option('exit-codes', {
        type: 'string',
        choices: ['portable', 'exact'],
        default: 'portable',
        describe: 'portable: any WASI 0.2 host runs the component, exit status 0 or 1; exact: every sys.exit status (needs wasi:cli/exit-with-code, unstable)',
      })
      .option('optimize', { type: 'boolean', default: true, describe: 'optimize (--no-optimize to skip)' })
      .option('cache', { type: 'boolean', default: true, describe: 'use the build cache (--no-cache to rebuild)' }) as never,
  handler: (a) =>
    commandBody(async () => {
      if (a.target === 'native') throw new UserError('native target not built yet', 2);
      const output = a.output ?? defaultOutput(a.file);
      // --linked-output and --require-linked imply --linked.
      const wantLinked = a.linked || a['linked-output'] !== undefined || a['require-linked'];
      const linkedPath = a['linked-output'] ?? linkedOutputFor(output);
      if (wantLinked && resolve(linkedPath) === resolve(output)) {
        throw new UserError(`--linked-output must differ from the output (${output})`, 2);
      }
      // Check where we will write before spending time compiling.
      readSourceFile(a.file);
      checkOutputPath(output, [a.file]);
      if (wantLinked) checkOutputPath(linkedPath, [a.file]);
      const exactExitCodes = a['exit-codes'] === 'exact';
      const { component } = await buildOrReport(a.file, { optimize: a.optimize, cache: a.cache, exactExitCodes });
      writeOutput(output, component);
      if (!wantLinked) return 0;
      const { linkComponent } = await import('../../driver/link.js');
      try {
        writeOutput(linkedPath, await linkComponent(component));
      } catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        if (a['require-linked']) {
          rmSync(output, { force: true });
          throw new UserError(`linking failed: ${msg}`);
        }
        process.stderr.write(`molt: warning: linking failed, wrote only ${output}: ${msg}\n`);
      }
      return 0;
    }),
};

function writeOutput(path: string, bytes: Uint8Array): void {
  try {
    writeFileAtomic(path, bytes);
  } catch (err) {
    throw new UserError(`cannot write ${path}: ${fsReason(err)}`);
  }
}
