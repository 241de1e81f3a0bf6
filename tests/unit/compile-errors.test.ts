// Programs that ast.parse accepts but compile() rejects in CPython's code
// generator (plus valid look-alikes): analyzeModule must raise the same
// SyntaxError (class, message, line, offset) as the oracle's compile(), from
// one Python process for the whole corpus.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findPythonOracle } from '../../compiler/util/python-oracle.js';
import { analyzeModule } from '../../compiler/frontend/analyze.js';
import { parseModule } from '../../compiler/frontend/parser.js';
import { PySyntaxError } from '../../compiler/frontend/syntax-error.js';
import { runOracle, type OracleCompile } from '../support/oracle.js';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'tests/fixtures/compile-errors');
const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => join(dir, f));
const py = findPythonOracle();

function molt(file: string): OracleCompile {
  try {
    analyzeModule(readFileSync(file), file);
    return { ok: true };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { error: { type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset } };
  }
}

describe.skipIf(!py)('compile-stage SyntaxErrors vs CPython compile()', () => {
  const expected = py ? runOracle<OracleCompile>(py, 'compile', files) : {};

  it(`corpus: at least 25 rejected and some accepted programs (${py?.describe})`, () => {
    const rejected = files.filter((f) => 'error' in expected[f]);
    expect(rejected.length).toBeGreaterThanOrEqual(25);
    expect(files.length - rejected.length).toBeGreaterThanOrEqual(10);
    // Every program is accepted by the parser alone, except symtable/future cases.
    for (const f of rejected) expect(() => parseModule(readFileSync(f), f)).not.toThrow();
  });

  it.each(files.map((f) => [f.slice(dir.length + 1), f]))('%s', (_name, file) => {
    expect(molt(file)).toEqual(expected[file]);
  });
});

describe('molt debug check', () => {
  const cli = (file: string) => spawnSync(process.execPath, [join(root, 'bin/molt.js'), 'debug', 'check', file], { encoding: 'utf8' });

  it('prints nothing and exits 0 for a valid program', () => {
    const r = cli(join(dir, 'ok-return-nested-def.py'));
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it("reports a compile-stage error like python3 and exits 1, while debug ast still dumps", () => {
    const bad = join(dir, 'return-module.py');
    const r = cli(bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`  File "${bad}", line 2\n    return x\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n`);
    const ast = spawnSync(process.execPath, [join(root, 'bin/molt.js'), 'debug', 'ast', bad], { encoding: 'utf8' });
    expect(ast.status).toBe(0);
    expect(ast.stdout).toContain('Return(value=Name(');
  });
});
