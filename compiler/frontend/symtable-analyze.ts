// Pass 2 of scope analysis: decide for every name in every block whether it
// is LOCAL, CELL, FREE, GLOBAL_EXPLICIT or GLOBAL_IMPLICIT, and inline
// list/set/dict comprehensions into their parent (PEP 709). Mirrors
// analyze_block() of CPython 3.12's symtable.c: parents pass down the names
// they bind ("bound") and the declared globals; children pass up the names
// they use freely, which turn matching parent locals into cells.

import {
  CELL, DEF_BOUND, DEF_COMP_CELL, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, DEF_PARAM, DEF_TYPE_PARAM,
  FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_MASK, SCOPE_OFFSET,
  SymbolTable, isFunctionLike,
} from './symtable-types.js';
import { MSG, type SymtableErrors } from './symtable-errors.js';

type Names = Set<string>;

export function analyzeSymtable(top: SymbolTable, err: SymtableErrors): void {
  new Analyzer(err).block(top, null, new Set(), new Set(), new Set(), null);
}

class Analyzer {
  constructor(private readonly err: SymtableErrors) {}

  /**
   * bound: names bound by enclosing function-like blocks (null at module level);
   * free: output, names free in this block or below; global: declared globals;
   * typeParams: enclosing PEP 695 type parameters; classEntry: the class an
   * annotation scope may read from.
   */
  block(ste: SymbolTable, bound: Names | null, free: Names, global: Names, typeParams: Names, classEntry: SymbolTable | null): void {
    const local: Names = new Set();
    const scopes = new Map<string, number>();
    const newGlobal: Names = new Set();
    const newFree: Names = new Set();
    const newBound: Names = new Set();
    const inlinedCells: Names = new Set();
    const isClass = ste.type === 'class';

    // Class bindings are invisible to nested functions: snapshot what the
    // children may see before the class's own names are analyzed.
    if (isClass) {
      addAll(newGlobal, global);
      if (bound) addAll(newBound, bound);
    }
    for (const [name, flags] of ste.symbolFlags) this.name(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
    if (!isClass) {
      if (isFunctionLike(ste.type)) addAll(newBound, local);
      if (bound) addAll(newBound, bound);
      addAll(newGlobal, global);
    } else {
      // Methods can always close over the implicit class cells.
      newBound.add('__class__');
      newBound.add('__classdict__');
    }

    for (const entry of [...ste.children]) {
      let newClassEntry: SymbolTable | null = null;
      if (entry.canSeeClassScope) newClassEntry = isClass ? ste : classEntry;
      const inlineComp = entry.comprehension !== null && !entry.generator;
      // Like CPython, the child's free set starts as a copy of the siblings' frees so far.
      const childFree = new Set(newFree);
      this.block(entry, new Set(newBound), childFree, new Set(newGlobal), new Set(typeParams), newClassEntry);
      if (inlineComp) {
        inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
        entry.compInlined = true;
      }
      addAll(newFree, childFree);
      if (entry.free || entry.childFree) ste.childFree = true;
    }

    // Children of inlined comprehensions become our children, in place.
    const kids = ste.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      if (kids[i].compInlined) kids.splice(i, 1, ...kids[i].children);
    }

    if (isFunctionLike(ste.type)) analyzeCells(scopes, newFree, inlinedCells);
    else if (isClass) dropClassFree(ste, newFree);
    updateSymbols(ste.symbolFlags, scopes, bound, newFree, inlinedCells, isClass || ste.canSeeClassScope);
    addAll(free, newFree);
  }

  private name(
    ste: SymbolTable, scopes: Map<string, number>, name: string, flags: number,
    bound: Names | null, local: Names, free: Names, global: Names, typeParams: Names, classEntry: SymbolTable | null,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.atDirective(ste, name, MSG.nonlocalAndGlobal(name));
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) this.atDirective(ste, name, MSG.nonlocalAtModule);
      if (!bound.has(name)) this.atDirective(ste, name, MSG.noNonlocalBinding(name));
      if (typeParams.has(name)) this.atDirective(ste, name, MSG.nonlocalTypeParam(name));
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      if (flags & DEF_TYPE_PARAM) typeParams.add(name);
      else typeParams.delete(name);
      return;
    }
    // An annotation scope in a class reads class-level names (and globals),
    // never an outer function's binding of the same name.
    if (classEntry) {
      const cf = classEntry.symbolFlags.get(name) ?? 0;
      if (cf & DEF_GLOBAL) {
        scopes.set(name, GLOBAL_EXPLICIT);
        return;
      }
      if (cf & DEF_BOUND && !(cf & DEF_NONLOCAL)) {
        scopes.set(name, GLOBAL_IMPLICIT);
        return;
      }
    }
    if (bound?.has(name)) {
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (ste.nested) ste.free = true;
    // Declared global in an enclosing block or not bound anywhere: implicit global.
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  private atDirective(ste: SymbolTable, name: string, msg: string): never {
    const d = ste.directives?.find((x) => x.name === name);
    if (!d) throw new Error('symtable: internal directive bookkeeping broken');
    this.err.raise(msg, d);
  }
}

function scopeOfFlags(flags: number): number {
  return (flags >> SCOPE_OFFSET) & SCOPE_MASK;
}

function isFreeInAnyChild(entry: SymbolTable, name: string): boolean {
  return entry.children.some((c) => scopeOfFlags(c.symbolFlags.get(name) ?? 0) === FREE);
}

/** Merge an analyzed comprehension's names into its parent (PEP 709). */
function inlineComprehension(ste: SymbolTable, comp: SymbolTable, scopes: Map<string, number>, compFree: Names, inlinedCells: Names): void {
  for (const [name, v] of comp.symbolFlags) {
    if (v & DEF_PARAM) continue; // the implicit `.0`
    const scope = scopeOfFlags(v);
    const onlyFlags = v & ((1 << SCOPE_OFFSET) - 1);
    if (scope === CELL || onlyFlags & DEF_COMP_CELL) inlinedCells.add(name);
    const existing = ste.symbolFlags.get(name);
    if (existing === undefined) {
      ste.symbolFlags.set(name, onlyFlags);
      scopes.set(name, scope);
    } else if (existing & DEF_BOUND && !isFreeInAnyChild(comp, name) && ste.type !== 'class') {
      // Free in the comprehension but local here: now simply a local.
      compFree.delete(name);
    }
  }
}

/** Locals that a child uses freely become cells (and stop being free). */
function analyzeCells(scopes: Map<string, number>, free: Names, inlinedCells: Names): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    scopes.set(name, CELL);
    free.delete(name);
  }
}

function dropClassFree(ste: SymbolTable, free: Names): void {
  if (free.delete('__class__')) ste.needsClassClosure = true;
  if (free.delete('__classdict__')) ste.needsClassdict = true;
}

function updateSymbols(symbols: Map<string, number>, scopes: Map<string, number>, bound: Names | null, free: Names, inlinedCells: Names, classFlag: boolean): void {
  for (const [name, flags] of symbols) {
    let f = flags;
    if (inlinedCells.has(name)) f |= DEF_COMP_CELL;
    const scope = scopes.get(name);
    if (scope === undefined) throw new Error(`symtable: no scope computed for '${name}'`);
    symbols.set(name, f | (scope << SCOPE_OFFSET));
  }
  // Free names of children that we don't bind pass through us (a class between two functions, say).
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      // A method's free variable that the class also binds.
      if (classFlag) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue; // a global
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

function addAll(to: Names, from: Iterable<string>): void {
  for (const x of from) to.add(x);
}
