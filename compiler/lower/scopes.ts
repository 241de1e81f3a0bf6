// The lowering's view of scopes, backed by the frontend symbol table
// (frontend/symtable.ts). Kept behind this small interface so the lowering
// does not depend on the symbol table's internals.
import type { AnyNode } from '../frontend/ast.js';
import type { SymbolTable } from '../frontend/symtable-types.js';

export type NameScope = 'local' | 'cell' | 'free' | 'global';

export interface FunctionScope {
  scopeOf(name: string): NameScope;
  /** Free variables (closure cells received from the enclosing function), in closure order. */
  readonly freeVars: string[];
  /** Locals captured by inner functions. */
  readonly cellVars: string[];
  /** Every local (including params and cells). */
  readonly locals: string[];
}

export interface Scopes {
  module: FunctionScope;
  of(node: AnyNode): FunctionScope;
}

class TableScope implements FunctionScope {
  readonly freeVars: string[];
  readonly cellVars: string[];
  readonly locals: string[];
  constructor(private readonly t: SymbolTable) {
    const syms = t.symbols;
    this.freeVars = syms.filter((s) => s.isFree).map((s) => s.name).sort();
    this.cellVars = syms.filter((s) => s.isCell).map((s) => s.name);
    this.locals = syms.filter((s) => s.isLocal).map((s) => s.name);
  }
  scopeOf(name: string): NameScope {
    const k = this.t.scopeOf(name);
    return k === 'global_explicit' || k === 'global_implicit' ? 'global' : k;
  }
}

/** Scopes from the module's symbol table (frontend/analyze.ts builds it). */
export function analyzeScopes(top: SymbolTable): Scopes {
  const cache = new Map<unknown, FunctionScope>();
  return {
    module: new TableScope(top),
    of(node: AnyNode): FunctionScope {
      let s = cache.get(node);
      if (!s) {
        const t = top.tableFor(node);
        if (!t) throw new Error(`no symbol table for ${node._type}`);
        s = new TableScope(t);
        cache.set(node, s);
      }
      return s;
    },
  };
}
