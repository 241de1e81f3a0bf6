// Human-readable dump (`molt debug symtable`) and a canonical JSON form that
// tests/fixtures/symtable_oracle.py produces identically from CPython.

import {
  CELL, DEF_BOUND, DEF_COMP_CELL, DEF_COMP_ITER, DEF_FREE_CLASS, DEF_GLOBAL, DEF_TYPE_PARAM,
  FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, Symbol, SymbolTable,
} from './symtable-types.js';

export interface SymtableJSON {
  type: string;
  name: string;
  lineno: number;
  is_optimized: boolean;
  is_nested: boolean;
  children: SymtableJSON[];
  symbols: Record<string, string[]>;
}

const SCOPE_LABEL: Record<number, string> = {
  [LOCAL]: 'LOCAL', [GLOBAL_EXPLICIT]: 'GLOBAL_EXPLICIT', [GLOBAL_IMPLICIT]: 'GLOBAL_IMPLICIT', [FREE]: 'FREE', [CELL]: 'CELL',
};

/**
 * The flags `symtable.Symbol` reports, plus the scope and the raw bits it
 * hides (so the oracle comparison is bit-exact). Mirrors the module's quirk
 * that in a table named "top" every bound name is both local and global.
 */
export function symbolFlagList(table: SymbolTable, sym: Symbol, mirrorModuleQuirk = true): string[] {
  const moduleScope = mirrorModuleQuirk && table.name === 'top';
  const boundAtTop = moduleScope && sym.has(DEF_BOUND);
  const out: string[] = [];
  const add = (cond: boolean, label: string) => cond && out.push(label);
  add(sym.isReferenced, 'referenced');
  add(sym.isImported, 'imported');
  add(sym.isParameter, 'parameter');
  add(sym.isGlobal || boundAtTop, 'global');
  add(sym.isNonlocal, 'nonlocal');
  add(sym.isDeclaredGlobal, 'declared_global');
  add(sym.isLocal || boundAtTop, 'local');
  add(sym.isAnnotated, 'annotated');
  add(sym.isFree, 'free');
  add(sym.isAssigned, 'assigned');
  add(table.namespacesOf(sym.name).length > 0, 'namespace');
  add(sym.has(DEF_GLOBAL), 'def_global');
  add(sym.has(DEF_FREE_CLASS), 'free_class');
  add(sym.has(DEF_COMP_ITER), 'comp_iter');
  add(sym.has(DEF_TYPE_PARAM), 'type_param');
  add(sym.has(DEF_COMP_CELL), 'comp_cell');
  out.push('scope=' + (SCOPE_LABEL[sym.scope] ?? String(sym.scope)));
  return out.sort();
}

export function symtableToJSON(t: SymbolTable): SymtableJSON {
  const symbols: Record<string, string[]> = {};
  for (const name of [...t.identifiers].sort()) symbols[name] = symbolFlagList(t, t.lookup(name)!);
  return {
    type: t.type,
    name: t.name,
    lineno: t.lineno,
    is_optimized: t.isOptimized,
    is_nested: t.nested,
    children: t.children.map(symtableToJSON),
    symbols,
  };
}

/** Readable tree: one line per block, then one line per symbol with its scope and flags. */
export function formatSymtable(t: SymbolTable, indent = ''): string {
  const props = [t.isOptimized && 'optimized', t.nested && 'nested', t.generator && 'generator', t.coroutine && 'coroutine',
    t.needsClassClosure && 'needs __class__', t.needsClassdict && 'needs __classdict__', t.canSeeClassScope && 'sees class scope'].filter(Boolean);
  let out = `${indent}${t.type} ${t.name} (line ${t.lineno})${props.length ? ' [' + props.join(', ') + ']' : ''}\n`;
  const names = [...t.identifiers].sort();
  const width = Math.min(24, Math.max(0, ...names.map((n) => n.length)));
  for (const name of names) {
    const sym = t.lookup(name)!;
    const flags = symbolFlagList(t, sym, false).filter((f) => !/^(scope=|local$|global$|free$)/.test(f));
    out += `${indent}  - ${name.padEnd(width)}  ${(SCOPE_LABEL[sym.scope] ?? '?').padEnd(15)} ${flags.join(' ')}`.trimEnd() + '\n';
  }
  for (const c of t.children) out += formatSymtable(c, indent + '  ');
  return out;
}
