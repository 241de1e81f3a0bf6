// Running the molt CLI as a user does: a child process (bin/molt.js runs
// dist/, so `npx tsc -p .` must have run), with its own cache directory.
import { spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { resolve } from 'node:path';

export const MOLT = resolve('bin/molt.js');

export interface MoltResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runMolt(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; stdio?: StdioOptions }): MoltResult {
  const r = spawnSync(process.execPath, [MOLT, ...args], {
    cwd: opts.cwd,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    stdio: opts.stdio,
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** The first line of stderr: the one message a bad input must produce. */
export const firstLine = (text: string) => text.split('\n')[0];

/** runMolt without blocking, so independent cases can run concurrently. */
export function runMoltAsync(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<MoltResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [MOLT, ...args], { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
