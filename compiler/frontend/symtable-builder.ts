// Pass 1 of scope analysis: walk the AST once, create a block per scope and
// record raw facts about each name (bound, used, parameter, global, ...).
// Follows CPython 3.12's Python/symtable.c visit order, because the order
// decides which error is reported first and which block is whose child.

import type * as A from './ast.js';
import {
  DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, DEF_TYPE_PARAM, USE,
  SymbolTable, isFunctionLike, mangle,
  type BlockType, type ComprehensionKind, type Loc,
} from './symtable-types.js';
import { SymtableErrors, MSG } from './symtable-errors.js';

type FuncDef = A.FunctionDef | A.AsyncFunctionDef;
type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

export class SymtableBuilder {
  private readonly stack: SymbolTable[] = [];
  private cur!: SymbolTable;
  /** Module block's flags: `global x` anywhere also records x here. */
  private global!: Map<string, number>;
  /** Class name for mangling (CPython's st_private). */
  private private: string | null = null;
  readonly blocks = new Map<unknown, SymbolTable>();
  top!: SymbolTable;

  constructor(private readonly err: SymtableErrors, private readonly futureAnnotations: boolean) {}

  buildModule(mod: A.Module): SymbolTable {
    this.enterBlock('top', 'module', mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    this.top = this.cur;
    for (const s of mod.body) this.visitStmt(s);
    this.exitBlock();
    this.top.blocks = this.blocks;
    return this.top;
  }

  // ---- blocks -------------------------------------------------------------

  private enterBlock(name: string, type: BlockType, node: unknown, loc: Loc): void {
    const prev = this.stack.length ? this.cur : null;
    const ste = new SymbolTable(name, type, node, loc.lineno, loc.col_offset, loc.end_lineno ?? loc.lineno, loc.end_col_offset ?? loc.col_offset);
    ste.nested = prev !== null && (prev.nested || isFunctionLike(prev.type));
    ste.privateName = this.private;
    this.blocks.set(node, ste);
    this.stack.push(ste);
    // bpo-37757: walrus is banned anywhere inside a comprehension's iterable.
    if (prev) ste.compIterExpr = prev.compIterExpr;
    this.cur = ste;
    // Annotation blocks (only under `from __future__ import annotations`) are
    // detached: their names never reach the tree, as in CPython.
    if (type === 'annotation') return;
    if (type === 'module') this.global = ste.symbolFlags;
    if (prev) prev.children.push(ste);
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  // ---- name definitions -----------------------------------------------------

  private addDef(name: string, flag: number, loc: Loc, ste: SymbolTable = this.cur): void {
    const mangled = mangle(this.private, name);
    const old = ste.symbolFlags.get(mangled);
    let val = flag;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) this.err.raise(MSG.duplicateArgument(name), loc);
      if (flag & DEF_TYPE_PARAM && old & DEF_TYPE_PARAM) this.err.raise(MSG.duplicateTypeParam(name), loc);
      val = old | flag;
    }
    if (ste.compIterTarget) {
      // A comprehension loop variable: remember it so walrus can't rebind it.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.err.raise(MSG.compInnerLoopConflict(name), loc);
      val |= DEF_COMP_ITER;
    }
    ste.symbolFlags.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
  }

  private lookupCur(name: string): number {
    return this.cur.symbolFlags.get(mangle(this.private, name)) ?? 0;
  }

  private recordDirective(name: string, loc: Loc): void {
    (this.cur.directives ??= []).push({ name: mangle(this.private, name), ...pickLoc(loc) });
  }

  // ---- statements -----------------------------------------------------------

