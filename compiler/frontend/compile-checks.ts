// SyntaxErrors that CPython 3.12 raises in its code generator (compile.c),
// after ast.parse and the symtable pass have accepted the program: 'return'
// outside function, 'break' outside loop, 'await' outside async function,
// late __future__ imports, starred assignment limits, __debug__ stores,
// repeated keywords, match-pattern rules, ... The walk below visits nodes in
// compile.c's order, so the first error raised is the one CPython reports.
import type * as A from './ast.js';
import { leadingFutureImports } from './future.js';
import { buildSymtable } from './symtable.js';
import { SymtableErrors } from './symtable-errors.js';
import type { Loc, SymbolTable } from './symtable-types.js';
import { checkMatch, type PatternHost } from './compile-checks-patterns.js';

/** compile.c's u_scope_type (ASYNC is COMPILER_SCOPE_ASYNC_FUNCTION). */
type ScopeType = 'module' | 'class' | 'function' | 'async' | 'lambda' | 'comprehension' | 'typeparams';

/** The frame blocks that can turn a return/break/continue into an error. */
type FBlock = { kind: 'loop' } | { kind: 'except*' } | { kind: 'finally'; body: A.stmt[] };

interface Unit {
  scope: ScopeType;
  ste: SymbolTable | undefined;
  fblocks: FBlock[];
}

const EXCEPT_STAR = "'break', 'continue' and 'return' cannot appear in an except* block";
const LATE_FUTURE = 'from __future__ imports must occur at the beginning of the file';

/**
 * Raise CPython's first code-generator SyntaxError for `mod`, if any. `symtable`
 * is the module's table from buildSymtable (built here when omitted); `source`
 * is only used to quote the offending line.
 */
export function checkCompileErrors(mod: A.Module, filename: string, symtable?: SymbolTable, source?: string): void {
  const top = symtable ?? buildSymtable(mod, filename, source);
  new CodegenChecker(top, new SymtableErrors(filename, source), mod).run(mod);
}

class CodegenChecker implements PatternHost {
  private unit: Unit;
  private readonly futureLoc: Loc | null;
  private readonly futureAnnotations: boolean;

  constructor(private readonly top: SymbolTable, readonly err: SymtableErrors, mod: A.Module) {
    this.unit = { scope: 'module', ste: top, fblocks: [] };
    const futures = leadingFutureImports(mod.body);
    this.futureLoc = futures.length ? futures[futures.length - 1] : null;
    this.futureAnnotations = futures.some((s) => s.names.some((a) => a.name === 'annotations'));
  }

  run(mod: A.Module): void {
    this.stmts(mod.body);
  }

  private inUnit(scope: ScopeType, node: unknown, body: () => void): void {
    const saved = this.unit;
    this.unit = { scope, ste: this.top.tableFor(node as A.AnyNode), fblocks: [] };
    try {
      body();
    } finally {
      this.unit = saved;
    }
  }

  private withBlock(b: FBlock, body: () => void): void {
    this.unit.fblocks.push(b);
    body();
    this.unit.fblocks.pop();
  }

  /** _PyST_IsFunctionLike: functions, lambdas, comprehension scopes, annotation scopes. */
  private get functionLike(): boolean {
    const s = this.unit.scope;
    return s !== 'module' && s !== 'class';
  }

  /** compiler_nameop's forbidden_name: only `__debug__` stores and deletes. */
  forbidden(name: string, ctx: 'Store' | 'Del' | 'Load', loc: Loc): void {
    if (name !== '__debug__' || ctx === 'Load') return;
    this.err.raise(ctx === 'Store' ? 'cannot assign to __debug__' : 'cannot delete __debug__', loc);
  }

  /**
   * compiler_unwind_fblock_stack: an except* block stops return/break/continue,
   * and each enclosing `finally` body is compiled again at this point (with the
   * blocks outside it), so its errors come first. Returns whether a loop was found.
   */
  private unwind(loc: Loc, toLoop: boolean): boolean {
    const fb = this.unit.fblocks;
    for (let i = fb.length - 1; i >= 0; i--) {
      const b = fb[i];
      if (b.kind === 'except*') this.err.raise(EXCEPT_STAR, loc);
      if (b.kind === 'loop') {
        if (toLoop) return true;
        continue;
      }
      const above = fb.splice(i);
      this.stmts(b.body);
      fb.push(...above);
    }
    return false;
  }

