// Small helpers shared by the build/run/compare/test/bench commands.
import { UserError } from '../util/errors.js';
import { describeBuildError } from './build-errors.js';
import { buildProgram, type BuildOptions, type BuildResult } from './build.js';

/** Thrown after a build error has been reported; the command exits with `exitCode`. */
export class ReportedError extends UserError {
  constructor(exitCode: number) {
    super('(reported)', exitCode);
    this.name = 'ReportedError';
  }
}

/** Build, printing a build error the way the user expects and exiting (via ReportedError) on failure. */
export async function buildOrReport(file: string, opts: BuildOptions = {}): Promise<BuildResult> {
  try {
    return await buildProgram(file, opts);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const text = describeBuildError(err, file);
    if (text === null) throw err;
    process.stderr.write(text);
    throw new ReportedError(1);
  }
}

/** Run a command handler: reported errors set the exit code silently; others propagate to main. */
export async function commandBody(body: () => Promise<number | void>): Promise<void> {
  try {
    const status = await body();
    if (typeof status === 'number') process.exitCode = status;
  } catch (err) {
    if (err instanceof ReportedError) {
      process.exitCode = err.exitCode;
      return;
    }
    throw err;
  }
}

/** Arguments after `--` (yargs with populate--) or extra positionals. */
export function passThroughArgs(argv: Record<string, unknown>, positional: string): string[] {
  const extra = (argv[positional] as Array<string | number> | undefined) ?? [];
  const dashdash = (argv['--'] as Array<string | number> | undefined) ?? [];
  return [...extra, ...dashdash].map(String);
}
