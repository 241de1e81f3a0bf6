// The compiler-facing API of the symbol tables: every scope-creating node maps
// to its table, inlined comprehensions are reachable but not children, and
// source names resolve through private-name mangling. Checked against the
// same oracle JSON rather than hand-written expectations.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import type { AnyNode } from '../../compiler/frontend/ast.js';
import { findPythonOracle } from '../../compiler/util/python-oracle.js';
import { buildSymtable, mangle, type SymbolTable, type SymtableJSON } from '../../compiler/frontend/symtable.js';
import { FIXTURES, parseFiles, runSymtableOracle } from './symtable-harness.js';

const SCOPE_NODES = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Lambda', 'GeneratorExp', 'ListComp', 'SetComp', 'DictComp']);

function* walk(v: unknown): Generator<AnyNode> {
  if (Array.isArray(v)) for (const x of v) yield* walk(x);
  else if (v && typeof v === 'object' && '_type' in v) {
    yield v as AnyNode;
    for (const x of Object.values(v)) yield* walk(x);
  }
}

function allTables(t: SymbolTable): SymbolTable[] {
  return [t, ...t.children.flatMap(allTables)];
}

const oracle = findPythonOracle();
const files = ['classes.py', 'comprehensions.py', 'mangling.py', 'type_params.py', 'closures.py'].map((f) => path.join(FIXTURES, 'symtable', f));

describe.skipIf(!oracle)('symtable compiler API', () => {
  const parsed = oracle ? parseFiles(files) : new Map();
  const want = oracle ? runSymtableOracle(oracle, files) : new Map();
  for (const file of files) {
    it(path.basename(file), () => {
      const { mod, source } = parsed.get(file)!;
      const top = buildSymtable(mod!, file, source);
      const reachable = new Set(allTables(top));
      for (const node of walk(mod)) {
        if (!SCOPE_NODES.has(node._type)) continue;
        const t = top.tableFor(node)!;
        expect(t, `${node._type} has a table`).toBeDefined();
        expect(t.lineno).toBe((node as { lineno: number }).lineno);
        // PEP 709: list/set/dict comprehensions are inlined, never children.
        const inlined = ['ListComp', 'SetComp', 'DictComp'].includes(node._type);
        expect(t.compInlined).toBe(inlined);
        expect(reachable.has(t)).toBe(!inlined);
      }
      // Every oracle scope verdict is reachable through scopeOf() with the source spelling.
      const check = (j: SymtableJSON, t: SymbolTable) => {
        for (const [name, flags] of Object.entries(j.symbols)) {
          const scope = flags.find((f) => f.startsWith('scope='))!.slice(6).toLowerCase();
          const sourceName = t.privateName && name.startsWith('_' + t.privateName.replace(/^_+/, '') + '__') ? name.slice(t.privateName.replace(/^_+/, '').length + 1) : name;
          if (mangle(t.privateName, sourceName) !== name) continue;
          expect(t.scopeOf(sourceName), `${t.name}.${name}`).toBe(scope);
        }
        j.children.forEach((c, i) => check(c, t.children[i]));
      };
      check(want.get(file)!.table!, top);
    });
  }
});
