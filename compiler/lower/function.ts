// Lowering of one Python function body (or the module body) to Molt IR.
import type * as A from '../frontend/ast.js';
import { ELLIPSIS, PyComplex } from '../frontend/constants.js';
import { CompileError } from '../util/errors.js';
import {
  NONE, UNBOUND, c, int, str, temp, v,
  type BinOpName, type Block, type CmpName, type Const, type Instr, type IrFunction, type Operand, type Term, type TempType,
} from '../ir/ir.js';
import { BUILTIN_NAMES, EAGER_CONSUMERS } from './builtins.js';
import type { FunctionScope } from './scopes.js';
import type { ModuleLowerer } from './module.js';
import type { PosNode } from '../ir/positions.js';

const BINOP: Record<A.operator['_type'], BinOpName> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', FloorDiv: 'floordiv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitAnd: 'and', BitOr: 'or', BitXor: 'xor',
};
const CMP: Partial<Record<A.cmpop['_type'], CmpName>> = { Eq: 'eq', NotEq: 'ne', Lt: 'lt', LtE: 'le', Gt: 'gt', GtE: 'ge' };

/** Where a name lives. */
type Place =
  | { k: 'local'; var: string }
  | { k: 'cell'; var: string; free: boolean }
  | { k: 'global'; name: string; builtin: boolean };

interface Cleanup {
  /** Emit the cleanup code inline (for return/break/continue leaving its region). */
  run: () => void;
  /** The handler in effect outside the region. */
  outer: number | null;
}

interface Loop {
  breakTo: number;
  continueTo: number;
  cleanupDepth: number;
}

type FuncNode = A.FunctionDef | A.Lambda | A.Module | A.GeneratorExp;

export class FunctionLowerer {
  readonly fn: IrFunction;
  private cur: Block;
  private line: number;
  private at: PosNode | null = null;
  private handler: number | null = null;
  private cleanups: Cleanup[] = [];
  private loops: Loop[] = [];
  /** Comprehension target renames, innermost last. */
  private renames: Map<string, Place>[] = [];
  private hidden = 0;
  private readonly varSet = new Set<string>();
  private readonly hasWalrus: boolean;
  private readonly eagerGenexps = new Set<A.expr>();

  constructor(
    private readonly mod: ModuleLowerer,
    private readonly node: FuncNode,
    private readonly scope: FunctionScope | null, // null: module level
    sym: string,
    name: string,
    qualname: string,
    gen = false, // the resume function of a generator function
  ) {
    const firstLine = node._type === 'Module' ? 1 : node.lineno;
    this.line = firstLine;
    this.fn = {
      sym, name, qualname, firstLine, isModule: node._type === 'Module',
      sig: { names: [], nposonly: 0, npos: 0, nkwonly: 0, varargs: false, varkw: false, ndefaults: 0 },
      paramVars: [], hasClosure: false, vars: [], tempTypes: [], blocks: [], ...(gen ? { gen } : {}),
    };
    this.cur = this.newBlock();
    this.hasWalrus = containsWalrus(node);
  }

  // ---------------------------------------------------------------- plumbing

  private err(node: { lineno?: number } | null, construct: string, note?: string): never {
    throw new CompileError(this.mod.filename, node?.lineno ?? this.line, construct, note);
  }

  newBlock(): Block {
    const b: Block = { id: this.fn.blocks.length, instrs: [], term: null, termLine: this.line, termExc: null };
    this.fn.blocks.push(b);
    return b;
  }

  private newTemp(t: TempType = 'obj'): number {
    this.fn.tempTypes.push(t);
    return this.fn.tempTypes.length - 1;
  }

  private addVar(name: string): string {
    if (!this.varSet.has(name)) {
      this.varSet.add(name);
      this.fn.vars.push(name);
    }
    return name;
  }

  private hiddenVar(kind: string): string {
    return this.addVar(`.${kind}${this.hidden++}`);
  }

  /** The node being executed: its line, and its range for traceback markers. */
  private setAt(n: PosNode): void {
    this.line = n.lineno;
    this.at = n;
  }

  private emit(ins: Instr, noTb = false, attrAt?: PosNode): void {
    const at = this.at !== null && this.at.lineno === this.line ? { at: this.at } : {};
    this.cur.instrs.push({ ins, line: this.line, exc: this.handler, ...(noTb ? { noTb } : {}), ...at, ...(attrAt ? { attrAt } : {}) });
  }

  private emitT(make: (dst: number) => Instr, t: TempType = 'obj'): Operand {
    const d = this.newTemp(t);
    this.emit(make(d));
    return temp(d);
  }

  private rt(fn: string, args: Operand[], i32s?: number[]): Operand {
    return this.emitT((dst) => ({ op: 'rt', fn, ret: 'obj', dst, args, ...(i32s ? { i32s } : {}) }));
  }

  private rtStatus(fn: string, args: Operand[]): void {
    this.emit({ op: 'rt', fn, ret: 'status', dst: null, args });
  }

  private rtVoid(fn: string, args: Operand[]): void {
    this.emit({ op: 'rt', fn, ret: 'void', dst: null, args });
  }

  private terminate(t: Term, excTarget: number | null = null): void {
    if (this.cur.term === null) {
      this.cur.term = t;
      this.cur.termLine = this.line;
      if (this.at !== null && this.at.lineno === this.line) this.cur.termAt = this.at;
      this.cur.termExc = excTarget;
    }
    this.cur = this.newBlock(); // code after a terminator is unreachable
  }

  private jump(to: Block | number): void {
    this.terminate({ t: 'br', to: typeof to === 'number' ? to : to.id });
  }

  private setBlock(b: Block): void {
    this.cur = b;
  }

  /** Raise an error that is already pending (propagate to the current handler). */
  private reraisePending(): void {
    // An always-failing no-op: the backend branches on the pending error without a tb entry.
    this.emit({ op: 'rt', fn: '', ret: 'raise', dst: null, args: [] }, true);
    this.terminate({ t: 'unreachable' });
  }

  // ---------------------------------------------------------------- entry

  lowerBody(): IrFunction {
    const node = this.node;
    if (node._type === 'Module') {
      if (this.mod.usesDunderName) this.emit({ op: 'store_global', name: '__name__', a: str('__main__') });
      this.lowerStmts(node.body);
      this.terminate({ t: 'ret', a: NONE });
      return this.fn;
    }
    const scope = this.scope!;
    if (node._type === 'GeneratorExp') return this.genexpBody(node, scope);
    this.bindParams(node.args);
    if (this.fn.gen) {
      // resume function: parameters and closure cells arrive in the slots (lowerGenCreator)
      this.fn.paramVars = [];
      for (const name of scope.freeVars) this.addVar(name);
    } else {
      this.fn.hasClosure = scope.freeVars.length > 0;
      scope.freeVars.forEach((name, i) => {
        const t = this.emitT((dst) => ({ op: 'func_cell', dst, i }));
        this.emit({ op: 'store', var: this.addVar(name), a: t });
      });
    }
    const params = new Set(this.fn.sig.names);
    for (const name of scope.cellVars) {
      const init = params.has(name) ? v(`.p.${name}`) : UNBOUND;
      const cell = this.rt('molt_cell_new', [init]);
      this.emit({ op: 'store', var: this.addVar(name), a: cell });
    }
    for (const name of scope.locals) if (scope.scopeOf(name) === 'local') this.addVar(name);
    if (node._type === 'Lambda') {
      this.setAt(node.body);
      const r = this.expr(node.body);
      this.terminate({ t: 'ret', a: r });
    } else {
      this.lowerStmts(node.body);
      this.terminate({ t: 'ret', a: NONE });
    }
    return this.fn;
  }

