// `molt test [paths...]`: the differential corpus. Each program is built with
// Molt (cached) and run in this process, python3 runs the same file, and the
// results are compared (stdout bytes, exit status, last stderr line on failure).
import type { CommandModule } from 'yargs';
import { UserError } from '../../util/errors.js';
import { findPythonOracle } from '../../util/python-oracle.js';
import { commandBody, positiveInt, programsUnder } from '../../driver/cli-support.js';
import { compareOutcomes, programInputs, runOracle, runWithMolt, type Outcome } from '../../driver/differential.js';

interface TestArgs {
  paths?: string[];
  verbose: boolean;
  jobs: number;
}

export const testCommand: CommandModule<object, TestArgs> = {
  command: 'test [paths..]',
  describe: 'Run the differential corpus (default tests/differential) against python3',
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, describe: 'programs or directories' })
      .option('verbose', { alias: 'v', type: 'boolean', default: false, describe: 'show the diff for each failure' })
      .option('jobs', { alias: 'j', type: 'number', default: 4, describe: 'python3 processes run ahead in parallel' }) as never,
  handler: (a) =>
    commandBody(async () => {
      const roots = a.paths && a.paths.length > 0 ? a.paths : ['tests/differential'];
      const jobs = positiveInt('jobs', a.jobs);
      const files = programsUnder(roots);
      const oracle = findPythonOracle();
      if (!oracle) throw new UserError('python3 not found (set MOLT_PYTHON); molt test needs it');
      process.stdout.write(`oracle: python3 ${oracle.version} via ${oracle.describe}; ${files.length} programs\n`);
      // CPython runs ahead in child processes while Molt builds and runs here.
      const oracleRuns = new Map<string, Promise<Outcome>>();
      let next = 0;
      const startOracle = () => {
        while (next < files.length && oracleRuns.size - done < jobs) {
          const f = files[next++];
          oracleRuns.set(f, runOracle(oracle, f, programInputs(f)));
        }
      };
      let done = 0;
      let passed = 0;
      let failed = 0;
      startOracle();
      for (const f of files) {
        const inputs = programInputs(f);
        const molt = await runWithMolt(f, inputs);
        const py = await oracleRuns.get(f)!;
        done++;
        startOracle();
        const cmp = compareOutcomes(molt, py);
        if (cmp.same) {
          passed++;
          process.stdout.write(`PASS ${f}\n`);
        } else {
          failed++;
          process.stdout.write(`FAIL ${f}\n`);
          if (a.verbose) process.stdout.write(cmp.report.trimEnd().replace(/^/gm, '    ') + '\n');
        }
      }
      process.stdout.write(`${passed} passed, ${failed} failed\n`);
      return failed === 0 ? 0 : 1;
    }),
};
