// Tokenize every .py file of the oracle's stdlib with Molt and with CPython's
// tokenize module; report mismatching files. Usage (after `npx tsc -p .`):
//   node tests/tools/compare-tokenize-stdlib.mjs [--show N]
// (Throughput: `molt bench --parse --tokenize`.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findPythonOracle } from '../../dist/compiler/util/python-oracle.js';
import { listPythonFiles, oracleStdlibDir } from '../../dist/compiler/util/python-files.js';
import { tokenize, formatToken } from '../../dist/compiler/frontend/tokenizer.js';

const py = findPythonOracle();
if (!py) { console.log('no python found; skipping'); process.exit(0); }
console.log(`oracle: ${py.describe} (${py.version})`);
const files = listPythonFiles(oracleStdlibDir(py));
const show = Number(process.argv[process.argv.indexOf('--show') + 1]) || 3;
const script = fileURLToPath(new URL('../support/tokenize_oracle.py', import.meta.url));
// Batches keep each JSON answer well below V8's string size limit.
const expected = {};
for (let b = 0; b < files.length; b += 200) {
  const r = spawnSync(py.command, [script, 'tokens'], { env: py.env, input: JSON.stringify(files.slice(b, b + 200)), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
  Object.assign(expected, JSON.parse(r.stdout));
}
let mismatches = 0, skipped = 0, shown = 0;
let lines = 0, tokens = 0, ms = 0;
for (const f of files) {
  const exp = expected[f];
  const bytes = readFileSync(f);
  let got;
  try {
    const t0 = performance.now();
    const toks = tokenize(bytes, f, { comments: true, lenient: true });
    ms += performance.now() - t0;
    got = toks.map(formatToken);
  } catch (e) {
    got = [`ERROR ${e.message}`];
  }
  if ('failed' in exp) {
    skipped++;
    if (!got[0].startsWith('ERROR')) { mismatches++; if (shown++ < show) console.log(`MISMATCH ${f}: python failed (${exp.failed}) but molt did not`); }
    continue;
  }
  lines += bytes.toString().split('\n').length;
  tokens += got.length;
  const want = exp.tokens;
  let k = 0;
  while (k < want.length && k < got.length && want[k] === got[k]) k++;
  if (k < want.length || k < got.length) {
    mismatches++;
    if (shown++ < show) console.log(`MISMATCH ${f} at token ${k}:\n  want ${want[k]}\n  got  ${got[k]}`);
  }
}
console.log(`${files.length} files, ${skipped} rejected by python, ${mismatches} mismatching`);
console.log(`molt tokenize: ${lines} lines, ${tokens} tokens in ${ms.toFixed(0)} ms (comments on, incl. UTF-8 decode): ${(lines / ms * 1000).toFixed(0)} lines/s, ${(tokens / ms * 1000).toFixed(0)} tokens/s`);
