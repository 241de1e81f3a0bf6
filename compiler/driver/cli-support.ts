// Small helpers shared by the build/run/compare/test/bench commands.
import { statSync } from 'node:fs';
import { CompileError, UserError } from '../util/errors.js';
import { fsReason } from '../util/fs-errors.js';
import { discoverPrograms } from './differential.js';
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
    // The compiler sees the absolute path; report the file as the user named it.
    if (err instanceof CompileError) throw new UserError(describeBuildError(err, file)!.trimEnd(), err.exitCode);
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

/** A count flag (--runs, --jobs): NaN, 0 or negatives are usage errors, not silently 1. */
export function positiveInt(flag: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new UserError(`--${flag} must be a positive integer`, 2);
  return value;
}

/**
 * The .py programs named by `roots` (files or directories) for `molt test` and
 * `molt bench`: a missing path, a named non-.py file or finding nothing is an
 * error — a run that tests nothing must not look like a pass.
 */
export function programsUnder(roots: readonly string[]): string[] {
  for (const r of roots) {
    let st;
    try {
      st = statSync(r);
    } catch (err) {
      throw new UserError(`cannot read ${r}: ${fsReason(err)}`);
    }
    if (!st.isDirectory() && !r.endsWith('.py')) throw new UserError(`${r} is not a .py file or a directory`);
  }
  let files: string[];
  try {
    files = discoverPrograms(roots);
  } catch (err) {
    throw new UserError(`cannot read ${(err as NodeJS.ErrnoException).path ?? roots.join(' ')}: ${fsReason(err)}`);
  }
  if (files.length === 0) throw new UserError(`no .py programs under ${roots.join(' ')}`);
  return files;
}
