// `molt bench [paths..]`: time whole processes — `molt run` with a warm cache
// against `python3` — best of N runs, and print a table (or Markdown for
// docs/STATUS.md). Outputs are checked to agree; a mismatch is flagged.
// `molt bench --parse [DIR]` instead measures the frontend (tokenize + parse)
// in lines/s over every .py file under DIR (default: the oracle's stdlib).
import type { CommandModule } from 'yargs';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../util/errors.js';
import { fsReason } from '../../util/fs-errors.js';
import { findPythonOracle } from '../../util/python-oracle.js';
import { commandBody, positiveInt, programsUnder } from '../../driver/cli-support.js';
import { oracleEnv } from '../../driver/differential.js';
import { listPythonFiles, oracleStdlibDir } from '../../util/python-files.js';
import { benchParse } from '../../frontend/parse-bench.js';

interface BenchArgs {
  paths?: string[];
  runs: number;
  markdown: boolean;
  parse: boolean;
  tokenize: boolean;
}

interface Timing {
  best: number;
  stdout: string;
  status: number;
}

function timeCommand(cmd: string, args: string[], env: NodeJS.ProcessEnv, runs: number): Timing {
  let best = Infinity;
  let stdout = '';
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.error) throw new UserError(`cannot run ${cmd}: ${r.error.message}`);
    best = Math.min(best, secs);
    stdout = r.stdout;
    status = r.status ?? 1;
  }
  return { best, stdout, status };
}

const moltBin = () => fileURLToPath(new URL('../../../../bin/molt.js', import.meta.url));

export const benchCommand: CommandModule<object, BenchArgs> = {
  command: 'bench [paths..]',
  describe: 'Time molt run (warm cache) against python3 on the benchmark programs',
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, describe: 'programs or directories (default tests/bench)' })
      .option('runs', { alias: 'n', type: 'number', default: 3, describe: 'runs per program; the best is reported' })
      .option('markdown', { type: 'boolean', default: false, describe: 'print a Markdown table' })
      .option('parse', { type: 'boolean', default: false, describe: 'measure tokenize + parse speed (lines/s) over the .py files under one DIR (default: the oracle stdlib)' })
      .option('tokenize', { type: 'boolean', default: false, describe: 'with --parse: tokenize only' }) as never,
  handler: (a) =>
    commandBody(async () => {
      if (a.parse || a.tokenize) return parseBench(a);
      const roots = a.paths && a.paths.length > 0 ? a.paths : ['tests/bench'];
      const runs = positiveInt('runs', a.runs);
      const files = programsUnder(roots);
      const oracle = findPythonOracle();
      if (!oracle) throw new UserError('python3 not found (set MOLT_PYTHON); molt bench needs it');
      const rows: Array<{ name: string; molt: number; py: number; ok: boolean }> = [];
      for (const f of files) {
        // Warm the build and transpile caches (and check that the program builds).
        const warm = spawnSync(process.execPath, [moltBin(), 'run', f], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
        if (warm.status !== 0 && /error/.test(warm.stderr)) process.stderr.write(`molt: warning: ${f}: ${warm.stderr.trim().split('\n').pop()}\n`);
        const molt = timeCommand(process.execPath, [moltBin(), 'run', f], process.env, runs);
        const py = timeCommand(oracle.command, [f], oracleEnv(oracle), runs);
        rows.push({ name: f, molt: molt.best, py: py.best, ok: molt.stdout === py.stdout && molt.status === py.status });
        if (!a.markdown) process.stderr.write(`  ${f} done\n`);
      }
      const fmt = (s: number) => s.toFixed(3);
      const ratio = (r: { molt: number; py: number }) => `${(r.py / r.molt).toFixed(2)}x`;
      const header = ['program', 'molt run (s)', `python3 ${oracle.version} (s)`, 'speedup', 'output'];
      const body = rows.map((r) => [r.name, fmt(r.molt), fmt(r.py), ratio(r), r.ok ? 'same' : 'DIFFERS']);
      if (a.markdown) {
        process.stdout.write(`Best of ${runs} whole-process runs; speedup = python3 time / molt time.\n\n`);
        process.stdout.write(`| ${header.join(' | ')} |\n| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |\n`);
        for (const row of body) process.stdout.write(`| ${row.join(' | ')} |\n`);
      } else {
        const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
        const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ') + '\n';
        process.stdout.write(line(header));
        for (const row of body) process.stdout.write(line(row));
        process.stdout.write(`best of ${runs} runs; speedup = python3 / molt\n`);
      }
      return 0;
    }),
};

/** `molt bench --parse [DIR]`: frontend throughput, best of N in-process rounds. */
function parseBench(a: BenchArgs): number {
  if (a.paths && a.paths.length > 1) throw new UserError('molt bench --parse takes one directory', 2);
  const runs = positiveInt('runs', a.runs);
  let dir = a.paths?.[0];
  if (dir === undefined) {
    const oracle = findPythonOracle();
    if (!oracle) throw new UserError('python3 not found: give a directory, as in `molt bench --parse DIR`');
    dir = oracleStdlibDir(oracle);
  }
  let st;
  try {
    st = statSync(dir);
  } catch (err) {
    throw new UserError(`cannot read ${dir}: ${fsReason(err)}`);
  }
  if (!st.isDirectory()) throw new UserError(`molt bench --parse takes a directory, not a file: ${dir}`, 2);
  const files = listPythonFiles(dir);
  if (files.length === 0) throw new UserError(`no .py files under ${dir}`);
  const r = benchParse(files, runs, a.tokenize);
  const what = a.tokenize ? 'tokenize' : 'tokenize + parse';
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  process.stdout.write(`${dir}: ${n(r.files)} files (${r.errors} with SyntaxError), ${n(r.lines)} lines, ${(r.bytes / 1e6).toFixed(1)} MB\n`);
  process.stdout.write(`rounds (s): ${r.rounds.map((s) => s.toFixed(3)).join(' ')}\n`);
  process.stdout.write(`best of ${runs}: ${r.seconds.toFixed(3)} s = ${n(r.lines / r.seconds)} lines/s (${what})\n`);
  return 0;
}