  /**
   * A generator expression's resume function. Its vars (the first iterator `.0`
   * and the closure cells, set by gen_new; loop targets; inner iterators) are
   * parked in the generator between resumes; nothing else is live at the yield.
   */
  private genexpBody(node: A.GeneratorExp, scope: FunctionScope): IrFunction {
    this.fn.gen = true;
    this.addVar('.0');
    for (const name of scope.freeVars) this.addVar(name);
    for (const name of scope.cellVars) this.emit({ op: 'store', var: this.addVar(name), a: this.rt('molt_cell_new', [UNBOUND]) });
    for (const name of scope.locals) if (scope.scopeOf(name) === 'local') this.addVar(name);
    // `.0` is the already-iterated first iterable, passed in by the creator.
    const exits = this.openCompLoops(node.generators, { itVar: '.0' });
    const val = this.expr(node.elt);
    this.terminate({ t: 'yield', a: val, resume: exits[exits.length - 1]!.head.id });
    for (let i = exits.length - 1; i >= 0; i--) {
      const x = exits[i]!;
      this.setBlock(x.done);
      this.emit({ op: 'store', var: x.itVar, a: UNBOUND });
      if (i > 0) this.jump(exits[i - 1]!.head);
      else this.terminate({ t: 'ret', a: NONE });
    }
    return this.fn;
  }

  /** `yield v` in a generator function: suspend; the value sent in is always None (no send()). */
  private yieldExpr(e: A.Yield): Operand {
    const val = e.value ? this.expr(e.value) : NONE;
    const resume = this.newBlock();
    this.setAt(e);
    this.terminate({ t: 'yield', a: val, resume: resume.id });
    this.setBlock(resume);
    return NONE;
  }

  /**
   * The direct entry of a generator function: binds the arguments like any
   * function, then returns a generator whose resume function (`resumeSym`)
   * finds the parameters and closure cells in the slots of the same vars.
   */
  lowerGenCreator(resume: IrFunction): IrFunction {
    const node = this.node as A.FunctionDef;
    const scope = this.scope!;
    this.bindParams(node.args);
    this.fn.hasClosure = scope.freeVars.length > 0;
    const init: Array<{ var: string; a: Operand }> = this.fn.paramVars.map((p) => ({ var: p, a: v(p) }));
    scope.freeVars.forEach((name, i) => init.push({ var: name, a: this.emitT((dst) => ({ op: 'func_cell', dst, i })) }));
    this.terminate({ t: 'ret', a: this.emitT((dst) => ({ op: 'gen_new', dst, fn: resume.sym, init })) });
    return this.fn;
  }

  /** A generator object for a (lazy) generator expression. */
  private genexp(e: A.GeneratorExp): Operand {
    const first = this.rt('molt_iter', [this.expr(e.generators[0]!.iter)]); // evaluated in the enclosing scope
    const qual = this.fn.isModule ? '<genexpr>' : `${this.fn.qualname}.<locals>.<genexpr>`;
    const child = this.mod.lowerGenexp(e, qual);
    const init = [{ var: '.0', a: first }];
    for (const fv of this.mod.scopes.of(e).freeVars) {
      const p = this.place(fv);
      if (p.k !== 'cell') this.err(e, `closure over '${fv}' from a comprehension`);
      init.push({ var: fv, a: v(p.var) });
    }
    this.setAt(e);
    return this.emitT((dst) => ({ op: 'gen_new', dst, fn: child.sym, init }));
  }

  private bindParams(a: A.arguments): void {
    const scope = this.scope!;
    const sig = this.fn.sig;
    const positional = [...a.posonlyargs, ...(a.args as unknown as A.arg[])];
    const names = positional.map((p) => p.arg);
    sig.nposonly = a.posonlyargs.length;
    sig.npos = positional.length;
    if (a.vararg) { names.push(a.vararg.arg); sig.varargs = true; }
    names.push(...a.kwonlyargs.map((p) => p.arg));
    sig.nkwonly = a.kwonlyargs.length;
    if (a.kwarg) { names.push(a.kwarg.arg); sig.varkw = true; }
    sig.names = names;
    sig.ndefaults = a.defaults.length;
    for (const n of names) {
      const pv = scope.scopeOf(n) === 'cell' ? `.p.${n}` : n;
      this.fn.paramVars.push(this.addVar(pv));
    }
  }

  // ---------------------------------------------------------------- names

  private place(name: string): Place {
    for (let i = this.renames.length - 1; i >= 0; i--) {
      const r = this.renames[i]!.get(name);
      if (r !== undefined) return r;
    }
    if (this.scope === null) return this.globalPlace(name);
    switch (this.scope.scopeOf(name)) {
      case 'local': return { k: 'local', var: this.addVar(name) };
      case 'cell': return { k: 'cell', var: this.addVar(name), free: false };
      case 'free': return { k: 'cell', var: this.addVar(name), free: true };
      case 'global': return this.globalPlace(name);
    }
  }

  private globalPlace(name: string): Place {
    return { k: 'global', name, builtin: BUILTIN_NAMES.has(name) };
  }

  /** Is `name` the builtin (never bound at module level)? */
  private isPureBuiltin(name: string): boolean {
    const p = this.place(name);
    return p.k === 'global' && p.builtin && !this.mod.globals.has(name);
  }

  private loadName(name: string): Operand {
    const p = this.place(name);
    switch (p.k) {
      case 'local': {
        this.emit({ op: 'check_bound', var: p.var, kind: 0, name });
        if (this.hasWalrus) return this.emitT((dst) => ({ op: 'copy', dst, a: v(p.var) }));
        return v(p.var);
      }
      case 'cell':
        return this.emitT((dst) => ({ op: 'cell_get', dst, cell: v(p.var), name, kind: p.free ? 1 : 0 }));
      case 'global':
        if (!this.mod.globals.has(name) && p.builtin) return this.emitT((dst) => ({ op: 'load_global', dst, name, builtinFallback: true }));
        this.mod.globals.add(name);
        return this.emitT((dst) => ({ op: 'load_global', dst, name, builtinFallback: p.builtin }));
    }
  }

  private storeName(name: string, val: Operand): void {
    const p = this.place(name);
    switch (p.k) {
      case 'local': this.emit({ op: 'store', var: p.var, a: val }); break;
      case 'cell': this.emit({ op: 'cell_set', cell: v(p.var), a: val }); break;
      case 'global': this.mod.globals.add(name); this.emit({ op: 'store_global', name, a: val }); break;
    }
  }

  private deleteName(name: string, checked: boolean): void {
    const p = this.place(name);
    switch (p.k) {
      case 'local':
        if (checked) this.emit({ op: 'check_bound', var: p.var, kind: 0, name });
        this.emit({ op: 'del_var', var: p.var });
        break;
      case 'cell':
        if (checked) this.emitT((dst) => ({ op: 'cell_get', dst, cell: v(p.var), name, kind: p.free ? 1 : 0 }));
        this.emit({ op: 'cell_set', cell: v(p.var), a: UNBOUND });
        break;
      case 'global':
        this.mod.globals.add(name);
        if (checked) this.emit({ op: 'del_global', name });
        else this.emit({ op: 'store_global', name, a: UNBOUND });
        break;
    }
  }

  // ---------------------------------------------------------------- statements

