// The tokenizer against CPython: `python3 -m tokenize` output for fixtures and
// a stdlib sample, and compile()'s SyntaxErrors for the error corpus. Expected
// outputs are produced by the oracle python at test time, one process per batch.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findPythonOracle } from '../../compiler/util/python-oracle.js';
import { listPythonFiles, oracleStdlibDir } from '../../compiler/util/python-files.js';
import { tokenize, formatToken, decodeSource, normalizeIdentifier, sourceLines } from '../../compiler/frontend/tokenizer.js';
import { PySyntaxError } from '../../compiler/frontend/syntax-error.js';
import { runOracle, type OracleCompile, type OracleTokens } from '../support/oracle.js';

const py = findPythonOracle();
console.log(py ? `tokenizer tests: oracle is ${py.describe} (Python ${py.version})` : 'tokenizer tests: NO PYTHON FOUND — oracle comparisons skipped');

const fixtureDir = resolve(__dirname, '../fixtures/tokenize');
const errorDir = resolve(__dirname, '../fixtures/tokenize-errors');
const pyFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => join(dir, f));

function molt(path: string): string[] {
  return tokenize(readFileSync(path), path, { comments: true, lenient: true }).map(formatToken);
}

function stdlibSample(): string[] {
  const dir = oracleStdlibDir(py!);
  const all = listPythonFiles(dir).filter((p) => !p.includes('site-packages'));
  all.sort();
  const picks = new Set(all.filter((_, i) => i % 40 === 0));
  for (const name of ['test/test_fstring.py', 'test/test_tokenize.py', 'test/test_grammar.py', 'test/test_unicode_identifiers.py', 'test/test_string_literals.py', 'tokenize.py', 'test/test_capi/test_unicode.py', 'test/test_peg_generator/test_pegen.py']) {
    const p = join(dir, name);
    if (all.includes(p)) picks.add(p);
  }
  return [...picks];
}

describe.skipIf(!py)('tokenizer matches python -m tokenize', () => {
  const fixtures = pyFiles(fixtureDir);
  const expected = py ? runOracle<OracleTokens>(py, 'tokens', fixtures) : {};
  it.each(fixtures)('fixture %s', (path) => {
    const want = expected[path];
    if (!('tokens' in want)) throw new Error(`oracle could not tokenize ${path}: ${want.failed}`);
    expect(molt(path).join('\n')).toBe(want.tokens.join('\n'));
    // Fixtures are valid Python: the compiler's strict mode must accept them too.
    expect(tokenize(readFileSync(path), path).length).toBeGreaterThan(0);
  });

  it('a sample of the standard library', () => {
    const files = stdlibSample();
    const want = runOracle<OracleTokens>(py!, 'tokens', files);
    const bad: string[] = [];
    for (const f of files) {
      const w = want[f];
      if (!('tokens' in w)) continue; // test data python itself rejects
      const got = molt(f);
      const k = got.findIndex((line, i) => line !== w.tokens[i]);
      if (k >= 0 || got.length !== w.tokens.length) bad.push(`${f} at token ${k}: want ${w.tokens[k]} got ${got[k]}`);
    }
    console.log(`stdlib sample: ${files.length} files, ${bad.length} mismatching`);
    expect(bad).toEqual([]);
  });
});

describe.skipIf(!py)('tokenizer errors match CPython', () => {
  const files = pyFiles(errorDir);
  const expected = py ? runOracle<OracleCompile>(py, 'compile', files) : {};
  it.each(files)('%s', (path) => {
    const want = expected[path];
    if (!('error' in want)) throw new Error(`python compiles ${path}; not an error case`);
    let err: unknown = null;
    try {
      tokenize(readFileSync(path), path);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PySyntaxError);
    const e = err as PySyntaxError;
    const w = want.error;
    expect({ type: e.kind, msg: e.msg }).toEqual({ type: w.type, msg: w.msg });
    if (w.lineno !== null && w.lineno > 0) expect(e.lineno).toBe(w.lineno);
    if (w.offset !== null && w.offset > 0) expect(e.offset).toBe(w.offset);
  });
});

describe('tokenizer API', () => {
  it('omits COMMENT and NL by default (parser fast path)', () => {
    const types = tokenize('x = (1,  # c\n  2)\n\n# end\n', 't.py').map((t) => t.type);
    expect(types).toEqual(['NAME', 'OP', 'OP', 'NUMBER', 'OP', 'NUMBER', 'OP', 'NEWLINE', 'ENDMARKER']);
  });

  it('gives UTF-8 byte columns and code point columns', () => {
    const toks = tokenize('é = "𝔘x" + ab\n', 't.py');
    const plus = toks.find((t) => t.string === '+')!;
    expect([plus.col, plus.byteCol]).toEqual([9, 13]);
    const str = toks.find((t) => t.type === 'STRING')!;
    expect([str.col, str.endCol, str.byteCol, str.endByteCol]).toEqual([4, 8, 5, 12]);
  });

  it('keeps raw FSTRING_MIDDLE text with true positions', () => {
    const mids = tokenize('f"a{{b}}c{x:>{w}}"\n', 't.py').filter((t) => t.type === 'FSTRING_MIDDLE');
    expect(mids.map((t) => [t.string, t.col, t.endCol])).toEqual([['a{', 2, 4], ['b}', 5, 7], ['c', 8, 9], ['>', 12, 13], ['', 16, 16]]);
  });

  it('decodes PEP 263 cookies and BOMs', () => {
    expect(decodeSource(new Uint8Array([0x23, 0x20, ...Buffer.from('coding: latin-1\nx = "'), 0xe9, 0x22, 0x0a]), 't.py')).toBe('# coding: latin-1\nx = "é"\n');
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, 0x78]), 't.py')).toBe('x');
    expect(() => decodeSource(Buffer.from('# coding: nope\n'), 't.py')).toThrow('encoding problem: nope');
  });

  it('normalizes identifiers with NFKC', () => {
    expect(normalizeIdentifier('ﬁle')).toBe('file');
    expect(normalizeIdentifier('𝔘')).toBe('U');
    expect(normalizeIdentifier('plain')).toBe('plain');
  });

  it('treats a lone CR as a newline, like compile() (python -m tokenize does not)', () => {
    const toks = tokenize('y = 1\rz = 2\r', 't.py');
    expect(toks.map((t) => `${t.type}@${t.line}:${t.col}`)).toEqual([
      'NAME@1:0', 'OP@1:2', 'NUMBER@1:4', 'NEWLINE@1:5', 'NAME@2:0', 'OP@2:2', 'NUMBER@2:4', 'NEWLINE@2:5', 'ENDMARKER@3:0',
    ]);
  });

  it('splits source lines on any newline', () => {
    expect(sourceLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('tokenizeUntilError', () => {
  it('returns the tokens before a tokenizer error', async () => {
    const { tokenizeUntilError } = await import('../../compiler/frontend/tokenizer.js');
    const r = tokenizeUntilError('x = f"{a:{b}"\n', 't.py');
    expect(r.error?.msg).toBe("'{' was never closed");
    expect(r.tokens.map((t) => t.string)).toEqual(['x', '=', 'f"', '{', 'a', ':', '{', 'b', '}', '"']);
    expect(tokenizeUntilError('x = 1\n', 't.py').error).toBeNull();
  });
});
