// Scope analysis (symbol tables) for a module, matching CPython 3.12's
// `symtable` module: which names are local, cell, free or global in each
// function, class, lambda, generator expression and PEP 695 annotation scope.
//
// Compiler usage:
//   const top = buildSymtable(mod, filename);
//   const fnTable = top.tableFor(functionDefNode)!;   // block of a def/lambda/class/genexp/comprehension
//   fnTable.scopeOf('x')  // 'local' | 'cell' | 'free' | 'global_explicit' | 'global_implicit'
// Names are mangled (`__x` in class C -> `_C__x`) by `resolve`/`scopeOf`.
// Inlined list/set/dict comprehensions keep their own table (tableFor(node),
// `compInlined` true) while their names also appear in the parent.

import type { Module, stmt } from './ast.js';
import { PySyntaxError } from './syntax-error.js';
import { SymtableBuilder } from './symtable-builder.js';
import { analyzeSymtable } from './symtable-analyze.js';
import { SymtableErrors } from './symtable-errors.js';
import { SymbolTable } from './symtable-types.js';
import { leadingFutureImports } from './future.js';

export * from './symtable-types.js';
export { formatSymtable, symtableToJSON, type SymtableJSON } from './symtable-format.js';

/**
 * Build and analyze the symbol tables of a module. `source` is used only to
 * quote the offending line in errors (CPython re-reads the file; so do we
 * when it is omitted). Throws PySyntaxError like CPython's symtable pass.
 */
export function buildSymtable(mod: Module, filename: string, source?: string): SymbolTable {
  const err = new SymtableErrors(filename, source);
  const futureAnnotations = checkFutureFeatures(mod.body, err);
  const top = new SymtableBuilder(err, futureAnnotations).buildModule(mod);
  analyzeSymtable(top, err);
  return top;
}

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/**
 * Leading `from __future__ import ...` statements (after an optional
 * docstring), as CPython's future.c reads them before building the symtable.
 * Returns whether `annotations` is on (annotations then get detached scopes).
 */
function checkFutureFeatures(body: stmt[], err: SymtableErrors): boolean {
  let annotations = false;
  for (const s of leadingFutureImports(body)) {
    for (const a of s.names) {
      if (a.name === 'annotations') annotations = true;
      else if (a.name === 'braces') err.raise('not a chance', { ...s, end_lineno: null, end_col_offset: null });
      else if (!FUTURE_FEATURES.has(a.name)) err.raise(`future feature ${a.name} is not defined`, { ...s, end_lineno: null, end_col_offset: null });
    }
  }
  return annotations;
}

export { PySyntaxError };