  lowerStmts(body: A.stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.stmt): void {
    this.setAt(s);
    switch (s._type) {
      case 'Expr': this.expr(s.value, true); return;
      case 'Pass': case 'Global': case 'Nonlocal': return;
      case 'Assign': {
        const val = this.expr(s.value, true);
        for (const t of s.targets) this.assign(t, val);
        return;
      }
      case 'AnnAssign':
        if (s.value) this.assign(s.target, this.expr(s.value));
        return;
      case 'AugAssign': return this.augAssign(s);
      case 'If': return this.ifStmt(s);
      case 'While': return this.whileStmt(s);
      case 'For': return this.forStmt(s);
      case 'Break': case 'Continue': {
        const loop = this.loops[this.loops.length - 1];
        if (!loop) this.err(s, `'${s._type.toLowerCase()}' outside loop`);
        this.runCleanups(loop.cleanupDepth);
        this.jump(s._type === 'Break' ? loop.breakTo : loop.continueTo);
        return;
      }
      case 'Return': {
        if (this.fn.isModule) this.err(s, "'return' outside function");
        let val = s.value ? this.expr(s.value) : NONE;
        if (this.cleanups.length > 0) {
          // finally bodies run after the value is computed; a constant needs no saving
          if (val.k !== 'const') {
            const rv = this.hiddenVar('ret');
            this.emit({ op: 'store', var: rv, a: val });
            val = v(rv);
          }
          this.runCleanups(0);
        }
        this.terminate({ t: 'ret', a: val });
        return;
      }
      case 'FunctionDef': return this.functionDef(s);
      case 'Delete':
        for (const t of s.targets) this.deleteTarget(t);
        return;
      case 'Assert': return this.assertStmt(s);
      case 'Raise': return this.raiseStmt(s);
      case 'Try': return this.tryStmt(s);
      case 'Import': return this.importStmt(s);
      case 'ImportFrom': return this.importFrom(s);
      case 'ClassDef': this.err(s, 'class definitions');
      // falls through (never returns)
      case 'AsyncFunctionDef': this.err(s, 'async functions');
      case 'AsyncFor': this.err(s, 'async for');
      case 'AsyncWith': this.err(s, 'async with');
      case 'With': this.err(s, "'with' statements");
      case 'Match': this.err(s, "'match' statements");
      case 'TryStar': this.err(s, "'except*'");
      case 'TypeAlias': this.err(s, "'type' aliases");
    }
  }

  private runCleanups(depth: number): void {
    const saved = this.cleanups;
    const savedHandler = this.handler;
    for (let i = saved.length - 1; i >= depth; i--) {
      const cl = saved[i]!;
      this.cleanups = saved.slice(0, i);
      this.handler = cl.outer;
      cl.run();
    }
    this.cleanups = saved;
    this.handler = savedHandler;
  }

  private ifStmt(s: A.If): void {
    const then = this.newBlock();
    const els = this.newBlock();
    const after = this.newBlock();
    this.cond(s.test, then.id, els.id);
    this.setBlock(then);
    this.lowerStmts(s.body);
    this.jump(after);
    this.setBlock(els);
    this.lowerStmts(s.orelse);
    this.jump(after);
    this.setBlock(after);
  }

  private whileStmt(s: A.While): void {
    const head = this.newBlock();
    const body = this.newBlock();
    const els = this.newBlock();
    const after = this.newBlock();
    this.jump(head);
    this.setBlock(head);
    this.setAt(s);
    this.cond(s.test, body.id, els.id);
    this.setBlock(body);
    this.loops.push({ breakTo: after.id, continueTo: head.id, cleanupDepth: this.cleanups.length });
    this.lowerStmts(s.body);
    this.loops.pop();
    this.jump(head);
    this.setBlock(els);
    this.lowerStmts(s.orelse);
    this.jump(after);
    this.setBlock(after);
  }

  private forStmt(s: A.For): void {
    const range = this.rangeArgs(s.iter);
    if (range) return this.forRange(s, range);
    const itVar = this.hiddenVar('it');
    const iterable = this.expr(s.iter);
    this.setAt(s);
    const it = this.rt('molt_iter', [iterable]);
    this.emit({ op: 'store', var: itVar, a: it });
    const head = this.newBlock();
    const body = this.newBlock();
    const els = this.newBlock();
    const after = this.newBlock();
    this.jump(head);
    this.setBlock(head);
    const item = this.newTemp();
    this.cur.term = { t: 'iter_next', it: v(itVar), dst: item, body: body.id, done: els.id };
    this.cur.termLine = s.lineno;
    this.cur.termAt = s;
    this.cur.termExc = this.handler;
    this.setBlock(body);
    this.assign(s.target, temp(item));
    this.loops.push({ breakTo: after.id, continueTo: head.id, cleanupDepth: this.cleanups.length });
    this.lowerStmts(s.body);
    this.loops.pop();
    this.setAt(s);
    this.jump(head);
    this.setBlock(els);
    this.emit({ op: 'store', var: itVar, a: UNBOUND });
    this.lowerStmts(s.orelse);
    this.jump(after);
    this.setBlock(after);
    this.emit({ op: 'store', var: itVar, a: UNBOUND });
  }

  /** `for x in range(a[, b[, c]])` with the builtin range and no starred args. */
  private rangeArgs(e: A.expr): A.expr[] | null {
    if (e._type !== 'Call' || e.func._type !== 'Name' || e.func.id !== 'range' || e.keywords.length) return null;
    const args = e.args as unknown as A.expr[];
    if (args.length < 1 || args.length > 3 || args.some((a) => a._type === 'Starred')) return null;
    if (!this.isPureBuiltin('range')) return null;
    if (args.length === 3) {
      const st = args[2]!;
      const lit = st._type === 'Constant' ? st.value : st._type === 'UnaryOp' && st.op._type === 'USub' && st.operand._type === 'Constant' && typeof st.operand.value === 'bigint' ? -(st.operand.value as bigint) : null;
      if (typeof lit !== 'bigint' || lit === 0n) return null; // need a known step sign
    }
    return args;
  }

  /**
   * Counted loop: the range object is still created (so errors and huge
   * bounds behave like CPython), and iterated with the generic protocol; the
   * backend specializes `molt_iter` on a fresh range. Kept simple: lowered
   * as start/stop/step in hidden vars with int compare and add.
   */
  private forRange(s: A.For, args: A.expr[]): void {
    const vals = args.map((a) => this.expr(a));
    // Validate like range(): arguments must be integers (molt_range_check raises TypeError otherwise).
    let start: Operand = int(0), stop: Operand, step: Operand = int(1);
    if (vals.length === 1) stop = vals[0]!;
    else { start = vals[0]!; stop = vals[1]!; if (vals.length === 3) step = vals[2]!; }
    const iv = this.hiddenVar('i'), sv = this.hiddenVar('stop'), stv = this.hiddenVar('step');
    this.setAt(s.iter);
    this.rtStatus('molt_range_check', [start, stop, step]);
    // range() yields exact ints: a bool start (range(True, 3)) must become 1, so `start + 0`
    if (!(start.k === 'const' && start.c.k === 'int')) start = this.emitT((dst) => ({ op: 'binop', dst, bop: 'add', a: start, b: int(0), inplace: false }));
    this.emit({ op: 'store', var: iv, a: start });
    this.emit({ op: 'store', var: sv, a: stop });
    this.emit({ op: 'store', var: stv, a: step });
    const stepNeg = vals.length === 3 && args[2]!._type === 'UnaryOp';
    const head = this.newBlock();
    const body = this.newBlock();
    const els = this.newBlock();
    const after = this.newBlock();
    const cont = this.newBlock();
    this.jump(head);
    this.setBlock(head);
    this.setAt(s);
    const t = this.emitT((dst) => ({ op: 'cmp', dst, cop: stepNeg ? 'gt' : 'lt', a: v(iv), b: v(sv), bool: true }), 'i32');
    this.terminate({ t: 'condbr', cond: t, then: body.id, else: els.id });
    this.setBlock(body);
    this.assign(s.target, v(iv));
    this.loops.push({ breakTo: after.id, continueTo: cont.id, cleanupDepth: this.cleanups.length });
    this.lowerStmts(s.body);
    this.loops.pop();
    this.jump(cont);
    this.setBlock(cont);
    this.setAt(s);
    const n = this.emitT((dst) => ({ op: 'binop', dst, bop: 'add', a: v(iv), b: v(stv), inplace: false }));
    this.emit({ op: 'store', var: iv, a: n });
    this.jump(head);
    this.setBlock(els);
    this.lowerStmts(s.orelse);
    this.jump(after);
    this.setBlock(after);
  }

