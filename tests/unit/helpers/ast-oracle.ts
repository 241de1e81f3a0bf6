// Differential AST testing against CPython: one Python process dumps
// `ast.dump()` (plain and with attributes) for a list of files into a temp
// directory; our parser's dumps are then compared file by file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PythonOracle } from '../../../compiler/util/python-oracle.js';
import { parseModule } from '../../../compiler/frontend/parser.js';
import { dumpAst } from '../../../compiler/frontend/dump.js';
import { PySyntaxError } from '../../../compiler/frontend/syntax-error.js';

const DUMP_SCRIPT = String.raw`
import ast, sys, os
files = sys.stdin.read().split('\n')
out = sys.argv[1]
for i, f in enumerate(files):
    if not f:
        continue
    try:
        t = ast.parse(open(f, 'rb').read(), f)
        s = 'OK\n' + ast.dump(t) + '\n' + ast.dump(t, include_attributes=True)
    except SyntaxError as e:
        s = 'ERR\n%s\n%s\n%s' % (type(e).__name__, e.lineno, e.msg)
    except Exception as e:
        s = 'EXC\n%s' % type(e).__name__
    with open(os.path.join(out, '%d.txt' % i), 'w', encoding='utf-8', errors='surrogatepass') as fh:
        fh.write(s)
`;

export type OracleResult =
  | { kind: 'ok'; plain: string; attrs: string }
  | { kind: 'err'; type: string; lineno: number; msg: string }
  | { kind: 'exc'; type: string };

/** Run CPython once over `files`; returns a reader for file index i. */
export function runOracle(py: PythonOracle, files: string[]): (i: number) => OracleResult {
  const dir = mkdtempSync(join(tmpdir(), 'molt-ast-'));
  const r = spawnSync(py.command, ['-c', DUMP_SCRIPT, dir], { env: py.env, input: files.join('\n'), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`oracle failed: ${r.stderr}`);
  return (i) => {
    const text = readFileSync(join(dir, `${i}.txt`), 'utf8');
    const [head, a, b, c] = splitN(text, 4);
    if (head === 'OK') return { kind: 'ok', plain: a, attrs: b };
    if (head === 'ERR') return { kind: 'err', type: a, lineno: Number(b), msg: c };
    return { kind: 'exc', type: a };
  };
}

function splitN(s: string, n: number): string[] {
  const out: string[] = [];
  let pos = 0;
  for (let k = 0; k < n - 1; k++) {
    const j = s.indexOf('\n', pos);
    if (j < 0) break;
    out.push(s.slice(pos, j));
    pos = j + 1;
  }
  out.push(s.slice(pos));
  return out;
}

export interface Comparison {
  file: string;
  plainSame: boolean;
  attrsSame: boolean;
  detail: string;
}

/** Parse `file` with Molt and compare against the oracle's result. */
export function compareFile(file: string, expected: OracleResult): Comparison {
  let plain: string;
  let attrs: string;
  try {
    const m = parseModule(readFileSync(file), file);
    plain = dumpAst(m);
    attrs = dumpAst(m, true);
  } catch (e) {
    if (expected.kind !== 'ok' && e instanceof PySyntaxError) {
      const same = expected.kind === 'err' && e.lineno === expected.lineno;
      return { file, plainSame: same, attrsSame: same, detail: same ? '' : `SyntaxError line ${e.lineno} (${e.msg}), expected ${describe(expected)}` };
    }
    const what = e instanceof PySyntaxError ? `${e.kind} line ${e.lineno}: ${e.msg}` : String((e as Error).stack ?? e).split('\n').slice(0, 3).join(' | ');
    return { file, plainSame: false, attrsSame: false, detail: `raised ${what}, expected ${describe(expected)}` };
  }
  if (expected.kind !== 'ok') return { file, plainSame: false, attrsSame: false, detail: `parsed, expected ${describe(expected)}` };
  const plainSame = plain === expected.plain;
  const attrsSame = attrs === expected.attrs;
  let detail = '';
  if (!plainSame || !attrsSame) {
    const [g, x] = plainSame ? [attrs, expected.attrs] : [plain, expected.plain];
    let k = 0;
    while (k < g.length && g[k] === x[k]) k++;
    detail = `${plainSame ? 'attrs' : 'plain'} differ at ${k}:\n  molt:    ${g.slice(Math.max(0, k - 120), k + 120)}\n  cpython: ${x.slice(Math.max(0, k - 120), k + 120)}`;
  }
  return { file, plainSame, attrsSame, detail };
}

function describe(r: OracleResult): string {
  if (r.kind === 'ok') return 'a successful parse';
  if (r.kind === 'err') return `${r.type} line ${r.lineno}: ${r.msg}`;
  return `exception ${r.type}`;
}

export function writeTemp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'molt-src-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
