// Differential testing: run a program with Molt and with CPython and compare
// stdout (byte for byte), the exit status, and for failing programs the last
// line of stderr (the exception line; tracebacks may differ in decoration).
// Shared by `molt compare`, `molt test` and the vitest harness.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readInputFile } from '../cli/source-file.js';
import { UserError } from '../util/errors.js';
import { join } from 'node:path';
import type { PythonOracle } from '../util/python-oracle.js';
import { unifiedDiff } from './unified-diff.js';

export interface Outcome {
  status: number;
  stdout: Buffer;
  stderr: Buffer;
}

export interface ProgramInputs {
  /** Guest argv after argv[0]. */
  args: string[];
  stdin: Buffer;
}

/** All .py files under the given files/directories, sorted, without duplicates. */
export function discoverPrograms(paths: readonly string[]): string[] {
  const found = new Set<string>();
  const walk = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.') || name === '__pycache__') continue;
        walk(join(p, name));
      }
    } else if (p.endsWith('.py')) found.add(p);
  };
  for (const p of paths) walk(p);
  return [...found].sort();
}

/**
 * Sibling inputs: NAME.stdin (fed to stdin) and NAME.args (argv: a JSON array
 * of strings, or whitespace-separated words).
 */
export function programInputs(file: string): ProgramInputs {
  const base = file.replace(/\.py$/, '');
  // Sibling files are user input too: a directory or bad JSON is a one-line error.
  const stdin = existsSync(`${base}.stdin`) ? Buffer.from(readInputFile(`${base}.stdin`)) : Buffer.alloc(0);
  let args: string[] = [];
  if (existsSync(`${base}.args`)) {
    const text = Buffer.from(readInputFile(`${base}.args`)).toString('utf8').trim();
    args = text.startsWith('[') ? parseArgsJson(`${base}.args`, text) : text.split(/\s+/).filter((s) => s !== '');
  }
  return { args, stdin };
}

function parseArgsJson(path: string, text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value)) throw new UserError(`${path}: not a JSON array of arguments`);
  return value.map(String);
}

export function oracleEnv(oracle: PythonOracle): NodeJS.ProcessEnv {
  return { ...oracle.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' };
}

/** Run CPython on `file` (argv[0] = file as given). */
export function runOracle(oracle: PythonOracle, file: string, inputs: ProgramInputs, timeoutMs = 60_000): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(oracle.command, [file, ...inputs.args], { env: oracleEnv(oracle), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ status: code ?? (signal ? 128 + 9 : 1), stdout: Buffer.concat(out), stderr: Buffer.concat(err) });
    });
    child.stdin.on('error', () => {}); // the program may exit without reading its input
    child.stdin.end(inputs.stdin);
  });
}

export function lastLine(text: Buffer | string): string {
  const lines = text.toString().split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 ? lines[lines.length - 1] : '';
}

export interface Comparison {
  same: boolean;
  /** Human-readable differences (unified diffs), '' when same. */
  report: string;
}

export function compareOutcomes(molt: Outcome, python: Outcome, strictStderr = false): Comparison {
  let report = '';
  if (!molt.stdout.equals(python.stdout)) {
    report += unifiedDiff(python.stdout.toString(), molt.stdout.toString(), 'python3 stdout', 'molt stdout');
    if (report === '') report += 'stdout differs in bytes that do not decode as text\n';
  }
  if (molt.status !== python.status) report += `exit status: python3 ${python.status}, molt ${molt.status}\n`;
  const stderrSame = strictStderr || python.status === 0
    ? molt.stderr.equals(python.stderr)
    : lastLine(molt.stderr) === lastLine(python.stderr);
  if (!stderrSame) {
    report += unifiedDiff(python.stderr.toString(), molt.stderr.toString(), 'python3 stderr', 'molt stderr') || 'stderr differs\n';
  }
  return { same: report === '', report };
}

/** Build (cached) and run `file` with Molt in this process; build errors become a failed outcome. */
export async function runWithMolt(file: string, inputs: ProgramInputs, opts: { cacheDir?: string; optimize?: boolean } = {}): Promise<Outcome & { buildError?: string }> {
  const { buildProgram } = await import('./build.js');
  const { describeBuildError } = await import('./build-errors.js');
  let component: Uint8Array;
  try {
    component = (await buildProgram(file, { cacheDir: opts.cacheDir, optimize: opts.optimize })).component;
  } catch (err) {
    const text = describeBuildError(err, file) ?? `molt: internal error: ${err instanceof Error ? err.message : String(err)}\n`;
    return { status: 1, stdout: Buffer.alloc(0), stderr: Buffer.from(text), buildError: text };
  }
  const { runComponent } = await import('../../host/run.js');
  return runComponent(component, { args: [file, ...inputs.args], stdin: inputs.stdin, capture: true, cacheDir: opts.cacheDir });
}