  private augAssign(s: A.AugAssign): void {
    const op = BINOP[s.op._type];
    const t = s.target;
    // CPython's positions: the target for its load/store, the statement for the operation
    const binop = (cur: Operand): Operand => {
      const b = this.expr(s.value);
      this.setAt(s);
      return this.emitT((dst) => ({ op: 'binop', dst, bop: op, a: cur, b, inplace: true }));
    };
    if (t._type === 'Name') {
      this.setAt(t);
      const cur = this.loadName(t.id);
      this.storeName(t.id, binop(cur));
    } else if (t._type === 'Attribute') {
      const obj = this.expr(t.value);
      this.setAt(t);
      const cur = this.rt('molt_getattr', [obj, str(t.attr)]);
      const r = binop(cur);
      this.setAt(t);
      this.rtStatus('molt_setattr', [obj, str(t.attr), r]);
    } else if (t._type === 'Subscript') {
      const obj = this.expr(t.value);
      const key = this.expr(t.slice);
      this.setAt(t);
      const cur = this.rt('molt_getitem', [obj, key]);
      const r = binop(cur);
      this.setAt(t);
      this.rtStatus('molt_setitem', [obj, key, r]);
    } else {
      this.err(s, `augmented assignment to ${t._type}`);
    }
  }

  assign(t: A.expr, val: Operand): void {
    switch (t._type) {
      case 'Name': this.storeName(t.id, val); return;
      case 'Attribute': {
        const obj = this.expr(t.value);
        this.setAt(t);
        this.rtStatus('molt_setattr', [obj, str(t.attr), val]);
        return;
      }
      case 'Subscript': {
        const obj = this.expr(t.value);
        const key = this.expr(t.slice);
        this.setAt(t);
        this.rtStatus('molt_setitem', [obj, key, val]);
        return;
      }
      case 'Tuple': case 'List': {
        const star = t.elts.findIndex((e) => e._type === 'Starred');
        const dsts = t.elts.map(() => this.newTemp());
        this.setAt(t);
        this.emit({ op: 'unpack', dsts, a: val, star });
        t.elts.forEach((e, i) => this.assign(e._type === 'Starred' ? e.value : e, temp(dsts[i]!)));
        return;
      }
      case 'Starred': this.err(t, 'starred assignment target outside a tuple or list');
      // falls through
      default: this.err(t, `assignment to ${t._type}`);
    }
  }

  private deleteTarget(t: A.expr): void {
    switch (t._type) {
      case 'Name': this.deleteName(t.id, true); return;
      case 'Attribute': {
        const obj = this.expr(t.value);
        this.setAt(t);
        this.rtStatus('molt_delattr', [obj, str(t.attr)]);
        return;
      }
      case 'Subscript': {
        const obj = this.expr(t.value);
        const key = this.expr(t.slice);
        this.setAt(t);
        this.rtStatus('molt_delitem', [obj, key]);
        return;
      }
      case 'Tuple': case 'List': for (const e of t.elts) this.deleteTarget(e); return;
      default: this.err(t, `deletion of ${t._type}`);
    }
  }

  private assertStmt(s: A.Assert): void {
    const fail = this.newBlock();
    const ok = this.newBlock();
    this.cond(s.test, ok.id, fail.id);
    this.setBlock(fail);
    const cls = this.loadName('AssertionError');
    const msg = s.msg ? this.expr(s.msg) : null;
    this.setAt(s);
    const exc = msg ? this.emitT((dst) => ({ op: 'call', dst, callee: cls, args: [msg], kwnames: [] })) : cls;
    this.emit({ op: 'rt', fn: 'molt_raise', ret: 'raise', dst: null, args: [exc] });
    this.terminate({ t: 'unreachable' });
    this.setBlock(ok);
  }

  private raiseStmt(s: A.Raise): void {
    if (!s.exc) {
      this.emit({ op: 'rt', fn: 'molt_reraise', ret: 'raise', dst: null, args: [] }, true);
    } else if (s.cause) {
      const e = this.expr(s.exc);
      const cause = this.expr(s.cause);
      this.setAt(s);
      this.emit({ op: 'rt', fn: 'molt_raise_from', ret: 'raise', dst: null, args: [e, cause] });
    } else {
      const e = this.expr(s.exc);
      this.setAt(s);
      this.emit({ op: 'rt', fn: 'molt_raise', ret: 'raise', dst: null, args: [e] });
    }
    this.terminate({ t: 'unreachable' });
  }

  private importStmt(s: A.Import): void {
    for (const a of s.names) {
      if (a.name !== 'sys') this.err(s, `import of module '${a.name}'`, 'only sys is available in this release');
      const m = this.rt('molt_import_sys', []);
      this.storeName(a.asname ?? 'sys', m);
    }
  }

  private importFrom(s: A.ImportFrom): void {
    if (s.module !== 'sys' || s.level !== 0) this.err(s, `import from module '${'.'.repeat(s.level)}${s.module ?? ''}'`, 'only sys is available in this release');
    const m = this.rt('molt_import_sys', []);
    for (const a of s.names) {
      if (a.name === '*') this.err(s, "'from sys import *'");
      this.storeName(a.asname ?? a.name, this.rt('molt_getattr', [m, str(a.name)]));
    }
  }

  // ---------------------------------------------------------------- try

  /** Handle the exception in `excVar` while running `body`; restores the previous handled exception on every exit. */
  private tryStmt(s: A.Try): void {
    const outer = this.handler;
    const after = this.newBlock();
    let finallyExc: Block | null = null;
    if (s.finalbody.length) {
      finallyExc = this.newBlock();
      this.cleanups.push({ run: () => this.lowerStmts(s.finalbody), outer });
      this.handler = finallyExc.id;
    }
    const inner = this.handler; // handler for code in handlers/else (the finally, or outer)
    const handlerBlock = s.handlers.length ? this.newBlock() : null;
    const normal = this.newBlock();
    // try body
    if (handlerBlock) this.handler = handlerBlock.id;
    this.lowerStmts(s.body);
    this.handler = inner;
    this.jump(normal);
    // else
    this.setBlock(normal);
    this.lowerStmts(s.orelse);
    const toFinally = this.newBlock();
    this.jump(toFinally);
    // handlers
    if (handlerBlock) {
      this.setBlock(handlerBlock);
      this.setAt(s.handlers[0]!);
      this.exceptClauses(s.handlers, toFinally);
    }
    // normal exit through finally
    this.setBlock(toFinally);
    if (finallyExc) {
      this.cleanups.pop();
      this.handler = outer;
      this.lowerStmts(s.finalbody);
      this.jump(after);
      // exceptional exit through finally
      this.setBlock(finallyExc);
      this.setAt(s.finalbody[0]!);
      this.finallyOnException(s.finalbody, outer);
    } else {
      this.jump(after);
    }
    this.handler = outer;
    this.setBlock(after);
  }

