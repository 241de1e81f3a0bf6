// Invalid programs: Molt must raise the same exception class, message and
// line as CPython's ast.parse (the oracle), and `molt debug ast` must print
// CPython's report and exit 1.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findPythonOracle } from '../../compiler/util/python-oracle.js';
import { parseModule } from '../../compiler/frontend/parser.js';
import { PySyntaxError } from '../../compiler/frontend/syntax-error.js';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'tests/fixtures/syntax-errors');
const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const py = findPythonOracle();

const ORACLE = String.raw`
import ast, sys, json
out = []
for f in sys.argv[1:]:
    try:
        ast.parse(open(f, 'rb').read(), f)
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno])
print(json.dumps(out))
`;

function molt(file: string): [string, string, number] | null {
  try {
    parseModule(readFileSync(file), file);
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return [e.kind, e.msg, e.lineno];
    throw e;
  }
}

describe.skipIf(!py)('syntax errors vs CPython ast.parse', () => {
  const expected: Array<[string, string, number] | null> = py
    ? JSON.parse(spawnSync(py.command, ['-c', ORACLE, ...files.map((f) => join(dir, f))], { env: py.env, encoding: 'utf8' }).stdout)
    : [];

  it(`corpus has at least 40 programs, all rejected by ${py?.describe}`, () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(expected.filter((e) => e === null)).toEqual([]);
  });

  files.forEach((f, i) => {
    it(f, () => {
      expect(molt(join(dir, f))).toEqual(expected[i]);
    });
  });

  it('molt debug ast reports a SyntaxError like CPython and exits 1', () => {
    const bad = join(dir, 'assign-call.py');
    const r = spawnSync(process.execPath, [join(root, 'bin/molt.js'), 'debug', 'ast', bad], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`File "${bad}", line 2`);
    expect(r.stderr).toContain("SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?");
  });
});