  private visitStmts(body: A.stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitStmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.visitFunctionDef(s);
      case 'ClassDef':
        return this.visitClassDef(s);
      case 'TypeAlias':
        return this.visitTypeAlias(s);
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        return;
      case 'Delete':
        return this.visitExprs(s.targets);
      case 'Assign':
        this.visitExprs(s.targets);
        return this.visitExpr(s.value);
      case 'AnnAssign':
        return this.visitAnnAssign(s);
      case 'AugAssign':
        this.visitExpr(s.target);
        return this.visitExpr(s.value);
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        return this.visitStmts(s.orelse);
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        return this.visitStmts(s.orelse);
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        return;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        return;
      case 'Try':
      case 'TryStar':
        // CPython 3.12.1 visits `else` before the handlers (it decides child order).
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        return this.visitStmts(s.finalbody);
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        return;
      case 'Global':
      case 'Nonlocal':
        return this.visitDeclaration(s);
      case 'Expr':
        return this.visitExpr(s.value);
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        return this.visitStmts(s.body);
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  private visitFunctionDef(s: FuncDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    // Defaults and decorators run in the enclosing scope.
    const args = s.args;
    this.visitExprs(args.defaults);
    this.visitOptExprs(args.kw_defaults);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      // CPython 3.12 tests `args->defaults != NULL`, which is always true: `.defaults` is always added.
      const hasKwDefaults = args.kw_defaults.some((d) => d !== null);
      this.enterTypeParamBlock(s.name, s.type_params, true, hasKwDefaults, false, s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.visitAnnotations(s, args, s.returns);
    this.enterBlock(s.name, 'function', s, s);
    if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
    this.visitArguments(args);
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  private visitClassDef(s: A.ClassDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(s.name, s.type_params, false, false, true, s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.visitExprs(s.bases);
    for (const k of s.keywords) this.visitExpr(k.value);
    this.enterBlock(s.name, 'class', s, s);
    const saved = this.private;
    this.private = s.name;
    this.cur.privateName = s.name;
    if (generic) {
      this.addDef('__type_params__', DEF_LOCAL, s);
      this.addDef('.type_params', USE, s);
    }
    this.visitStmts(s.body);
    this.private = saved;
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  private visitTypeAlias(s: A.TypeAlias): void {
    this.visitExpr(s.name);
    const name = (s.name as A.Name).id;
    const inClass = this.cur.type === 'class';
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(name, s.type_params, false, false, false, s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.enterBlock(name, 'type alias', s, s);
    this.cur.canSeeClassScope = inClass;
    if (inClass) this.addDef('__classdict__', USE, s.value);
    this.visitExpr(s.value);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  /** The implicit scope holding PEP 695 type parameters of a def/class/type alias. */
  private enterTypeParamBlock(name: string, key: A.type_param[], hasDefaults: boolean, hasKwDefaults: boolean, isClass: boolean, loc: Loc): void {
    const outerType = this.cur.type;
    this.enterBlock(name, 'type parameter', key, loc);
    if (outerType === 'class') {
      this.cur.canSeeClassScope = true;
      this.addDef('__classdict__', USE, loc);
    }
    if (isClass) {
      this.addDef('.type_params', DEF_LOCAL, loc);
      this.addDef('.type_params', USE, loc);
      // CPython sets st_private here and never restores it: names after a
      // generic class in the same scope stay mangled with its name (3.12 quirk).
      this.private = name;
      this.cur.privateName = name;
      this.addDef('.generic_base', DEF_LOCAL, loc);
      this.addDef('.generic_base', USE, loc);
    }
    if (hasDefaults) this.addDef('.defaults', DEF_PARAM, loc);
    if (hasKwDefaults) this.addDef('.kwdefaults', DEF_PARAM, loc);
  }

  private visitTypeParam(tp: A.type_param): void {
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
    if (tp._type === 'TypeVar' && tp.bound) {
      const inClass = this.cur.canSeeClassScope;
      this.enterBlock(tp.name, 'TypeVar bound', tp, tp);
      this.cur.canSeeClassScope = inClass;
      if (inClass) this.addDef('__classdict__', USE, tp.bound);
      this.visitExpr(tp.bound);
      this.exitBlock();
    }
  }

  private visitAnnAssign(s: A.AnnAssign): void {
    const target = s.target;
    if (target._type === 'Name') {
      const cur = this.lookupCur(target.id);
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbolFlags !== this.global && s.simple) {
        this.err.raise(cur & DEF_GLOBAL ? MSG.globalAnnot(target.id) : MSG.nonlocalAnnot(target.id), s);
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      else if (s.value) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    if (s.annotation) this.visitAnnotation(s.annotation);
    if (s.value) this.visitExpr(s.value);
  }

  private visitDeclaration(s: A.Global | A.Nonlocal): void {
    const isGlobal = s._type === 'Global';
    for (const n of s.names) {
      // Names are identifiers; accept both plain strings and alias-like nodes.
      const name = typeof n === 'string' ? n : (n as A.alias).name;
      const cur = this.lookupCur(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = isGlobal ? MSG.globalParam(name) : MSG.nonlocalParam(name);
        else if (cur & USE) msg = isGlobal ? MSG.globalAfterUse(name) : MSG.nonlocalAfterUse(name);
        else if (cur & DEF_ANNOT) msg = isGlobal ? MSG.globalAnnot(name) : MSG.nonlocalAnnot(name);
        else msg = isGlobal ? MSG.globalAfterAssign(name) : MSG.nonlocalAfterAssign(name);
        this.err.raise(msg, s);
      }
      this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private visitAlias(a: A.alias): void {
    // `import a.b.c` binds `a`.
    const name = a.asname ?? a.name;
    if (name === '*') {
      if (this.cur.type !== 'module') this.err.raise(MSG.importStar, a);
      return;
    }
    const dot = name.indexOf('.');
    this.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT, a);
  }

  // ---- annotations and arguments --------------------------------------------

  private visitAnnotation(annotation: A.expr): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', 'annotation', annotation, annotation);
    this.visitExpr(annotation);
    if (this.futureAnnotations) this.exitBlock();
  }

  private visitAnnotations(s: FuncDef, a: A.arguments, returns: A.expr | null): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', 'annotation', s, s);
    for (const arg of argList(a.posonlyargs)) if (arg.annotation) this.visitExpr(arg.annotation);
    for (const arg of argList(a.args)) if (arg.annotation) this.visitExpr(arg.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const arg of argList(a.kwonlyargs)) if (arg.annotation) this.visitExpr(arg.annotation);
    if (this.futureAnnotations) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  private visitArguments(a: A.arguments): void {
    for (const arg of [...argList(a.posonlyargs), ...argList(a.args), ...argList(a.kwonlyargs)]) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg) this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
    if (a.kwarg) this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
  }

  // ---- expressions ------------------------------------------------------------

  private visitExprs(es: readonly A.expr[]): void {
    for (const e of es) this.visitExpr(e);
  }

  private visitOptExprs(es: ReadonlyArray<A.expr | null>): void {
    for (const e of es) if (e) this.visitExpr(e);
  }

  private visitExpr(e: A.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        return this.visitNamedExpr(e);
      case 'BoolOp':
        return this.visitExprs(e.values);
      case 'BinOp':
        this.visitExpr(e.left);
        return this.visitExpr(e.right);
      case 'UnaryOp':
        return this.visitExpr(e.operand);
      case 'Lambda':
        return this.visitLambda(e);
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        return this.visitExpr(e.orelse);
      case 'Dict':
        this.visitOptExprs(e.keys);
        return this.visitExprs(e.values);
      case 'Set':
        return this.visitExprs(e.elts);
      case 'GeneratorExp':
        return this.visitComprehension(e, 'genexpr', 'generator', e.elt, null);
      case 'ListComp':
        return this.visitComprehension(e, 'listcomp', 'list', e.elt, null);
      case 'SetComp':
        return this.visitComprehension(e, 'setcomp', 'set', e.elt, null);
      case 'DictComp':
        return this.visitComprehension(e, 'dictcomp', 'dict', e.key, e.value);
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.err.raise(MSG.yieldInComprehension(this.cur.comprehension), e);
        return;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        return;
      case 'Compare':
        this.visitExpr(e.left);
        return this.visitExprs(e.comparators);
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args as unknown as A.expr[]);
        for (const k of e.keywords) this.visitExpr(k.value);
        return;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        return;
      case 'JoinedStr':
        return this.visitExprs(e.values);
      case 'Constant':
        return;
      case 'Attribute':
        return this.visitExpr(e.value);
      case 'Subscript':
        this.visitExpr(e.value);
        return this.visitExpr(e.slice);
      case 'Starred':
        return this.visitExpr(e.value);
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        return;
      case 'Name': {
        const load = e.ctx._type === 'Load';
        this.addDef(e.id, load ? USE : DEF_LOCAL, e);
        // A bare `super` in a function counts as a use of `__class__`.
        if (load && isFunctionLike(this.cur.type) && e.id === 'super') this.addDef('__class__', USE, e);
        return;
      }
      case 'List':
      case 'Tuple':
        return this.visitExprs(e.elts);
    }
  }

  private visitLambda(e: A.Lambda): void {
    if (this.cur.canSeeClassScope) this.err.raise(MSG.lambdaInClassAnnotationScope, e);
    this.visitExprs(e.args.defaults);
    this.visitOptExprs(e.args.kw_defaults);
    this.enterBlock('lambda', 'function', e, e);
    this.visitArguments(e.args);
    this.visitExpr(e.body);
    this.exitBlock();
  }

  private raiseIfAnnotationBlock(what: string, e: A.expr): void {
    const t = this.cur.type;
    if (t === 'annotation' || t === 'TypeVar bound' || t === 'type alias' || t === 'type parameter') {
      this.err.raise(MSG.notAllowedIn(what, t), e);
    }
  }

  private visitNamedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) this.err.raise(MSG.namedExprInCompIter, e);
    if (this.cur.comprehension) this.extendNamedExprScope(e.target as A.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** PEP 572: a walrus inside a comprehension binds in the nearest enclosing non-comprehension scope. */
  private extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        const f = ste.symbolFlags.get(name) ?? 0;
        if (f & DEF_COMP_ITER && f & DEF_LOCAL) this.err.raise(MSG.compConflict(name), target);
        continue;
      }
      if (ste.type === 'function') {
        const f = ste.symbolFlags.get(name) ?? 0;
        this.addDef(name, f & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      if (ste.type === 'class' || ste.type === 'type parameter' || ste.type === 'type alias' || ste.type === 'TypeVar bound') {
        this.err.raise(MSG.namedExprCompIn(ste.type), target);
      }
    }
    throw new Error('symtable: walrus found no enclosing scope');
  }

  private visitComprehension(e: Comp, scopeName: string, kind: ComprehensionKind, elt: A.expr, value: A.expr | null): void {
    if (this.cur.canSeeClassScope) this.err.raise(MSG.compInClassAnnotationScope, e);
    const isGenerator = kind === 'generator';
    const [outermost, ...rest] = e.generators;
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, 'function', e, e);
    this.cur.comprehension = kind;
    if (outermost.is_async) this.cur.coroutine = true;
    // ... and passed in as the implicit parameter `.0`.
    this.addDef('.0', DEF_PARAM, { lineno: this.cur.lineno, col_offset: this.cur.colOffset, end_lineno: this.cur.endLineno, end_col_offset: this.cur.endColOffset });
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (const gen of rest) {
      this.cur.compIterTarget = true;
      this.visitExpr(gen.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(gen.iter);
      this.cur.compIterExpr--;
      this.visitExprs(gen.ifs);
      if (gen.is_async) this.cur.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    // An async list/set/dict comprehension makes its (inlining) parent a coroutine.
    if (isAsync) this.cur.coroutine = true;
  }

  // ---- patterns ---------------------------------------------------------------

  private visitPattern(p: A.pattern): void {
    switch (p._type) {
      case 'MatchValue':
        return this.visitExpr(p.value);
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        return;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        return;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        return;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        return;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        return;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        return;
    }
  }
}

// ast.ts types `arguments.args` as `arguments` (a generator slip); it is `arg[]` in CPython.
function argList(x: unknown): A.arg[] {
  return (x as A.arg[] | null) ?? [];
}

function pickLoc(l: Loc): Loc {
  return { lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
}