  /** Start handling the exception in `ev`; returns the var holding the previously handled exception. */
  private enterHandling(ev: string): string {
    const prev = this.hiddenVar('prev');
    const p = this.emitT((dst) => ({ op: 'rt', fn: 'molt_exc_enter', ret: 'obj_nofail', dst, args: [v(ev)] }));
    this.emit({ op: 'store', var: prev, a: p });
    return prev;
  }

  private leaveHandling(prev: string, ev: string | null): void {
    this.rtVoid('molt_exc_leave', [v(prev)]);
    this.emit({ op: 'store', var: prev, a: UNBOUND });
    if (ev) this.emit({ op: 'store', var: ev, a: UNBOUND });
  }

  /** Block that, with an error pending, leaves handling and propagates to `outer`. */
  private escapeBlock(prev: string, ev: string, outer: number | null): Block {
    const saved = this.cur, savedH = this.handler;
    const esc = this.newBlock();
    this.setBlock(esc);
    this.handler = outer;
    this.leaveHandling(prev, ev);
    this.reraisePending();
    this.cur = saved;
    this.handler = savedH;
    return esc;
  }

  private finallyOnException(finalbody: A.stmt[], outer: number | null): void {
    const fe = this.hiddenVar('exc');
    this.handler = outer;
    this.emit({ op: 'store', var: fe, a: this.emitT((dst) => ({ op: 'exc_fetch', dst })) });
    const prev = this.enterHandling(fe);
    const esc = this.escapeBlock(prev, fe, outer);
    this.cleanups.push({ run: () => this.leaveHandling(prev, fe), outer });
    this.handler = esc.id;
    this.lowerStmts(finalbody);
    this.cleanups.pop();
    this.handler = outer;
    this.rtVoid('molt_exc_leave', [v(prev)]);
    this.emit({ op: 'store', var: prev, a: UNBOUND });
    this.rtVoid('molt_err_restore', [v(fe)]);
    this.emit({ op: 'store', var: fe, a: UNBOUND });
    this.reraisePending();
  }

  private exceptClauses(handlers: A.ExceptHandler[], done: Block): void {
    const inner = this.handler;
    const ev = this.hiddenVar('exc');
    this.emit({ op: 'store', var: ev, a: this.emitT((dst) => ({ op: 'exc_fetch', dst })) });
    const prev = this.enterHandling(ev);
    const esc = this.escapeBlock(prev, ev, inner);
    this.cleanups.push({ run: () => this.leaveHandling(prev, ev), outer: inner });
    this.handler = esc.id;
    const matched = this.newBlock();
    for (const h of handlers) {
      this.setAt(h);
      const body = this.newBlock();
      const next = this.newBlock();
      if (h.type) {
        const ty = this.expr(h.type);
        const m = this.emitT((dst) => ({ op: 'rt', fn: 'molt_err_matches', ret: 'i32', dst, args: [v(ev), ty] }), 'i32');
        this.terminate({ t: 'condbr', cond: m, then: body.id, else: next.id });
      } else {
        this.jump(body);
      }
      this.setBlock(body);
      if (h.name) {
        const name = h.name;
        this.storeName(name, v(ev));
        const unbind = () => this.deleteName(name, false);
        const saved = this.cur;
        const nameEsc = this.newBlock();
        this.setBlock(nameEsc);
        unbind();
        this.reraisePending();
        this.setBlock(saved);
        this.cleanups.push({ run: unbind, outer: esc.id });
        this.handler = nameEsc.id;
        this.lowerStmts(h.body);
        this.handler = esc.id;
        this.cleanups.pop();
        unbind();
      } else {
        this.lowerStmts(h.body);
      }
      this.jump(matched);
      this.setBlock(next);
    }
    // no clause matched: re-raise the original exception
    this.cleanups.pop();
    this.handler = inner;
    this.rtVoid('molt_exc_leave', [v(prev)]);
    this.emit({ op: 'store', var: prev, a: UNBOUND });
    this.rtVoid('molt_err_restore', [v(ev)]);
    this.emit({ op: 'store', var: ev, a: UNBOUND });
    this.reraisePending();
    this.setBlock(matched);
    this.leaveHandling(prev, ev);
    this.jump(done);
  }

  // ---------------------------------------------------------------- functions

  private functionDef(s: A.FunctionDef): void {
    if (s.type_params.length) this.err(s, 'generic functions (type parameters)');
    const decos = s.decorator_list.map((d) => this.expr(d));
    const fobj = this.makeFunction(s, s.name);
    let val = fobj;
    for (let i = decos.length - 1; i >= 0; i--) {
      const d = decos[i]!;
      const prev = val;
      val = this.emitT((dst) => ({ op: 'call', dst, callee: d, args: [prev], kwnames: [] }));
    }
    this.setAt(s);
    this.storeName(s.name, val);
  }

  private makeFunction(node: A.FunctionDef | A.Lambda, name: string): Operand {
    if (node._type === 'Lambda' && containsYield(node)) this.err(node, "'yield' in a lambda");
    const a = node.args;
    const defaults = a.defaults.length ? this.build('tuple', a.defaults.map((d) => this.expr(d))) : NONE;
    let kwdefaults: Operand = NONE;
    if (a.kw_defaults.some((d) => d !== null)) {
      const items: Operand[] = [];
      a.kwonlyargs.forEach((p, i) => {
        const d = a.kw_defaults[i];
        if (d) items.push(str(p.arg), this.expr(d));
      });
      kwdefaults = this.build('dict', items);
    }
    const qual = this.fn.isModule ? name : `${this.fn.qualname}.<locals>.${name}`;
    const child = this.mod.lowerFunction(node, name, qual);
    const scope = this.mod.scopes.of(node);
    let closure: Operand = NONE;
    if (scope.freeVars.length) {
      const cells = scope.freeVars.map((fv) => {
        const p = this.place(fv);
        if (p.k !== 'cell') this.err(node, `closure over '${fv}' from a comprehension`);
        return v(p.var);
      });
      closure = this.build('tuple', cells);
    }
    this.setAt(node);
    return this.emitT((dst) => ({ op: 'func_new', dst, fn: child.sym, defaults, kwdefaults, closure }));
  }

  // ---------------------------------------------------------------- conditions

  /** Branch on the truth of `e` without boxing where possible. */
  cond(e: A.expr, t: number, f: number): void {
    if (e._type === 'BoolOp') {
      const last = e.values.length - 1;
      e.values.forEach((x, i) => {
        if (i === last) return this.cond(x, t, f);
        const next = this.newBlock();
        if (e.op._type === 'And') this.cond(x, next.id, f);
        else this.cond(x, t, next.id);
        this.setBlock(next);
      });
      return;
    }
    if (e._type === 'UnaryOp' && e.op._type === 'Not') return this.cond(e.operand, f, t);
    if (e._type === 'Compare') {
      let left = this.expr(e.left);
      e.ops.forEach((op, i) => {
        const right = this.expr(e.comparators[i]!);
        this.setAt(e);
        const b = this.cmpI32(op, left, right);
        if (i === e.ops.length - 1) {
          this.terminate({ t: 'condbr', cond: b, then: t, else: f });
        } else {
          const next = this.newBlock();
          this.terminate({ t: 'condbr', cond: b, then: next.id, else: f });
          this.setBlock(next);
          left = right;
        }
      });
      return;
    }
    if (e._type === 'Constant' && (e.value === true || e.value === false || e.value === null)) {
      this.jump(e.value ? t : f);
      return;
    }
    const val = this.expr(e);
    const b = this.emitT((dst) => ({ op: 'truthy', dst, a: val }), 'i32');
    this.terminate({ t: 'condbr', cond: b, then: t, else: f });
  }

