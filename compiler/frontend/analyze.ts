// The frontend as `molt build`/`molt run` need it: parse, build the symbol
// tables, then apply the code generator's checks, so that a program is
// rejected exactly when `python3 file.py` would reject it (ast.parse alone
// accepts e.g. `return` at module level).
import type { Module } from './ast.js';
import { checkCompileErrors } from './compile-checks.js';
import { parseModule } from './parser.js';
import { decodeSource } from './source-decode.js';
import { buildSymtable } from './symtable.js';
import type { SymbolTable } from './symtable-types.js';

export interface AnalyzedModule {
  module: Module;
  symtable: SymbolTable;
}

/** Throws PySyntaxError (tokenizer, parser, symtable or compile stage) like CPython's compile(). */
export function analyzeModule(source: Uint8Array | string, filename: string): AnalyzedModule {
  const module = parseModule(source, filename);
  // Decoded only to quote the offending line in a later-stage error.
  const text = decodeSource(source, filename);
  const symtable = buildSymtable(module, filename, text);
  checkCompileErrors(module, filename, symtable, text);
  return { module, symtable };
}
