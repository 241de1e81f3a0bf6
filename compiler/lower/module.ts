// Lowering of a whole module: module-level analysis (globals, functions
// eligible for direct calls), then every function body via FunctionLowerer.
import type * as A from '../frontend/ast.js';
import type { IrFunction, IrModule } from '../ir/ir.js';
import { FunctionLowerer, containsYield } from './function.js';
import { analyzeScopes, type Scopes } from './scopes.js';
import type { SymbolTable } from '../frontend/symtable-types.js';
import { buildSymtable } from '../frontend/symtable.js';
import { runIrPasses } from '../ir/passes.js';

export class ModuleLowerer {
  readonly scopes: Scopes;
  /** Names that live in module globals (bound at module level or through `global`). */
  readonly globals = new Set<string>();
  readonly directCallable = new Map<string, { sym: string; npos: number }>();
  readonly functions: IrFunction[] = [];
  readonly usesDunderName: boolean;
  private readonly presetSyms = new Map<unknown, string>();
  private readonly usedSyms = new Set<string>();

  constructor(readonly mod: A.Module, readonly filename: string, readonly source: string, symtable?: SymbolTable) {
    // callers that did not run frontend/analyze.ts (debug dumps, unit tests) get a fresh table
    this.scopes = analyzeScopes(symtable ?? buildSymtable(mod, filename, source));
    const bindings = new Map<string, number>();
    collectModuleBindings(mod, bindings, this.globals);
    this.usesDunderName = mentions(mod, '__name__');
    if (this.usesDunderName) this.globals.add('__name__');
    for (const s of mod.body) {
      if (s._type !== 'FunctionDef' || bindings.get(s.name) !== 1 || s.decorator_list.length) continue;
      const a = s.args;
      if (a.vararg || a.kwarg || a.kwonlyargs.length || a.defaults.length) continue;
      const sym = this.symFor(s.name);
      this.presetSyms.set(s, sym);
      this.directCallable.set(s.name, { sym, npos: a.posonlyargs.length + (a.args as unknown as A.arg[]).length });
    }
  }

  private symFor(qualname: string): string {
    const base = 'py:' + qualname.replace(/[^A-Za-z0-9_.<>]/g, '_');
    let sym = base;
    for (let i = 2; this.usedSyms.has(sym); i++) sym = `${base}#${i}`;
    this.usedSyms.add(sym);
    return sym;
  }

  lower(): IrModule {
    const top = new FunctionLowerer(this, this.mod, null, this.symFor('<module>'), '<module>', '<module>');
    const modFn = top.lowerBody();
    this.functions.unshift(modFn);
    return {
      filename: this.filename,
      source: this.source,
      functions: this.functions,
      globals: [...this.globals],
      directCallable: this.directCallable,
    };
  }

  lowerGenexp(node: A.GeneratorExp, qualname: string): IrFunction {
    const fl = new FunctionLowerer(this, node, this.scopes.of(node), this.symFor(qualname), '<genexpr>', qualname);
    const f = fl.lowerBody();
    this.functions.push(f);
    return f;
  }

  lowerFunction(node: A.FunctionDef | A.Lambda, name: string, qualname: string): IrFunction {
    const sym = this.presetSyms.get(node) ?? this.symFor(qualname);
    if (node._type === 'FunctionDef' && containsYield(node)) {
      const resume = new FunctionLowerer(this, node, this.scopes.of(node), this.symFor(`${qualname}$resume`), name, qualname, true).lowerBody();
      this.functions.push(resume);
      const creator = new FunctionLowerer(this, node, this.scopes.of(node), sym, name, qualname).lowerGenCreator(resume);
      this.functions.push(creator);
      return creator;
    }
    const fl = new FunctionLowerer(this, node, this.scopes.of(node), sym, name, qualname);
    const f = fl.lowerBody();
    this.functions.push(f);
    return f;
  }
}

export function lowerModule(mod: A.Module, filename: string, source: string, symtable?: SymbolTable): IrModule {
  const m = new ModuleLowerer(mod, filename, source, symtable).lower();
  runIrPasses(m);
  return m;
}

/** Count bindings per name at module level; add every module-level binding and `global` name to `globals`. */
function collectModuleBindings(mod: A.Module, counts: Map<string, number>, globals: Set<string>): void {
  const bind = (n: string) => {
    counts.set(n, (counts.get(n) ?? 0) + 1);
    globals.add(n);
  };
  const visit = (node: unknown, moduleLevel: boolean, inComprehension: boolean): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) { for (const x of node) visit(x, moduleLevel, inComprehension); return; }
    const n = node as { _type?: string } & Record<string, unknown>;
    if (typeof n._type !== 'string') return;
    switch (n._type) {
      case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': {
        if (moduleLevel) bind(n.name as string);
        for (const [k, val] of Object.entries(n)) if (k !== 'body') visit(val, moduleLevel, inComprehension);
        visit(n.body, false, false);
        return;
      }
      case 'Lambda':
        visit((n.args as A.arguments), moduleLevel, inComprehension);
        visit(n.body, false, false);
        return;
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
        for (const [k, val] of Object.entries(n)) if (k !== '_type') visit(val, moduleLevel, true);
        return;
      case 'Global':
        for (const a of n.names as Array<string | A.alias>) {
          const name = typeof a === 'string' ? a : a.name; // the parser gives plain identifiers
          counts.set(name, (counts.get(name) ?? 0) + 2); // rebindable from a function: never direct
          globals.add(name);
        }
        return;
      case 'Name':
        if (moduleLevel && !inComprehension && ((n.ctx as { _type: string })._type !== 'Load')) bind(n.id as string);
        return;
      case 'NamedExpr':
        if (moduleLevel && (n.target as A.expr)._type === 'Name') bind((n.target as A.Name).id);
        visit(n.value, moduleLevel, inComprehension);
        return;
      case 'Import': case 'ImportFrom':
        if (moduleLevel) for (const a of n.names as A.alias[]) bind(a.asname ?? a.name.split('.')[0]!);
        return;
      case 'ExceptHandler':
        if (moduleLevel && n.name) bind(n.name as string);
        break;
    }
    for (const [k, val] of Object.entries(n)) if (k !== '_type' && typeof val === 'object') visit(val, moduleLevel, inComprehension);
  };
  visit(mod.body, true, false);
}

function mentions(node: unknown, name: string): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some((x) => mentions(x, name));
  const n = node as { _type?: string; id?: string };
  if (n._type === 'Name' && n.id === name) return true;
  return Object.entries(n).some(([k, val]) => k !== '_type' && typeof val === 'object' && mentions(val, name));
}
