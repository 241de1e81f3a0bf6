#!/usr/bin/env node
// Parser throughput: tokenize + parse every .py file under a directory
// (default: the Python oracle's stdlib) and report lines/s.
// Usage: node scripts/bench-parse.mjs [dir] [--rounds N]   (run `npx tsc -p .` first)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseModule } from '../dist/compiler/frontend/parser.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 3;
let dir = args[0];
if (!dir) {
  const env = { ...process.env, PYENV_VERSION: process.env.PYENV_VERSION ?? '3.12.1' };
  dir = execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { env, encoding: 'utf8' }).trim();
}
const files = [];
(function walk(d) {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.py')) files.push(p);
  }
})(dir);
const sources = files.map((f) => readFileSync(f));
let lines = 0;
let bytes = 0;
for (const s of sources) {
  bytes += s.length;
  for (let i = 0; i < s.length; i++) if (s[i] === 10) lines++;
}
let best = Infinity;
let errors = 0;
for (let r = 0; r < rounds; r++) {
  errors = 0;
  const t0 = performance.now();
  for (let i = 0; i < sources.length; i++) {
    try {
      parseModule(sources[i], files[i]);
    } catch {
      errors++; // files CPython rejects too (bad-syntax test data)
    }
  }
  const ms = performance.now() - t0;
  best = Math.min(best, ms);
  console.log(`round ${r + 1}: ${ms.toFixed(0)} ms`);
}
console.log(`${files.length} files (${errors} with SyntaxError), ${lines} lines, ${(bytes / 1e6).toFixed(1)} MB from ${dir}`);
console.log(`best of ${rounds}: ${best.toFixed(0)} ms = ${Math.round(lines / (best / 1000)).toLocaleString('en-US')} lines/s (tokenize + parse)`);