  private cmpI32(op: A.cmpop, a: Operand, b: Operand): Operand {
    const k = op._type;
    const cop = CMP[k];
    if (cop) return this.emitT((dst) => ({ op: 'cmp', dst, cop, a, b, bool: true }), 'i32');
    if (k === 'Is' || k === 'IsNot') {
      const r = this.emitT((dst) => ({ op: 'is', dst, a, b }), 'i32');
      return k === 'Is' ? r : this.emitT((dst) => ({ op: 'not', dst, a: r }), 'i32');
    }
    const r = this.emitT((dst) => ({ op: 'rt', fn: 'molt_contains', ret: 'i32', dst, args: [b, a] }), 'i32');
    return k === 'In' ? r : this.emitT((dst) => ({ op: 'not', dst, a: r }), 'i32');
  }

  // ---------------------------------------------------------------- expressions

  private build(kind: 'tuple' | 'list' | 'set' | 'set_consts' | 'dict' | 'str', items: Operand[]): Operand {
    return this.emitT((dst) => ({ op: 'build', kind, dst, items }));
  }

  expr(e: A.expr, yieldOk = false): Operand {
    if ('lineno' in e && e.lineno) this.setAt(e);
    switch (e._type) {
      case 'Constant': return c(constOf(e.value));
      case 'Name': return this.loadName(e.id);
      case 'BinOp': {
        const a = this.expr(e.left);
        const b = this.expr(e.right);
        this.setAt(e);
        return this.emitT((dst) => ({ op: 'binop', dst, bop: BINOP[e.op._type], a, b, inplace: false }));
      }
      case 'UnaryOp': {
        const a = this.expr(e.operand);
        this.setAt(e);
        switch (e.op._type) {
          case 'Not': {
            const t = this.emitT((dst) => ({ op: 'truthy', dst, a }), 'i32');
            const n = this.emitT((dst) => ({ op: 'not', dst, a: t }), 'i32');
            return this.emitT((dst) => ({ op: 'box_bool', dst, a: n }));
          }
          case 'USub':
            if (e.operand._type === 'Constant' && (typeof e.operand.value === 'bigint' || typeof e.operand.value === 'number')) {
              return c(constOf(typeof e.operand.value === 'bigint' ? -e.operand.value : -e.operand.value));
            }
            return this.rt('molt_neg', [a]);
          case 'UAdd': return this.rt('molt_pos', [a]);
          case 'Invert': return this.rt('molt_invert', [a]);
        }
      }
      // falls through (switch above is exhaustive)
      case 'BoolOp': return this.boolOp(e);
      case 'Compare': return this.compare(e);
      case 'IfExp': {
        const r = this.newTemp();
        const t = this.newBlock(), f = this.newBlock(), after = this.newBlock();
        this.cond(e.test, t.id, f.id);
        for (const [blk, x] of [[t, e.body], [f, e.orelse]] as const) {
          this.setBlock(blk);
          const val = this.expr(x);
          this.emit({ op: 'copy', dst: r, a: val });
          this.jump(after);
        }
        this.setBlock(after);
        return temp(r);
      }
      case 'NamedExpr': {
        const val = this.expr(e.value);
        if (e.target._type !== 'Name') this.err(e, 'walrus to a non-name');
        const r = this.emitT((dst) => ({ op: 'copy', dst, a: val }));
        this.storeNamedExprTarget(e.target.id, r);
        return r;
      }
      case 'Call': return this.call(e);
      case 'Attribute': {
        const o = this.expr(e.value);
        this.setAt(e);
        return this.rt('molt_getattr', [o, str(e.attr)]);
      }
      case 'Subscript': {
        const o = this.expr(e.value);
        const k = this.expr(e.slice);
        this.setAt(e);
        return this.rt('molt_getitem', [o, k]);
      }
      case 'Slice': {
        const lo = e.lower ? this.expr(e.lower) : NONE;
        const hi = e.upper ? this.expr(e.upper) : NONE;
        const st = e.step ? this.expr(e.step) : NONE;
        return this.emitT((dst) => ({ op: 'rt', fn: 'molt_slice_new', ret: 'obj', dst, args: [lo, hi, st] }));
      }
      case 'Tuple': return this.sequence('tuple', e.elts);
      case 'List': return this.sequence('list', e.elts);
      case 'Set': return this.sequence('set', e.elts);
      case 'Dict': return this.dict(e);
      case 'JoinedStr': return this.joinedStr(e);
      case 'FormattedValue': return this.formatted(e);
      case 'Lambda': return this.makeFunction(e, '<lambda>');
      case 'ListComp': return this.comprehension('list', e.generators, [e.elt], e);
      case 'SetComp': return this.comprehension('set', e.generators, [e.elt], e);
      case 'DictComp': return this.comprehension('dict', e.generators, [e.key, e.value], e);
      case 'GeneratorExp': {
        if (this.eagerGenexps.has(e)) return this.comprehension('list', e.generators, [e.elt], e);
        return this.genexp(e);
      }
      case 'Starred': this.err(e, 'starred expression here');
      // falls through
      case 'Yield':
        // only where no temp is live across the suspension (statement level)
        if (!this.fn.gen || !yieldOk) this.err(e, "'yield' inside an expression", 'only `yield x` and `v = yield x` statements for now');
        return this.yieldExpr(e);
      case 'YieldFrom': this.err(e, "'yield from'", 'coming in the next release');
      // falls through
      case 'Await': this.err(e, 'await');
    }
  }

  private storeNamedExprTarget(name: string, val: Operand): void {
    // In a comprehension, the walrus target binds in the enclosing function.
    const saved = this.renames;
    this.renames = [];
    this.storeName(name, val);
    this.renames = saved;
  }

  private boolOp(e: A.BoolOp): Operand {
    const r = this.newTemp();
    const after = this.newBlock();
    const last = e.values.length - 1;
    e.values.forEach((x, i) => {
      const val = this.expr(x);
      this.emit({ op: 'copy', dst: r, a: val });
      if (i === last) { this.jump(after); return; }
      const t = this.emitT((dst) => ({ op: 'truthy', dst, a: temp(r) }), 'i32');
      const next = this.newBlock();
      if (e.op._type === 'And') this.terminate({ t: 'condbr', cond: t, then: next.id, else: after.id });
      else this.terminate({ t: 'condbr', cond: t, then: after.id, else: next.id });
      this.setBlock(next);
    });
    this.setBlock(after);
    return temp(r);
  }

  private compare(e: A.Compare): Operand {
    const left0 = this.expr(e.left);
    const one = (op: A.cmpop, a: Operand, b: Operand): Operand => {
      this.setAt(e);
      const cop = CMP[op._type];
      if (cop) return this.emitT((dst) => ({ op: 'cmp', dst, cop, a, b, bool: false }));
      const i = this.cmpI32(op, a, b);
      return this.emitT((dst) => ({ op: 'box_bool', dst, a: i }));
    };
    if (e.ops.length === 1) return one(e.ops[0]!, left0, this.expr(e.comparators[0]!));
    const r = this.newTemp();
    const after = this.newBlock();
    let left = left0;
    e.ops.forEach((op, i) => {
      const right = this.expr(e.comparators[i]!);
      const res = one(op, left, right);
      this.emit({ op: 'copy', dst: r, a: res });
      if (i === e.ops.length - 1) { this.jump(after); return; }
      const t = this.emitT((dst) => ({ op: 'truthy', dst, a: temp(r) }), 'i32');
      const next = this.newBlock();
      this.terminate({ t: 'condbr', cond: t, then: next.id, else: after.id });
      this.setBlock(next);
      left = right;
    });
    this.setBlock(after);
    return temp(r);
  }

