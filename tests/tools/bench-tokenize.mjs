// Tokenizer throughput over the oracle's stdlib (parser fast path: no comments).
//   node tests/tools/bench-tokenize.mjs [rounds]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findPythonOracle } from '../../dist/compiler/util/python-oracle.js';
import { tokenize } from '../../dist/compiler/frontend/tokenizer.js';

const py = findPythonOracle();
if (!py) { console.log('no python found; skipping'); process.exit(0); }
const stdlib = spawnSync(py.command, ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { env: py.env, encoding: 'utf8' }).stdout.trim();
const sources = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) { if (name !== 'site-packages') walk(p); }
    else if (name.endsWith('.py')) sources.push([p, readFileSync(p)]);
  }
})(stdlib);
const rounds = Number(process.argv[2]) || 3;
for (let r = 0; r < rounds; r++) {
  let lines = 0, tokens = 0, failed = 0;
  const t0 = performance.now();
  for (const [p, bytes] of sources) {
    try {
      tokens += tokenize(bytes, p).length;
    } catch { failed++; }
  }
  const ms = performance.now() - t0;
  for (const [, b] of sources) for (let i = 0; i < b.length; i++) if (b[i] === 10) lines++;
  console.log(`round ${r + 1}: ${sources.length} files (${failed} rejected), ${lines} lines, ${tokens} tokens, ${ms.toFixed(0)} ms: ${(lines / ms * 1000 / 1e6).toFixed(2)}M lines/s, ${(tokens / ms * 1000 / 1e6).toFixed(2)}M tokens/s`);
}
