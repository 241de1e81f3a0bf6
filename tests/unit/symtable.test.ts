// Scope analysis vs. CPython's `symtable` module: hand-written fixtures for
// every binding rule, error fixtures (message, line, offset), and real stdlib
// files. Expected outputs always come from the oracle, never written by hand.
import { describe, it, expect } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { findPythonOracle } from '../../compiler/util/python-oracle.js';
import { buildSymtable, symtableToJSON, type SymtableJSON } from '../../compiler/frontend/symtable.js';
import { PySyntaxError } from '../../compiler/frontend/syntax-error.js';
import { writeSnippets } from './symtable-snippets.js';
import { FIXTURES, parseFiles, runSymtableOracle, stdlibDir, type OracleResult } from './symtable-harness.js';

const STDLIB_FILES = [
  'functools.py', 'dataclasses.py', 'typing.py', 'enum.py', 'inspect.py', 'argparse.py', 'collections/__init__.py',
  'asyncio/base_events.py', 'asyncio/tasks.py', 'asyncio/streams.py', 'asyncio/taskgroups.py', 'abc.py', 'ast.py',
  'contextlib.py', 'copy.py', 'difflib.py', 'fractions.py', 'heapq.py', 'json/decoder.py', 'json/encoder.py',
  'logging/__init__.py', 'os.py', 'pathlib.py', 'pprint.py', 're/_parser.py', 're/_compiler.py', 'shutil.py',
  'string.py', 'subprocess.py', 'tempfile.py', 'textwrap.py', 'threading.py', 'traceback.py', 'unittest/mock.py',
  'weakref.py', 'zipfile/__init__.py', 'statistics.py', 'tokenize.py', 'symtable.py', 'importlib/_bootstrap.py',
  'pydoc.py', 'doctest.py', 'decimal.py', '_pydecimal.py', 'test/test_type_params.py', 'test/test_named_expressions.py',
  'test/test_listcomps.py', 'test/test_scope.py', 'test/test_super.py', 'test/test_patma.py',
];

const oracle = findPythonOracle();
const fixtureDir = path.join(FIXTURES, 'symtable');
const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.py')).map((f) => path.join(fixtureDir, f));
const errorFixtures = readdirSync(path.join(fixtureDir, 'errors')).filter((f) => f.endsWith('.py')).map((f) => path.join(fixtureDir, 'errors', f));

function countScopes(t: SymtableJSON): number {
  return 1 + t.children.reduce((n, c) => n + countScopes(c), 0);
}

/** First differing path between two tables, for a readable failure. */
function canon(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(canon).join(',') + ']';
  if (v && typeof v === 'object') return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + canon((v as Record<string, unknown>)[k])).join(',') + '}';
  return JSON.stringify(v);
}

function firstDiff(a: unknown, b: unknown, where = ''): string | null {
  if (canon(a) === canon(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    const label = 'name' in ao ? `${where}/${ao.type}:${ao.name}@${ao.lineno}` : where;
    for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
      const d = firstDiff(ao[k], bo[k], `${label}.${k}`);
      if (d) return d;
    }
  }
  return `${where}: molt=${canon(a)} cpython=${canon(b)}`;
}

type Outcome = { table: SymtableJSON } | { error: { msg: string; lineno: number; offset: number } };

function molt(file: string, parsed: ReturnType<typeof parseFiles>): Outcome {
  const p = parsed.get(file)!;
  if (!p.mod) throw new Error(`parse failed for ${file}: ${p.error}`);
  try {
    return { table: symtableToJSON(buildSymtable(p.mod, file, p.source)) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: { msg: e.msg, lineno: e.lineno, offset: e.offset } };
    throw e;
  }
}

function expected(o: OracleResult): Outcome {
  return o.table ? { table: o.table } : { error: { msg: o.error!.msg, lineno: o.error!.lineno, offset: o.error!.offset } };
}

if (!oracle) {
  describe.skip('symtable vs CPython (no python3 oracle found: set MOLT_PYTHON)', () => {
    it('skipped', () => {});
  });
} else {
  console.log(`symtable oracle: ${oracle.describe} (Python ${oracle.version}); parsing with Molt's parser`);
  const stdlib = stdlibDir(oracle);
  const stdlibFiles = STDLIB_FILES.map((f) => path.join(stdlib, f)).filter((f) => existsSync(f));
  const snippets = writeSnippets(3);
  const all = [...fixtures, ...errorFixtures, ...stdlibFiles, ...snippets];
  const expectedByFile = runSymtableOracle(oracle, all);
  const parsed = parseFiles(all);
  let scopes = 0;

  const check = (file: string) => {
    const want = expected(expectedByFile.get(file)!);
    const got = molt(file, parsed);
    if ('table' in want) scopes += countScopes(want.table);
    const diff = firstDiff(got, want);
    expect(diff, diff ?? '').toBeNull();
  };

  describe('symtable fixtures vs CPython', () => {
    for (const f of fixtures) it(path.basename(f), () => check(f));
  });
  describe('symtable errors vs CPython', () => {
    for (const f of errorFixtures) it(path.basename(f), () => check(f));
  });
  describe('symtable on generated statement pairs', () => {
    it(`${snippets.length} programs`, () => {
      const failures: string[] = [];
      for (const f of snippets) {
        try {
          check(f);
        } catch (e) {
          failures.push(`${f}: ${(e as Error).message.split('\n')[0]}`);
        }
      }
      expect(failures.slice(0, 5).join('\n'), `${failures.length} mismatches`).toBe('');
    });
  });
  describe(`symtable on stdlib (${stdlib})`, () => {
    for (const f of stdlibFiles) it(path.relative(stdlib, f), () => check(f));
    it('summary', () => {
      console.log(`symtable: compared ${all.length} files, ${scopes} scopes against ${oracle.describe}`);
      expect(stdlibFiles.length).toBeGreaterThanOrEqual(30);
    });
  });
}
