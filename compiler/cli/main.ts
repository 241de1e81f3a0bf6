// The `molt` command line. Each subcommand lives in commands/<name>.ts and is
// registered here; yargs runs in strict mode so unknown commands and flags fail.
import yargs from 'yargs';
import { readFileSync } from 'node:fs';
import { UserError } from '../util/errors.js';
import { fsReason } from '../util/fs-errors.js';
import { doctorCommand } from './commands/doctor.js';
import { debugCommand } from './commands/debug.js';
import { buildCommand } from './commands/build.js';
import { runCommand } from './commands/run.js';
import { compareCommand } from './commands/compare.js';
import { testCommand } from './commands/test.js';
import { benchCommand } from './commands/bench.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Print a one-line error and exit: status 2 for usage errors, the error's own code otherwise. */
export function reportAndExit(err: unknown, usage: boolean): never {
  if (err instanceof UserError) {
    process.stderr.write(`molt: error: ${err.message}\n`);
    process.exit(err.exitCode);
  }
  if (usage) {
    // yargs spreads some messages over lines ("Invalid values:\n  Argument: ..."); keep them on one.
    const msg = (err instanceof Error ? err.message : String(err)).split('\n').map((s) => s.trim()).filter(Boolean).join(' ');
    process.stderr.write(`molt: error: ${msg} (see molt --help)\n`);
    process.exit(2);
  }
  process.stderr.write(`molt: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(70);
}

/**
 * A reader that goes away (`molt debug ast big.py | head -1`) ends the
 * command quietly with status 141 (128 + SIGPIPE, as a killed Unix tool
 * reports); any other failure to write standard output is one line.
 */
function guardStandardStreams(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.stderr.write(`molt: error: cannot write to standard output: ${fsReason(err)}\n`);
    process.exit(err.code === 'EPIPE' ? 141 : 1);
  });
  process.stderr.on('error', () => process.exit(process.exitCode || 141));
}

export async function main(argv: string[]): Promise<void> {
  guardStandardStreams();
  const cli = yargs(argv)
    .scriptName('molt')
    .usage('$0 <command> [options]\n\nCompile Python 3.12 ahead of time to WASI 0.2 components and native executables.')
    .command(doctorCommand)
    .command(debugCommand)
    .command(buildCommand)
    .command(runCommand)
    .command(compareCommand)
    .command(testCommand)
    .command(benchCommand)
    .demandCommand(1, 'no command given')
    .strict()
    .recommendCommands()
    .version(packageVersion())
    .alias('h', 'help')
    // Return after --help/--version instead of exiting, so a failed write to stdout is still reported.
    .exitProcess(false)
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((msg, err) => {
      if (err) reportAndExit(err, !(err instanceof UserError) && msg != null);
      reportAndExit(new Error(msg ?? 'invalid usage'), true);
    });
  try {
    await cli.parseAsync();
  } catch (err) {
    reportAndExit(err, false);
  }
}
