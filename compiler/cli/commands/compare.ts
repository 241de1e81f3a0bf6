// `molt compare app.py [-- args]`: run with Molt and with python3, show a
// unified diff of stdout/stderr and the exit codes; exit 0 when identical.
import type { CommandModule } from 'yargs';
import { UserError } from '../../util/errors.js';
import { findPythonOracle } from '../../util/python-oracle.js';
import { readInputFile, readSourceFile } from '../source-file.js';
import { commandBody, passThroughArgs } from '../../driver/cli-support.js';
import { compareOutcomes, programInputs, runOracle, runWithMolt } from '../../driver/differential.js';

interface CompareArgs {
  file: string;
  args?: string[];
  stdin?: string;
  'strict-stderr': boolean;
}

export const compareCommand: CommandModule<object, CompareArgs> = {
  command: 'compare <file> [args..]',
  describe: 'Run a program with Molt and with python3 and diff the results',
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'Python source file' })
      .positional('args', { type: 'string', array: true, describe: 'program arguments (put them after --)' })
      .option('stdin', { type: 'string', describe: 'file fed to both programs as stdin (default: FILE.stdin if present, else empty)' })
      .option('strict-stderr', { type: 'boolean', default: false, describe: 'compare all of stderr, not only its last line on failure' })
      // Program arguments are strings: without this, yargs turns `-- 1.0 0x10` into 1 and 16.
      .parserConfiguration({ 'populate--': true, 'parse-numbers': false, 'parse-positional-numbers': false }) as never,
  handler: (a) =>
    commandBody(async () => {
      readSourceFile(a.file); // one-line error for a missing file
      const inputs = programInputs(a.file); // and for bad NAME.stdin / NAME.args
      const oracle = findPythonOracle();
      if (!oracle) throw new UserError('python3 not found (set MOLT_PYTHON); molt compare needs it');
      const extra = passThroughArgs(a as never, 'args');
      if (extra.length > 0) inputs.args = extra;
      if (a.stdin !== undefined) inputs.stdin = Buffer.from(readInputFile(a.stdin));
      const pyPromise = runOracle(oracle, a.file, inputs);
      const molt = await runWithMolt(a.file, inputs);
      const py = await pyPromise;
      const cmp = compareOutcomes(molt, py, a['strict-stderr']);
      if (cmp.same) {
        process.stdout.write(`identical (exit ${molt.status}) — python3 ${oracle.version}\n`);
        return 0;
      }
      process.stdout.write(cmp.report);
      return 1;
    }),
};