  stmts(body: readonly A.stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Return':
        if (!this.functionLike) this.err.raise("'return' outside function", s);
        if (s.value && this.unit.ste?.coroutine && this.unit.ste.generator) this.err.raise("'return' with value in async generator", s);
        this.optExpr(s.value);
        // compiler_return emits a constant value's NOP at the value, if on the same line.
        this.unwind(s.value?._type === 'Constant' && s.value.lineno === s.lineno ? s.value : s, false);
        return;
      case 'Break':
        if (!this.unwind(s, true)) this.err.raise("'break' outside loop", s);
        return;
      case 'Continue':
        if (!this.unwind(s, true)) this.err.raise("'continue' not properly in loop", s);
        return;
      case 'Delete':
        return this.exprs(s.targets);
      case 'Assign':
        this.expr(s.value);
        return this.exprs(s.targets);
      case 'AugAssign':
        return this.augAssign(s);
      case 'AnnAssign':
        return this.annAssign(s);
      case 'TypeAlias':
        return this.typeAlias(s);
      case 'For':
      case 'AsyncFor':
        if (s._type === 'AsyncFor' && this.unit.scope !== 'async') this.err.raise("'async for' outside async function", s);
        this.expr(s.iter);
        this.expr(s.target);
        this.withBlock({ kind: 'loop' }, () => this.stmts(s.body));
        return this.stmts(s.orelse);
      case 'While':
        this.withBlock({ kind: 'loop' }, () => {
          this.expr(s.test);
          this.stmts(s.body);
        });
        return this.stmts(s.orelse);
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        return this.stmts(s.orelse);
      case 'With':
      case 'AsyncWith':
        if (s._type === 'AsyncWith' && this.unit.scope !== 'async') this.err.raise("'async with' outside async function", s);
        for (const item of s.items) {
          this.expr(item.context_expr);
          this.optExpr(item.optional_vars);
        }
        return this.stmts(s.body);
      case 'Match':
        return checkMatch(this, s);
      case 'Raise':
        this.optExpr(s.exc);
        return this.optExpr(s.cause);
      case 'Try':
      case 'TryStar':
        return this.tryStmt(s);
      case 'Assert':
        this.expr(s.test);
        return this.optExpr(s.msg);
      case 'Import':
        for (const a of s.names) this.forbidden(a.asname ?? a.name.split('.')[0], 'Store', s);
        return;
      case 'ImportFrom':
        if (s.module === '__future__' && isAfter(s, this.futureLoc)) this.err.raise(LATE_FUTURE, s);
        for (const a of s.names) if (a.name !== '*') this.forbidden(a.asname ?? a.name, 'Store', s);
        return;
      case 'Expr':
        return this.expr(s.value);
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        return;
    }
  }

  private functionDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    this.checkDebugArgs(s.args);
    this.exprs(s.decorator_list);
    this.defaults(s.args);
    this.maybeTypeParams(s.type_params, () => {
      this.annotations(s.args, s.returns);
      this.inUnit(s._type === 'AsyncFunctionDef' ? 'async' : 'function', s, () => this.stmts(s.body));
    });
    this.forbidden(s.name, 'Store', s);
  }

  private classDef(s: A.ClassDef): void {
    this.exprs(s.decorator_list);
    // The body is compiled before the bases (compiler_class, then compiler_call_helper).
    this.maybeTypeParams(s.type_params, () => {
      this.inUnit('class', s, () => this.stmts(s.body));
      this.callArgs(s.bases, s.keywords);
    });
    this.forbidden(s.name, 'Store', s);
  }

  private typeAlias(s: A.TypeAlias): void {
    this.maybeTypeParams(s.type_params, () => this.inUnit('function', s, () => this.expr(s.value)));
    if (s.name._type === 'Name') this.forbidden(s.name.id, 'Store', s);
  }

  /** Generic definitions run inside a type-parameter scope. */
  private maybeTypeParams(tps: A.type_param[], body: () => void): void {
    if (tps.length === 0) return body();
    this.inUnit('typeparams', tps, () => {
      for (const tp of tps) {
        if (tp._type === 'TypeVar' && tp.bound) {
          const bound = tp.bound;
          this.inUnit('typeparams', tp, () => this.expr(bound));
        }
        this.forbidden(tp.name, 'Store', tp);
      }
      body();
    });
  }

  private checkDebugArgs(a: A.arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg]) if (arg) this.forbidden(arg.arg, 'Store', arg);
  }

  private defaults(a: A.arguments): void {
    this.exprs(a.defaults);
    for (const d of a.kw_defaults) this.optExpr(d);
  }

  /** compiler_visit_annotations (args before posonlyargs, as CPython does); stringified under the future import. */
  private annotations(a: A.arguments, returns: A.expr | null): void {
    if (this.futureAnnotations) return;
    for (const arg of [...a.args, ...a.posonlyargs, a.vararg, ...a.kwonlyargs, a.kwarg]) {
      const ann = arg?.annotation;
      if (ann) this.expr(ann._type === 'Starred' ? ann.value : ann); // `*args: *Ts`
    }
    this.optExpr(returns);
  }

  private augAssign(s: A.AugAssign): void {
    const t = s.target;
    if (t._type === 'Attribute') this.expr(t.value);
    else if (t._type === 'Subscript') {
      this.expr(t.value);
      this.expr(t.slice);
    }
    this.expr(s.value);
    if (t._type === 'Name') this.forbidden(t.id, 'Store', t);
  }

  private annAssign(s: A.AnnAssign): void {
    const t = s.target;
    if (s.value) {
      this.expr(s.value);
      this.expr(t);
    }
    const evaluates = !this.futureAnnotations && (this.unit.scope === 'module' || this.unit.scope === 'class');
    if (t._type === 'Name') {
      this.forbidden(t.id, 'Store', s);
      if (s.simple && evaluates) this.optExpr(s.annotation);
      return;
    }
    if (t._type === 'Attribute') {
      this.forbidden(t.attr, 'Store', s);
      if (!s.value) this.expr(t.value);
    } else if (t._type === 'Subscript' && !s.value) {
      this.expr(t.value);
      this.annSubscript(t.slice);
    }
    if (!s.simple && evaluates) this.optExpr(s.annotation);
  }

  private annSubscript(e: A.expr): void {
    if (e._type === 'Slice') {
      this.optExpr(e.lower);
      this.optExpr(e.upper);
      this.optExpr(e.step);
    } else if (e._type === 'Tuple') for (const x of e.elts) this.annSubscript(x);
    else this.expr(e);
  }

  /** compiler_try_finally / compiler_try_except / compiler_try_star_except. */
  private tryStmt(s: A.Try | A.TryStar): void {
    const inner = () => {
      if (s.handlers.length === 0) return this.stmts(s.body);
      this.stmts(s.body);
      if (s._type === 'Try') this.stmts(s.orelse); // except: else before handlers; except*: after
      const handlers = () =>
        s.handlers.forEach((h, i) => {
          if (!h.type && i < s.handlers.length - 1) this.err.raise("default 'except:' must be last", h);
          this.optExpr(h.type);
          if (h.name) this.forbidden(h.name, 'Store', h);
          this.stmts(h.body);
        });
      if (s._type === 'TryStar') this.withBlock({ kind: 'except*' }, handlers);
      else handlers();
      if (s._type === 'TryStar') this.stmts(s.orelse);
    };
    if (s.finalbody.length === 0) return inner();
    this.withBlock({ kind: 'finally', body: s.finalbody }, inner);
    this.stmts(s.finalbody);
  }

  exprs(es: readonly A.expr[]): void {
    for (const e of es) this.expr(e);
  }

  optExpr(e: A.expr | null | undefined): void {
    if (e) this.expr(e);
  }

  expr(e: A.expr): void {
    switch (e._type) {
      case 'BoolOp':
        return this.exprs(e.values);
      case 'NamedExpr':
        this.expr(e.value);
        return this.expr(e.target);
      case 'BinOp':
        this.expr(e.left);
        return this.expr(e.right);
      case 'UnaryOp':
        return this.expr(e.operand);
      case 'Lambda':
        this.checkDebugArgs(e.args);
        this.defaults(e.args);
        return this.inUnit('lambda', e, () => this.expr(e.body));
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        return this.expr(e.orelse);
      case 'Dict':
        e.keys.forEach((k, i) => {
          this.optExpr(k);
          this.expr(e.values[i]);
        });
        return;
      case 'Set':
        return this.elements(e.elts);
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        return this.comprehension(e, e.generators, [e.elt]);
      case 'DictComp':
        return this.comprehension(e, e.generators, [e.key, e.value]);
      case 'Await':
        if (!this.functionLike) this.err.raise("'await' outside function", e);
        if (this.unit.scope !== 'async' && this.unit.scope !== 'comprehension') this.err.raise("'await' outside async function", e);
        return this.expr(e.value);
      case 'Yield':
        if (!this.functionLike) this.err.raise("'yield' outside function", e);
        return this.optExpr(e.value);
      case 'YieldFrom':
        if (!this.functionLike) this.err.raise("'yield' outside function", e);
        if (this.unit.scope === 'async') this.err.raise("'yield from' inside async function", e);
        return this.expr(e.value);
      case 'Compare':
        this.expr(e.left);
        return this.exprs(e.comparators);
      case 'Call':
        this.validateKeywords(e.keywords);
        this.expr(e.func);
        return this.callArgs(e.args, e.keywords);
      case 'FormattedValue':
        this.expr(e.value);
        return this.optExpr(e.format_spec);
      case 'JoinedStr':
        return this.exprs(e.values);
      case 'Constant':
        return;
      case 'Attribute':
        this.expr(e.value);
        return this.forbidden(e.attr, e.ctx._type, attributeLoc(e));
      case 'Subscript':
        this.expr(e.value);
        return this.expr(e.slice);
      case 'Starred':
        // Starred nodes that are list/tuple/set/call elements are handled by their parent.
        return this.err.raise(e.ctx._type === 'Store' ? 'starred assignment target must be in a list or tuple' : "can't use starred expression here", e);
      case 'Name':
        return this.forbidden(e.id, e.ctx._type, e);
      case 'List':
      case 'Tuple':
        if (e.ctx._type === 'Store') this.unpackCheck(e.elts.map((x) => x._type === 'Starred'), e, 'multiple starred expressions in assignment');
        return e.ctx._type === 'Del' ? this.exprs(e.elts) : this.elements(e.elts);
      case 'Slice':
        this.optExpr(e.lower);
        this.optExpr(e.upper);
        return this.optExpr(e.step);
    }
  }

  /** Elements of a display or an unpacking target: `*x` visits x. */
  private elements(elts: readonly A.expr[]): void {
    for (const x of elts) this.expr(x._type === 'Starred' ? x.value : x);
  }

  /** unpack_helper / pattern_unpack_helper: one star, with < 256 items before it. */
  unpackCheck(starred: boolean[], loc: Loc, multipleMsg: string): void {
    let seen = false;
    starred.forEach((isStar, i) => {
      if (!isStar) return;
      if (seen) this.err.raise(multipleMsg, loc);
      if (i >= 256) this.err.raise('too many expressions in star-unpacking assignment', loc);
      seen = true;
    });
  }

  /** validate_keywords: no `__debug__=`, no repeated keyword. */
  private validateKeywords(kws: readonly A.keyword[]): void {
    kws.forEach((k, i) => {
      if (k.arg === null) return;
      this.forbidden(k.arg, 'Store', k);
      for (let j = i + 1; j < kws.length; j++) if (kws[j].arg === k.arg) this.err.raise(`keyword argument repeated: ${k.arg}`, kws[j]);
    });
  }

  private callArgs(args: readonly A.expr[], kws: readonly A.keyword[]): void {
    this.validateKeywords(kws);
    this.elements(args);
    for (const k of kws) this.expr(k.value);
  }

  /**
   * compiler_comprehension: an inlined (PEP 709) comprehension evaluates its
   * first iterable first and stays in the current unit; other comprehensions
   * get their own unit and evaluate the first iterable after it.
   */
  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, gens: A.comprehension[], elts: A.expr[]): void {
    const ste = this.top.tableFor(e);
    const inlined = ste?.compInlined === true;
    const outerScope = this.unit.scope;
    const body = () => {
      if (ste?.coroutine && e._type !== 'GeneratorExp' && outerScope !== 'async' && outerScope !== 'comprehension') {
        this.err.raise('asynchronous comprehension outside of an asynchronous function', e);
      }
      gens.forEach((g, i) => {
        if (i > 0) this.expr(g.iter);
        this.expr(g.target);
        this.exprs(g.ifs);
      });
      this.exprs(elts);
    };
    if (inlined) {
      this.expr(gens[0].iter);
      body();
    } else {
      this.inUnit('comprehension', e, body);
      this.expr(gens[0].iter);
    }
  }
}

/** location_is_after: strictly later line, or same line and later column. */
function isAfter(a: Loc, b: Loc | null): boolean {
  if (b === null) return true;
  return a.lineno > b.lineno || (a.lineno === b.lineno && a.col_offset > b.col_offset);
}

/** update_start_location_to_match_attr: a multi-line attribute is reported at its name. */
function attributeLoc(e: A.Attribute): Loc {
  if (e.end_lineno === null || e.lineno === e.end_lineno) return e;
  const len = [...e.attr].length;
  const endCol = e.end_col_offset ?? 0;
  return len <= endCol
    ? { lineno: e.end_lineno, col_offset: endCol - len, end_lineno: e.end_lineno, end_col_offset: endCol }
    : { lineno: e.end_lineno, col_offset: -1, end_lineno: e.end_lineno, end_col_offset: -1 };
}
