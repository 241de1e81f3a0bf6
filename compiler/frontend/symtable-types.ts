// Symbol-table data model, mirroring CPython 3.12's PySTEntryObject and the
// flag bits of Include/internal/pycore_symtable.h, so that our tables can be
// compared bit for bit with the `symtable` module.

import type { AnyNode } from './ast.js';

// Per-name definition flags (low bits).
export const DEF_GLOBAL = 1; // `global` statement (or walrus target forced global)
export const DEF_LOCAL = 2; // assigned in this block
export const DEF_PARAM = 4; // formal parameter
export const DEF_NONLOCAL = 8; // `nonlocal` statement
export const USE = 16; // read in this block
export const DEF_FREE = 32; // unused by 3.12, kept for bit parity
export const DEF_FREE_CLASS = 64; // free in a method but also bound in the class
export const DEF_IMPORT = 128; // bound by import
export const DEF_ANNOT = 256; // annotated (simple target)
export const DEF_COMP_ITER = 512; // comprehension iteration variable
export const DEF_TYPE_PARAM = 1024; // PEP 695 type parameter
export const DEF_COMP_CELL = 2048; // cell inside an inlined comprehension
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// Resolved scope, stored in the flags at SCOPE_OFFSET (like CPython).
export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type ScopeKind = 'local' | 'global_explicit' | 'global_implicit' | 'free' | 'cell';
const SCOPE_NAMES: Record<number, ScopeKind> = {
  [LOCAL]: 'local',
  [GLOBAL_EXPLICIT]: 'global_explicit',
  [GLOBAL_IMPLICIT]: 'global_implicit',
  [FREE]: 'free',
  [CELL]: 'cell',
};

/** Block types, spelled as `SymbolTable.get_type()` spells them. */
export type BlockType = 'module' | 'function' | 'class' | 'annotation' | 'TypeVar bound' | 'type alias' | 'type parameter';

export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';

export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** A `global`/`nonlocal` (or implicit walrus) declaration, kept to place errors. */
export interface Directive extends Loc {
  name: string;
}

/** One resolved name in one block. */
export class Symbol {
  constructor(readonly name: string, readonly flags: number) {}
  /** The resolved scope (LOCAL..CELL), or 0 before analysis. */
  get scope(): number {
    return (this.flags >> SCOPE_OFFSET) & SCOPE_MASK;
  }
  get scopeKind(): ScopeKind | undefined {
    return SCOPE_NAMES[this.scope];
  }
  has(flag: number): boolean {
    return (this.flags & flag) !== 0;
  }
  /** Lives in this block's frame (fast local or cell); CPython's is_local() minus the module quirk. */
  get isLocal(): boolean {
    return this.scope === LOCAL || this.scope === CELL;
  }
  get isCell(): boolean {
    return this.scope === CELL;
  }
  get isFree(): boolean {
    return this.scope === FREE;
  }
  get isGlobal(): boolean {
    return this.scope === GLOBAL_EXPLICIT || this.scope === GLOBAL_IMPLICIT;
  }
  get isDeclaredGlobal(): boolean {
    return this.scope === GLOBAL_EXPLICIT;
  }
  get isNonlocal(): boolean {
    return this.has(DEF_NONLOCAL);
  }
  get isParameter(): boolean {
    return this.has(DEF_PARAM);
  }
  get isImported(): boolean {
    return this.has(DEF_IMPORT);
  }
  get isAssigned(): boolean {
    return this.has(DEF_LOCAL);
  }
  get isReferenced(): boolean {
    return this.has(USE);
  }
  get isAnnotated(): boolean {
    return this.has(DEF_ANNOT);
  }
}

/** Is this block compiled like a function (fast locals, cells, closures)? */
export function isFunctionLike(type: BlockType): boolean {
  return type === 'function' || type === 'TypeVar bound' || type === 'type alias' || type === 'type parameter';
}

/** One block (scope). Field names follow CPython's `ste_*` fields. */
export class SymbolTable {
  readonly children: SymbolTable[] = [];
  /** Raw flags per (mangled) name, in insertion order; scope bits set by analysis. */
  readonly symbolFlags = new Map<string, number>();
  /** Parameters in definition order (including `.0`, `.defaults`). */
  readonly varnames: string[] = [];
  nested = false;
  /** Has free variables itself / has children with free variables. */
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind | null = null;
  returnsValue = false;
  /** Class needs the implicit `__class__` cell (super() or __class__ in a method). */
  needsClassClosure = false;
  /** Class needs `__classdict__` (an annotation scope inside it reads class names). */
  needsClassdict = false;
  /** A list/set/dict comprehension whose names were merged into its parent (PEP 709). */
  compInlined = false;
  compIterTarget = false;
  compIterExpr = 0;
  /** Annotation scope directly inside a class: may read class-level names. */
  canSeeClassScope = false;
  directives: Directive[] | null = null;
  /** Class name used to mangle `__private` names inside this block (CPython's u_private), or null. */
  privateName: string | null = null;
  /** Every block of the module keyed by its AST node (only set on the top table). */
  blocks: Map<unknown, SymbolTable> | null = null;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    /** The AST node this block belongs to (for type-parameter blocks: the type_params array). */
    readonly node: unknown,
    readonly lineno: number,
    readonly colOffset: number,
    readonly endLineno: number,
    readonly endColOffset: number,
  ) {}

  /** `SymbolTable.is_optimized()`: true for function blocks only. */
  get isOptimized(): boolean {
    return this.type === 'function';
  }
  get hasChildren(): boolean {
    return this.children.length > 0;
  }
  get identifiers(): string[] {
    return [...this.symbolFlags.keys()];
  }
  /** Look up an already-mangled name. */
  lookup(name: string): Symbol | undefined {
    const f = this.symbolFlags.get(name);
    return f === undefined ? undefined : new Symbol(name, f);
  }
  /** Look up a name as written in the source: mangles `__x` first, like the compiler does. */
  resolve(sourceName: string): Symbol | undefined {
    return this.lookup(mangle(this.privateName, sourceName));
  }
  /** Scope of a source name in this block; names not recorded here are implicit globals. */
  scopeOf(sourceName: string): ScopeKind {
    return this.resolve(sourceName)?.scopeKind ?? 'global_implicit';
  }
  get symbols(): Symbol[] {
    return this.identifiers.map((n) => this.lookup(n)!);
  }
  /** Children (after comprehension inlining) whose name equals `name` (`is_namespace`). */
  namespacesOf(name: string): SymbolTable[] {
    return this.children.filter((c) => c.name === name);
  }
  /** The block created for an AST node (FunctionDef, Lambda, ClassDef, comprehension, ...). */
  tableFor(node: AnyNode | readonly unknown[]): SymbolTable | undefined {
    return this.blocks?.get(node);
  }
}

/**
 * Private name mangling (`__x` inside class `C` becomes `_C__x`): names that
 * start with two underscores, do not end with two, and contain no dot.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}