  private sequence(kind: 'tuple' | 'list' | 'set', elts: A.expr[]): Operand {
    // CPython builds an all-constant display of 3+ items from a frozenset constant,
    // which gives a different iteration order than adding the items one by one.
    if (kind === 'set' && elts.length >= 3 && elts.every(isConstExpr)) return this.build('set_consts', elts.map((x) => this.expr(x)));
    if (!elts.some((x) => x._type === 'Starred')) return this.build(kind, elts.map((x) => this.expr(x)));
    // with *stars: accumulate into a list (or set)
    const acc = this.build(kind === 'set' ? 'set' : 'list', []);
    for (const x of elts) {
      if (x._type === 'Starred') this.rtStatus(kind === 'set' ? 'molt_set_update' : 'molt_list_extend', [acc, this.expr(x.value)]);
      else this.rtStatus(kind === 'set' ? 'molt_set_add' : 'molt_list_append', [acc, this.expr(x)]);
    }
    return kind === 'tuple' ? this.rt('molt_list_to_tuple', [acc]) : acc;
  }

  private dict(e: A.Dict): Operand {
    if (!e.keys.some((k) => k === null)) {
      const items: Operand[] = [];
      e.keys.forEach((k, i) => { items.push(this.expr(k!), this.expr(e.values[i]!)); });
      return this.build('dict', items);
    }
    const d = this.build('dict', []);
    e.keys.forEach((k, i) => {
      if (k === null) this.rtStatus('molt_dict_update', [d, this.expr(e.values[i]!)]);
      else {
        const key = this.expr(k);
        this.rtStatus('molt_setitem', [d, key, this.expr(e.values[i]!)]);
      }
    });
    return d;
  }

  private joinedStr(e: A.JoinedStr): Operand {
    const parts = e.values.map((x) => (x._type === 'Constant' ? c(constOf(x.value)) : this.expr(x)));
    if (parts.length === 0) return str('');
    if (parts.length === 1 && e.values[0]!._type === 'FormattedValue') return parts[0]!;
    return this.build('str', parts);
  }

  private formatted(e: A.FormattedValue): Operand {
    let val = this.expr(e.value);
    const conv = e.conversion;
    if (conv === 115) val = this.rt('molt_str', [val]);
    else if (conv === 114) val = this.rt('molt_repr', [val]);
    else if (conv === 97) val = this.rt('molt_ascii', [val]);
    const spec = e.format_spec ? this.expr(e.format_spec) : str('');
    return this.rt('molt_format', [val, spec]);
  }

  // ---------------------------------------------------------------- calls

  private call(e: A.Call): Operand {
    const args = e.args as unknown as A.expr[];
    const f = e.func;
    // generator expressions passed to builtins that consume them completely are built eagerly
    if (args.length === 1 && e.keywords.length === 0 && args[0]!._type === 'GeneratorExp'
      && f._type === 'Name' && (f.id === 'any' || f.id === 'all') && this.isPureBuiltin(f.id)) {
      return this.anyAll(f.id, args[0]!);
    }
    const eager = (f._type === 'Name' && EAGER_CONSUMERS.has(f.id) && this.isPureBuiltin(f.id)) || (f._type === 'Attribute' && f.attr === 'join');
    if (eager) for (const a of args) if (a._type === 'GeneratorExp') this.eagerGenexps.add(a);
    const simple = !args.some((a) => a._type === 'Starred') && !e.keywords.some((k) => k.arg === null);
    if (simple && f._type === 'Name') {
      const direct = this.mod.directCallable.get(f.id);
      if (direct && e.keywords.length === 0 && this.place(f.id).k === 'global' && args.length === direct.npos) {
        const vals = args.map((a) => this.expr(a));
        this.setAt(e);
        return this.emitT((dst) => ({ op: 'call_direct', dst, fn: direct.sym, args: vals, guard: f.id }));
      }
      if (f.id === 'len' && args.length === 1 && e.keywords.length === 0 && this.isPureBuiltin('len')) {
        const x = this.expr(args[0]!);
        this.setAt(e);
        return this.rt('molt_builtin_len', [x]);
      }
    }
    if (simple && f._type === 'Attribute') {
      const obj = this.expr(f.value);
      const vals = args.map((a) => this.expr(a));
      const kwvals = e.keywords.map((k) => this.expr(k.value));
      this.setAt(e);
      const d = this.newTemp();
      this.emit({ op: 'call_method', dst: d, obj, name: f.attr, args: [...vals, ...kwvals], kwnames: e.keywords.map((k) => k.arg!) }, false, f);
      return temp(d);
    }
    const callee = this.expr(f);
    if (simple) {
      const vals = args.map((a) => this.expr(a));
      const kwvals = e.keywords.map((k) => this.expr(k.value));
      this.setAt(e);
      return this.emitT((dst) => ({ op: 'call', dst, callee, args: [...vals, ...kwvals], kwnames: e.keywords.map((k) => k.arg!) }));
    }
    // general form: f(*a, **k)
    const pos = this.sequence('list', args);
    const tup = this.rt('molt_list_to_tuple', [pos]);
    let kw: Operand = NONE;
    if (e.keywords.length) {
      kw = this.build('dict', []);
      for (const k of e.keywords) {
        if (k.arg === null) this.rtStatus('molt_dict_merge_kwargs', [kw, this.expr(k.value), callee]);
        else {
          const single = this.build('dict', [str(k.arg), this.expr(k.value)]);
          this.rtStatus('molt_dict_merge_kwargs', [kw, single, callee]);
        }
      }
    }
    this.setAt(e);
    return this.rt('molt_call_ex', [callee, tup, kw]);
  }

  // ---------------------------------------------------------------- comprehensions

  /** Fresh vars for comprehension targets (cells when an inner lambda captures them); pushes the rename scope. */
  private compNames(gens: A.comprehension[], node: A.expr): Map<string, Place> {
    const names = new Map<string, Place>();
    let scope: FunctionScope | null = null;
    try { scope = this.mod.scopes.of(node); } catch { scope = null; }
    for (const g of gens) {
      if (g.is_async) this.err(g.target as { lineno?: number }, 'async comprehensions');
      for (const n of targetNames(g.target)) {
        if (names.has(n)) continue;
        const hv = this.hiddenVar(`c.${n}.`);
        if (scope?.scopeOf(n) === 'cell') {
          this.emit({ op: 'store', var: hv, a: this.rt('molt_cell_new', [UNBOUND]) });
          names.set(n, { k: 'cell', var: hv, free: false });
        } else names.set(n, { k: 'local', var: hv });
      }
    }
    this.renames.push(names);
    return names;
  }

  /** List/set/dict comprehension (and eager generator expressions), inlined. */
  private comprehension(kind: 'list' | 'set' | 'dict', gens: A.comprehension[], elts: A.expr[], node: A.expr): Operand {
    const accVar = this.hiddenVar('acc');
    this.emit({ op: 'store', var: accVar, a: this.build(kind, []) });
    const firstIter = this.expr(gens[0]!.iter); // evaluated in the enclosing scope
    const names = this.compNames(gens, node);
    const exits = this.openCompLoops(gens, { iterable: firstIter });
    if (kind === 'dict') {
      const k = this.expr(elts[0]!);
      const val = this.expr(elts[1]!);
      this.rtStatus('molt_setitem', [v(accVar), k, val]);
    } else {
      this.rtStatus(kind === 'list' ? 'molt_list_append' : 'molt_set_add', [v(accVar), this.expr(elts[0]!)]);
    }
    for (let i = exits.length - 1; i >= 0; i--) {
      const x = exits[i]!;
      this.jump(x.head);
      this.setBlock(x.done);
      this.emit({ op: 'store', var: x.itVar, a: UNBOUND });
    }
    this.renames.pop();
    for (const hv of names.values()) this.emit({ op: 'store', var: (hv as { var: string }).var, a: UNBOUND });
    const r = this.emitT((dst) => ({ op: 'copy', dst, a: v(accVar) }));
    this.emit({ op: 'store', var: accVar, a: UNBOUND });
    return r;
  }

  /**
   * Opens the nested loops of comprehension generators (iterator, `iter_next`
   * head, target binding, `if` filters that jump back to the head). The caller
   * emits the element in the innermost body and closes the loops with the
   * returned heads/done blocks, innermost last.
   */
  private openCompLoops(
    gens: A.comprehension[],
    first: { iterable: Operand } | { itVar: string },
  ): Array<{ itVar: string; head: Block; done: Block }> {
    const exits: Array<{ itVar: string; head: Block; done: Block }> = [];
    gens.forEach((g, gi) => {
      let itVar: string;
      if (gi === 0 && 'itVar' in first) itVar = first.itVar;
      else {
        itVar = this.hiddenVar('it');
        const src = gi === 0 && 'iterable' in first ? first.iterable : this.expr(g.iter);
        this.emit({ op: 'store', var: itVar, a: this.rt('molt_iter', [src]) });
      }
      const head = this.newBlock(), body = this.newBlock(), done = this.newBlock();
      this.jump(head);
      this.setBlock(head);
      const item = this.newTemp();
      this.cur.term = { t: 'iter_next', it: v(itVar), dst: item, body: body.id, done: done.id };
      this.cur.termLine = this.line;
      if (this.at !== null && this.at.lineno === this.line) this.cur.termAt = this.at;
      this.cur.termExc = this.handler;
      this.setBlock(body);
      this.assign(g.target, temp(item));
      for (const cond of g.ifs) {
        const pass = this.newBlock();
        this.cond(cond, pass.id, head.id);
        this.setBlock(pass);
      }
      exits.push({ itVar, head, done });
    });
    return exits;
  }

  /** any(genexp) / all(genexp) with short-circuit, inlined. */
  private anyAll(which: 'any' | 'all', g: A.GeneratorExp): Operand {
    const r = this.newTemp();
    const firstIter = this.expr(g.generators[0]!.iter);
    const names = this.compNames(g.generators, g);
    const hit = this.newBlock(), after = this.newBlock();
    const exits = this.openCompLoops(g.generators, { iterable: firstIter });
    const inner = exits[exits.length - 1]!;
    if (which === 'any') this.cond(g.elt, hit.id, inner.head.id);
    else this.cond(g.elt, inner.head.id, hit.id);
    for (let i = exits.length - 1; i >= 0; i--) {
      const x = exits[i]!;
      this.setBlock(x.done);
      this.emit({ op: 'store', var: x.itVar, a: UNBOUND });
      if (i > 0) this.jump(exits[i - 1]!.head);
    }
    this.renames.pop();
    this.emit({ op: 'copy', dst: r, a: c({ k: 'bool', v: which === 'all' }) });
    this.jump(after);
    this.setBlock(hit);
    for (const x of exits) this.emit({ op: 'store', var: x.itVar, a: UNBOUND });
    this.emit({ op: 'copy', dst: r, a: c({ k: 'bool', v: which === 'any' }) });
    this.jump(after);
    this.setBlock(after);
    for (const hv of names.values()) this.emit({ op: 'store', var: (hv as { var: string }).var, a: UNBOUND });
    return temp(r);
  }
}

// ---------------------------------------------------------------- helpers

/** Whether CPython's AST optimizer makes `e` a constant (literals, signed numbers, small int arithmetic, tuples of constants). */
function isConstExpr(e: A.expr): boolean {
  if (e._type === 'Constant') return true;
  if (e._type === 'Tuple') return e.elts.every(isConstExpr);
  if (e._type === 'UnaryOp' && e.operand._type === 'Constant') {
    const x = e.operand.value;
    return e.op._type !== 'Not' && (typeof x === 'bigint' || typeof x === 'number' || typeof x === 'boolean');
  }
  return foldInt(e) !== null;
}

const MAX_INT_BITS = 128n; // CPython's MAX_INT_SIZE for folded int results
const bits = (x: bigint) => BigInt((x < 0n ? -x : x).toString(2).length);

/** Constant value of int literal arithmetic, within CPython's folding limits; null otherwise. */
function foldInt(e: A.expr): bigint | null {
  if (e._type === 'Constant') return typeof e.value === 'bigint' ? e.value : null;
  if (e._type === 'UnaryOp' && e.op._type === 'USub') { const x = foldInt(e.operand); return x === null ? null : -x; }
  if (e._type !== 'BinOp') return null;
  const a = foldInt(e.left), b = foldInt(e.right);
  if (a === null || b === null) return null;
  switch (e.op._type) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult': return bits(a) + bits(b) <= MAX_INT_BITS ? a * b : null;
    case 'Pow': return b >= 0n && bits(a) * b <= MAX_INT_BITS ? a ** b : null;
    case 'LShift': return b >= 0n && b <= MAX_INT_BITS && bits(a) + b <= MAX_INT_BITS ? a << b : null;
    default: return null;
  }
}

export function constOf(x: A.Constant['value']): Const {
  if (x === null) return { k: 'none' };
  if (typeof x === 'boolean') return { k: 'bool', v: x };
  if (typeof x === 'bigint') return { k: 'int', v: x };
  if (typeof x === 'number') return { k: 'float', v: x };
  if (typeof x === 'string') return { k: 'str', v: x };
  if (x instanceof Uint8Array) return { k: 'bytes', v: x };
  if (x instanceof PyComplex) return { k: 'complex', re: x.real, im: x.imag };
  if (x === ELLIPSIS) return { k: 'ellipsis' };
  throw new Error('unknown constant');
}


function targetNames(t: A.expr): string[] {
  if (t._type === 'Name') return [t.id];
  if (t._type === 'Tuple' || t._type === 'List') return t.elts.flatMap(targetNames);
  if (t._type === 'Starred') return targetNames(t.value);
  return [];
}

/** Walk a function's own body (not nested scopes). */
function walkOwn(node: unknown, visit: (n: { _type: string }) => boolean | void, top = true): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some((x) => walkOwn(x, visit, false));
  const n = node as { _type?: string };
  if (typeof n._type !== 'string') return false;
  if (!top && (n._type === 'FunctionDef' || n._type === 'Lambda' || n._type === 'ClassDef' || n._type === 'AsyncFunctionDef')) return false;
  if (visit(n as { _type: string })) return true;
  for (const [k, val] of Object.entries(n)) {
    if (k === '_type' || typeof val !== 'object') continue;
    if (walkOwn(val, visit, false)) return true;
  }
  return false;
}

export function containsYield(node: A.FunctionDef | A.Lambda): boolean {
  return walkOwn(node.body, (n) => n._type === 'Yield' || n._type === 'YieldFrom', false);
}

function containsWalrus(node: FuncNode): boolean {
  return walkOwn(node._type === 'GeneratorExp' ? [node.elt, node.generators] : node.body, (n) => n._type === 'NamedExpr', false);
}
