// IR function -> binaryen function. Blocks are split after every fallible
// instruction so that error edges become relooper branches; temps get wasm
// locals; reference counts follow temp liveness (docs/compiler-design.md).
import binaryen from 'binaryen';
import { instrDefs, instrUses, isFallible, termSuccs, termUses, type Block, type Instr, type IrFunction, type Located, type Operand } from '../ir/ir.js';
import type { Linker } from './module.js';
import { ERROR, NONE, STOP, TAG_BOOL, TAG_INT, isSmallInt, s64 } from './values.js';

type Ex = number; // binaryen ExpressionRef
const i64 = binaryen.i64;
const i32 = binaryen.i32;

interface Seg {
  code: Ex[];
  branches: Array<{ to: BranchTarget; cond: Ex; code: Ex[] }>;
}
type BranchTarget = { k: 'block'; id: number } | { k: 'seg'; seg: Seg } | { k: 'errexit' };

export class FunctionCodegen {
  private readonly m: binaryen.Module;
  private readonly localTypes: number[] = [];
  private readonly nparams: number;
  private readonly varLocal = new Map<string, number>();
  private readonly tempLocal: number[] = [];
  private readonly ownedVars: string[] = [];
  private readonly scratch64: number;
  private readonly scratch32: number;
  private liveIn: Array<Set<number>> = [];
  private readonly segs: Seg[] = [];
  private readonly blockEntry = new Map<number, Seg>();
  private readonly selfLocal: number;

  /** Small-int facts (the int clone only): vars/temps known to hold a boxed small int. */
  private readonly intVars = new Set<string>();
  private readonly intTemps = new Set<number>();

  /** `intArgs`: the small-int clone, whose callers guarantee small-int arguments. */
  constructor(private readonly L: Linker, private readonly f: IrFunction, intArgs = false) {
    this.m = L.m;
    const params: number[] = [];
    this.selfLocal = -1;
    if (f.hasClosure || f.gen) { this.selfLocal = params.length; params.push(i64); } // the function object, or the generator
    for (const p of f.paramVars) { this.varLocal.set(p, params.length); params.push(i64); }
    this.nparams = params.length;
    this.localTypes.push(...params);
    const stored = new Set<string>();
    for (const b of f.blocks) for (const li of b.instrs) if (li.ins.op === 'store' || li.ins.op === 'del_var') stored.add(li.ins.var);
    for (const v of f.vars) {
      if (!this.varLocal.has(v)) this.varLocal.set(v, this.addLocal(i64));
      if (!f.paramVars.includes(v) || stored.has(v)) this.ownedVars.push(v);
    }
    // params that get reassigned are owned: incref at entry
    this.borrowedParamsMadeOwned = f.paramVars.filter((p) => stored.has(p));
    for (const t of f.tempTypes) this.tempLocal.push(this.addLocal(t === 'i32' ? i32 : i64));
    this.scratch64 = this.addLocal(i64);
    this.scratch32 = this.addLocal(i32);
    this.slotsLocal = f.gen ? this.addLocal(i32) : -1;
    if (intArgs) this.inferInts(stored);
  }

  /** Unassigned params are small ints; a temp is one if every def copies one. */
  private inferInts(stored: Set<string>): void {
    for (const p of this.f.paramVars) if (!stored.has(p)) this.intVars.add(p);
    const defs = new Map<number, Instr[]>();
    for (const b of this.f.blocks) for (const li of b.instrs) for (const d of instrDefs(li.ins)) defs.set(d, [...(defs.get(d) ?? []), li.ins]);
    for (const [t, ds] of defs) if (ds.every((d) => d.op === 'copy')) this.intTemps.add(t);
    for (let changed = true; changed;) {
      changed = false;
      for (const t of [...this.intTemps]) {
        if (!defs.get(t)!.every((d) => d.op === 'copy' && this.isInt(d.a))) { this.intTemps.delete(t); changed = true; }
      }
    }
    if (this.f.blocks.some((b) => b.term?.t === 'iter_next')) this.intTemps.clear(); // iter_next defines temps too
  }

  /** Operand known to be a boxed small int (no refcount, no tag test). */
  private isInt(o: Operand): boolean {
    if (o.k === 'const') return o.c.k === 'int' && isSmallInt(o.c.v);
    return o.k === 'var' ? this.intVars.has(o.name) : this.intTemps.has(o.id);
  }
  /** Generators: address of the generator's slots (var k lives in slot k between resumes). */
  private readonly slotsLocal: number;
  /** Generators: resume block of each yield, by resume state (1-based). */
  private readonly resumes: number[] = [];
  private readonly borrowedParamsMadeOwned: string[];

  private addLocal(t: number): number {
    this.localTypes.push(t);
    return this.localTypes.length - 1;
  }

  get paramTypes(): number {
    return binaryen.createType(this.localTypes.slice(0, this.nparams));
  }

  // ------------------------------------------------------------ small builders

  private c64(bits: bigint): Ex { return this.m.i64.const(s64(bits)); }
  private get ERR(): Ex { return this.c64(ERROR); }
  private lget(idx: number): Ex { return this.m.local.get(idx, this.localTypes[idx]!); }
  private lset(idx: number, e: Ex): Ex { return this.m.local.set(idx, e); }
  private isErr(e: Ex): Ex { return this.m.i64.eq(e, this.ERR); }

  private operand(o: Operand): Ex {
    if (o.k === 'temp') return this.lget(this.tempLocal[o.id]!);
    if (o.k === 'var') return this.lget(this.varLocal.get(o.name)!);
    return this.L.constExpr(o.c);
  }
  private incref(e: Ex): Ex { return this.L.incref(e); }
  private decref(e: Ex): Ex { return this.L.decref(e); }
  private decrefTemps(ts: Iterable<number>): Ex[] {
    const out: Ex[] = [];
    for (const t of ts) if (this.f.tempTypes[t] === 'obj' && !this.intTemps.has(t)) out.push(this.decref(this.lget(this.tempLocal[t]!)));
    return out;
  }

  // ------------------------------------------------------------ liveness

  private computeLiveness(): void {
    const f = this.f;
    const n = f.blocks.length;
    const use: Array<Set<number>> = [], def: Array<Set<number>> = [];
    for (const b of f.blocks) {
      const u = new Set<number>(), d = new Set<number>();
      const see = (o: Operand) => { if (o.k === 'temp' && !d.has(o.id)) u.add(o.id); };
      for (const li of b.instrs) {
        for (const o of instrUses(li.ins)) see(o);
        for (const t of instrDefs(li.ins)) d.add(t);
      }
      if (b.term) for (const o of termUses(b.term)) see(o);
      use.push(u); def.push(d);
    }
    this.liveIn = Array.from({ length: n }, () => new Set<number>());
    const liveOut = Array.from({ length: n }, () => new Set<number>());
    let changed = true;
    while (changed) {
      changed = false;
      for (let i = n - 1; i >= 0; i--) {
        const b = f.blocks[i]!;
        const out = new Set<number>();
        if (b.term) for (const s of termSuccs(b.term)) for (const t of this.liveIn[s]!) out.add(t);
        if (b.term?.t === 'iter_next') out.delete(b.term.dst);
        const inn = new Set<number>(use[i]);
        for (const t of out) if (!def[i]!.has(t)) inn.add(t);
        if (inn.size !== this.liveIn[i]!.size) { this.liveIn[i] = inn; changed = true; }
        liveOut[i] = out;
      }
    }
  }

  // ------------------------------------------------------------ main

  build(): Ex {
    this.computeLiveness();
    for (const b of this.f.blocks) this.genBlock(b);
    // binaryen's Relooper renders chains of shapes recursively: a function with
    // thousands of segments (e.g. 1000 sequential `if`s) overflows the JS stack
    const limit = Number(process.env.MOLT_RELOOPER_MAX_SEGS ?? 1200);
    if (this.segs.length > limit) return this.buildDispatch();
    const R = new binaryen.Relooper(this.m);
    const refs = new Map<Seg, number>();
    for (const s of this.segs) refs.set(s, R.addBlock(this.m.block(null, s.code.length ? s.code : [this.m.nop()], binaryen.none)));
    const errExit = R.addBlock(this.m.block(null, [...this.releaseVars(), this.L.depthLeave(), this.m.return(this.ERR)], binaryen.none));
    for (const s of this.segs) {
      const targets = new Set<number>();
      for (const br of s.branches) {
        let to = br.to.k === 'errexit' ? errExit : br.to.k === 'seg' ? refs.get(br.to.seg)! : refs.get(this.blockEntry.get(br.to.id)!)!;
        // The Relooper allows one branch per (from, to) pair; a second edge to
        // the same block (e.g. `if x: pass`, both arms join) goes through an
        // empty trampoline block.
        if (targets.has(to)) {
          const tramp = R.addBlock(this.m.nop());
          R.addBranch(tramp, to, 0, 0);
          to = tramp;
        }
        targets.add(to);
        R.addBranch(refs.get(s)!, to, br.cond, br.code.length ? this.m.block(null, br.code, binaryen.none) : 0);
      }
    }
    const entry = R.addBlock(this.m.block(null, this.prologue(), binaryen.none));
    // generators continue after the yield recorded in `state` (GEN_STATE = slots - 20)
    this.resumes.forEach((blk, k) => {
      const state = this.m.i32.load(0, 4, this.m.i32.sub(this.lget(this.slotsLocal), this.m.i32.const(20)));
      R.addBranch(entry, refs.get(this.blockEntry.get(blk)!)!, this.m.i32.eq(state, this.m.i32.const(k + 1)), 0);
    });
    R.addBranch(entry, refs.get(this.blockEntry.get(0)!)!, 0, 0);
    const labelHelper = this.addLocal(i32);
    return R.renderAndDispose(entry, labelHelper);
  }

  /**
   * Large functions: a label local and a dispatch loop instead of the Relooper.
   * `loop $d (block $cN (... (block $c0 (br_table $c0..$cN-1 label)) case0 ...))`:
   * leaving block $ck runs case k; every case ends by setting the label and
   * `br $d`, or by returning. Binaryen handles such nested first-child blocks
   * iteratively (it is the shape of lowered switches).
   */
  private buildDispatch(): Ex {
    const m = this.m;
    const label = this.addLocal(i32);
    const index = new Map<Seg, number>();
    this.segs.forEach((sg, k) => index.set(sg, k));
    const errIdx = this.segs.length;
    const target = (to: BranchTarget): number =>
      to.k === 'errexit' ? errIdx : to.k === 'seg' ? index.get(to.seg)! : index.get(this.blockEntry.get(to.id)!)!;
    const goTo = (k: number, code: Ex[]): Ex[] => [...code, m.local.set(label, m.i32.const(k)), m.br('d')];
    // ordered branches: conditional ones are tested in order, the unconditional one (if any) last
    const exits = (branches: Array<{ to: number; cond: Ex; code: Ex[] }>): Ex[] => {
      const out: Ex[] = [];
      for (const br of branches) {
        if (br.cond) out.push(m.if(br.cond, m.block(null, goTo(br.to, br.code), binaryen.none)));
        else { out.push(...goTo(br.to, br.code)); return out; }
      }
      out.push(m.unreachable());
      return out;
    };
    const cases: Ex[][] = this.segs.map((sg) => [...sg.code, ...exits(sg.branches.map((b) => ({ to: target(b.to), cond: b.cond, code: b.code })))]);
    cases.push([...this.releaseVars(), this.L.depthLeave(), m.return(this.ERR)]);
    const names = cases.map((_, k) => `c${k}`);
    let inner: Ex = m.block(names[0]!, [m.switch(names, names[0]!, m.local.get(label, i32))], binaryen.none);
    for (let k = 0; k < cases.length; k++) {
      inner = k + 1 < cases.length
        ? m.block(names[k + 1]!, [inner, ...cases[k]!], binaryen.none)
        : m.block(null, [inner, ...cases[k]!], binaryen.none);
    }
    // entry: prologue, then generator resume points or block 0
    const entry: Array<{ to: number; cond: Ex; code: Ex[] }> = [];
    this.resumes.forEach((blk, k) => {
      const state = m.i32.load(0, 4, m.i32.sub(this.lget(this.slotsLocal), m.i32.const(20)));
      entry.push({ to: index.get(this.blockEntry.get(blk)!)!, cond: m.i32.eq(state, m.i32.const(k + 1)), code: [] });
    });
    const entryCode: Ex[] = [];
    for (const br of entry) entryCode.push(m.if(br.cond, m.local.set(label, m.i32.const(br.to)), undefined));
    const first = index.get(this.blockEntry.get(0)!)!;
    // the label defaults to block 0 unless a resume condition set it (conditions are exclusive)
    return m.block(null, [
      ...this.prologue(), m.local.set(label, m.i32.const(first)), ...entryCode,
      m.loop('d', inner), m.unreachable(),
    ], binaryen.none);
  }

  get vars(): number[] {
    return this.localTypes.slice(this.nparams);
  }

  private prologue(): Ex[] {
    // Every program frame counts towards the recursion limit (CPython counts
    // Python frames); checked before anything is owned, so failing is a plain return.
    const out: Ex[] = [this.L.depthEnter()];
    if (this.f.gen) {
      // take ownership of the parked vars; the slots hold ERROR (unbound) while running
      out.push(this.lset(this.slotsLocal, this.L.call('molt_gen_slots', [this.lget(this.selfLocal)], i32)));
      this.f.vars.forEach((v, k) => out.push(
        this.lset(this.varLocal.get(v)!, this.m.i64.load(k * 8, 8, this.lget(this.slotsLocal))),
        this.m.i64.store(k * 8, 8, this.lget(this.slotsLocal), this.ERR)));
      return out;
    }
    for (const v of this.f.vars) if (!this.f.paramVars.includes(v)) out.push(this.lset(this.varLocal.get(v)!, this.ERR));
    for (const p of this.borrowedParamsMadeOwned) out.push(this.incref(this.lget(this.varLocal.get(p)!)));
    return out;
  }

  private releaseVars(): Ex[] {
    return this.ownedVars.map((v) => this.decref(this.lget(this.varLocal.get(v)!)));
  }

  private newSeg(): Seg {
    const s: Seg = { code: [], branches: [] };
    this.segs.push(s);
    return s;
  }

  private errTarget(exc: number | null): BranchTarget {
    return exc === null ? { k: 'errexit' } : { k: 'block', id: exc };
  }

  private genBlock(b: Block): void {
    let seg = this.newSeg();
    this.blockEntry.set(b.id, seg);
    // live-after sets per instruction (backward)
    const n = b.instrs.length;
    const liveAfter: Array<Set<number>> = new Array(n + 1);
    let live = new Set<number>();
    if (b.term) {
      for (const s of termSuccs(b.term)) for (const t of this.liveIn[s]!) live.add(t);
      if (b.term.t === 'iter_next') live.delete(b.term.dst);
      for (const o of termUses(b.term)) if (o.k === 'temp') live.add(o.id);
    }
    liveAfter[n] = live;
    for (let i = n - 1; i >= 0; i--) {
      liveAfter[i] = live;
      const ins = b.instrs[i]!.ins;
      live = new Set(live);
      for (const d of instrDefs(ins)) live.delete(d);
      for (const o of instrUses(ins)) if (o.k === 'temp') live.add(o.id);
    }
    for (let i = 0; i < n; i++) {
      const li = b.instrs[i]!;
      const after = liveAfter[i]!;
      const before = new Set(after);
      for (const d of instrDefs(li.ins)) before.delete(d);
      for (const o of instrUses(li.ins)) if (o.k === 'temp') before.add(o.id);
      const g = this.genInstr(li, after);
      seg.code.push(...g.pre);
      if (g.fail !== null && isFallible(li.ins)) {
        const next = this.newSeg();
        const errCode = [...g.failCode, ...(li.noTb ? [] : [this.L.tbAdd(this.f.sym, li.line, li.at, li.attrAt)]), ...this.decrefTemps(before)];
        seg.branches.push({ to: this.errTarget(li.exc), cond: g.fail, code: errCode });
        seg.branches.push({ to: { k: 'seg', seg: next }, cond: 0, code: [] });
        seg = next;
      }
      seg.code.push(...g.post);
      // release temps that die here
      const dying: number[] = [];
      for (const o of instrUses(li.ins)) if (o.k === 'temp' && !after.has(o.id) && !g.moved.has(o.id) && !dying.includes(o.id)) dying.push(o.id);
      for (const d of instrDefs(li.ins)) if (!after.has(d) && !dying.includes(d)) dying.push(d);
      seg.code.push(...this.decrefTemps(dying));
    }
    this.genTerm(b, seg, liveAfter[n]!);
  }

  private edgeDecrefs(liveBeforeTerm: Set<number>, to: number, exclude?: number): Ex[] {
    const li = this.liveIn[to]!;
    return this.decrefTemps([...liveBeforeTerm].filter((t) => !li.has(t) && t !== exclude));
  }

  private genTerm(b: Block, seg: Seg, liveBefore: Set<number>): void {
    const t = b.term!;
    const m = this.m;
    switch (t.t) {
      case 'br':
        seg.branches.push({ to: { k: 'block', id: t.to }, cond: 0, code: this.edgeDecrefs(liveBefore, t.to) });
        return;
      case 'condbr': {
        seg.code.push(this.lset(this.scratch32, this.operand(t.cond)));
        seg.branches.push({ to: { k: 'block', id: t.then }, cond: this.lget(this.scratch32), code: this.edgeDecrefs(liveBefore, t.then) });
        seg.branches.push({ to: { k: 'block', id: t.else }, cond: 0, code: this.edgeDecrefs(liveBefore, t.else) });
        return;
      }
      case 'yield': {
        const a = t.a;
        seg.code.push(this.lset(this.scratch64, this.operand(a)));
        if (a.k !== 'temp') seg.code.push(this.incref(this.lget(this.scratch64)));
        const others = [...liveBefore].filter((x) => !(a.k === 'temp' && a.id === x));
        const slots = this.lget(this.slotsLocal);
        this.resumes.push(t.resume);
        seg.code.push(...this.decrefTemps(others),
          ...this.f.vars.map((v, k) => m.i64.store(k * 8, 8, this.lget(this.slotsLocal), this.lget(this.varLocal.get(v)!))),
          m.i32.store(0, 4, m.i32.sub(slots, m.i32.const(20)), m.i32.const(this.resumes.length)),
          this.L.depthLeave(), m.return(this.lget(this.scratch64)));
        return;
      }
      case 'ret': {
        const a = t.a;
        if (this.f.gen) { // exhausted: STOP (the runtime marks the generator finished)
          seg.code.push(...this.decrefTemps(liveBefore), ...this.releaseVars(), this.L.depthLeave(), m.return(this.c64(STOP)));
          return;
        }
        seg.code.push(this.lset(this.scratch64, this.operand(a)));
        if (a.k !== 'temp' && !this.isInt(a)) seg.code.push(this.incref(this.lget(this.scratch64)));
        const others = [...liveBefore].filter((x) => !(a.k === 'temp' && a.id === x));
        seg.code.push(...this.decrefTemps(others), ...this.releaseVars(), this.L.depthLeave(), m.return(this.lget(this.scratch64)));
        return;
      }
      case 'iter_next': {
        const dl = this.tempLocal[t.dst]!;
        seg.code.push(this.lset(dl, this.L.call('molt_iter_next', [this.operand(t.it)], i64)));
        const errCode = [this.L.tbAdd(this.f.sym, b.termLine, b.termAt), ...this.decrefTemps(liveBefore)];
        seg.branches.push({ to: this.errTarget(b.termExc), cond: this.isErr(this.lget(dl)), code: errCode });
        seg.branches.push({ to: { k: 'block', id: t.done }, cond: m.i64.eq(this.lget(dl), this.c64(STOP)), code: this.edgeDecrefs(liveBefore, t.done, t.dst) });
        seg.branches.push({ to: { k: 'block', id: t.body }, cond: 0, code: this.edgeDecrefs(liveBefore, t.body, t.dst) });
        return;
      }
      case 'unreachable':
        seg.code.push(m.unreachable());
        return;
    }
  }

  // ------------------------------------------------------------ instructions

  /** Arguments into a value-stack vector; returns [setup code, argv expr, cleanup]. */
  private argv(items: Operand[]): { setup: Ex[]; ptr: Ex; pop: Ex[] } {
    if (items.length === 0) return { setup: [], ptr: this.m.i32.const(0), pop: [] };
    const p = this.addLocal(i32);
    const setup = [this.lset(p, this.L.call('molt_stack_push', [this.m.i32.const(items.length)], i32))];
    items.forEach((o, i) => setup.push(this.m.i64.store(i * 8, 8, this.lget(p), this.operand(o))));
    return { setup, ptr: this.lget(p), pop: [this.L.call('molt_stack_pop', [this.m.i32.const(items.length)], binaryen.none)] };
  }

  /** Direct call; small-int arguments (known, or tested here) go to the int clone. */
  private directCall(fn: string, args: Operand[]): Ex {
    const m = this.m;
    const clone = this.L.intClone(fn);
    const plain = () => m.call(fn, args.map((a) => this.operand(a)), i64);
    if (clone === null) return plain();
    const call = m.call(clone, args.map((a) => this.operand(a)), i64);
    const tests = args.filter((a) => !this.isInt(a))
      .map((a) => m.i64.eq(m.i64.shr_u(this.operand(a), m.i64.const(48n)), m.i64.const(0xfff9n)));
    if (tests.length === 0) return call;
    return m.if(tests.reduce((x, y) => m.i32.and(x, y)), call, plain());
  }

  private genInstr(li: Located<Instr>, after: Set<number>): { pre: Ex[]; fail: Ex | null; failCode: Ex[]; post: Ex[]; moved: Set<number> } {
    const m = this.m, L = this.L;
    const i = li.ins;
    const pre: Ex[] = [], post: Ex[] = [], failCode: Ex[] = [];
    const moved = new Set<number>();
    let fail: Ex | null = null;
    const dies = (o: Operand) => o.k === 'temp' && !after.has(o.id);
    /** value of `a` as a new reference (moves a dying temp). */
    const owned = (a: Operand): { e: Ex; inc: boolean } => {
      if (dies(a)) { moved.add((a as { id: number }).id); return { e: this.operand(a), inc: false }; }
      return { e: this.operand(a), inc: !this.isInt(a) && (a.k !== 'const' || L.constNeedsRef(a.c)) };
    };
    const dstSet = (dst: number, e: Ex) => this.lset(this.tempLocal[dst]!, e);
    const dstGet = (dst: number) => this.lget(this.tempLocal[dst]!);
    const objCall = (dst: number, fn: string, args: Ex[]) => {
      pre.push(dstSet(dst, L.call(fn, args, i64)));
      fail = this.isErr(dstGet(dst));
    };
    switch (i.op) {
      case 'copy': {
        const o = owned(i.a);
        pre.push(dstSet(i.dst, o.e));
        if (o.inc) pre.push(this.incref(dstGet(i.dst)));
        break;
      }
      case 'store': {
        const idx = this.varLocal.get(i.var)!;
        const o = owned(i.a);
        pre.push(this.lset(this.scratch64, this.lget(idx)), this.lset(idx, o.e));
        if (o.inc) pre.push(this.incref(this.lget(idx)));
        pre.push(this.decref(this.lget(this.scratch64)));
        break;
      }
      case 'check_bound': {
        fail = this.isErr(this.lget(this.varLocal.get(i.var)!));
        failCode.push(m.drop(L.call('molt_raise_unbound', [L.strConst(i.name), m.i32.const(i.kind)], i64)));
        break;
      }
      case 'del_var': {
        const idx = this.varLocal.get(i.var)!;
        pre.push(this.decref(this.lget(idx)), this.lset(idx, this.ERR));
        break;
      }
      case 'load_global': {
        const g = L.globalName(i.name);
        const d = this.tempLocal[i.dst]!;
        pre.push(this.lset(d, m.global.get(g, i64)));
        if (i.builtinFallback) {
          const bg = L.builtinGlobal(i.name);
          pre.push(m.if(this.isErr(this.lget(d)), m.block(null, [
            this.lset(d, m.global.get(bg, i64)),
            m.if(this.isErr(this.lget(d)), m.block(null, [
              this.lset(d, L.call('molt_builtin', [L.strConst(i.name)], i64)),
              m.if(m.i32.eqz(this.isErr(this.lget(d))), m.global.set(bg, this.lget(d))),
            ])),
          ])));
        } else {
          failCode.push(m.drop(L.call('molt_raise_unbound', [L.strConst(i.name), m.i32.const(2)], i64)));
        }
        fail = this.isErr(this.lget(d));
        post.push(this.incref(this.lget(d)));
        break;
      }
      case 'store_global': {
        const g = L.globalName(i.name);
        const o = owned(i.a);
        pre.push(this.lset(this.scratch64, m.global.get(g, i64)), m.global.set(g, o.e));
        if (o.inc) pre.push(this.incref(m.global.get(g, i64)));
        pre.push(this.decref(this.lget(this.scratch64)));
        break;
      }
      case 'del_global': {
        const g = L.globalName(i.name);
        fail = this.isErr(m.global.get(g, i64));
        failCode.push(m.drop(L.call('molt_raise_unbound', [L.strConst(i.name), m.i32.const(2)], i64)));
        post.push(this.decref(m.global.get(g, i64)), m.global.set(g, this.ERR));
        break;
      }
      case 'cell_get':
        objCall(i.dst, 'molt_cell_get', [this.operand(i.cell)]);
        failCode.push(m.drop(L.call('molt_raise_unbound', [L.strConst(i.name), m.i32.const(i.kind)], i64)));
        break;
      case 'cell_set':
        pre.push(L.call('molt_cell_set', [this.operand(i.cell), this.operand(i.a)], binaryen.none));
        break;
      case 'binop': {
        if ((i.bop === 'add' || i.bop === 'sub') && this.isInt(i.a) && this.isInt(i.b)) {
          // small ints: 49-bit raw result; box it when it fits 48 bits, else the runtime (big int)
          const sx = (e: Ex) => m.i64.shr_s(m.i64.shl(e, m.i64.const(16n)), m.i64.const(16n));
          const r = () => this.lget(this.scratch64);
          pre.push(this.lset(this.scratch64, (i.bop === 'add' ? m.i64.add : m.i64.sub)(sx(this.operand(i.a)), sx(this.operand(i.b)))),
            dstSet(i.dst, m.if(m.i64.eq(sx(r()), r()),
              m.i64.or(m.i64.and(r(), m.i64.const(0xffffffffffffn)), this.c64(TAG_INT)),
              L.call(`molt_${i.inplace ? 'inplace' : i.bop}`, [...(i.inplace ? [m.i32.const(i.bop === 'add' ? 0 : 1)] : []), this.operand(i.a), this.operand(i.b)], i64))));
          fail = this.isErr(dstGet(i.dst));
          break;
        }
        const fn = i.inplace ? L.inplaceHelper(i.bop) : L.binopHelper(i.bop);
        objCall(i.dst, fn, [this.operand(i.a), this.operand(i.b)]);
        break;
      }
      case 'cmp':
        if (i.bool && this.isInt(i.a) && this.isInt(i.b)) {
          const iop = { eq: m.i64.eq, ne: m.i64.ne, lt: m.i64.lt_s, le: m.i64.le_s, gt: m.i64.gt_s, ge: m.i64.ge_s }[i.cop];
          const sh = (e: Ex) => m.i64.shl(e, m.i64.const(16n));
          pre.push(dstSet(i.dst, iop(sh(this.operand(i.a)), sh(this.operand(i.b)))));
          break;
        }
        if (i.bool) {
          pre.push(dstSet(i.dst, L.call(L.cmpHelper(i.cop, true), [this.operand(i.a), this.operand(i.b)], i32)));
          fail = m.i32.lt_s(dstGet(i.dst), m.i32.const(0));
        } else objCall(i.dst, L.cmpHelper(i.cop, false), [this.operand(i.a), this.operand(i.b)]);
        break;
      case 'is':
        pre.push(dstSet(i.dst, m.i64.eq(this.operand(i.a), this.operand(i.b))));
        break;
      case 'truthy':
        pre.push(dstSet(i.dst, L.call(L.truthyHelper(), [this.operand(i.a)], i32)));
        fail = m.i32.lt_s(dstGet(i.dst), m.i32.const(0));
        break;
      case 'not':
        pre.push(dstSet(i.dst, m.i32.eqz(this.operand(i.a))));
        break;
      case 'box_bool':
        pre.push(dstSet(i.dst, m.i64.or(this.c64(TAG_BOOL), m.i64.extend_u(this.operand(i.a)))));
        break;
      case 'rt': {
        const args = [...i.args.map((a) => this.operand(a)), ...(i.i32s ?? []).map((n) => m.i32.const(n))];
        if (i.ret === 'raise' && i.fn === '') { fail = m.i32.const(1); break; }
        switch (i.ret) {
          case 'obj': objCall(i.dst!, i.fn, args); break;
          case 'obj_nofail': pre.push(dstSet(i.dst!, L.call(i.fn, args, i64))); break;
          case 'status':
            pre.push(this.lset(this.scratch64, L.call(i.fn, args, i64)));
            fail = this.isErr(this.lget(this.scratch64));
            break;
          case 'raise':
            pre.push(m.drop(L.call(i.fn, args, i64)));
            fail = m.i32.const(1);
            break;
          case 'i32':
            pre.push(dstSet(i.dst!, L.call(i.fn, args, i32)));
            fail = m.i32.lt_s(dstGet(i.dst!), m.i32.const(0));
            break;
          case 'void':
            pre.push(L.call(i.fn, args, binaryen.none));
            break;
        }
        break;
      }
      case 'build': {
        const fn = { tuple: 'molt_tuple_from', list: 'molt_list_from', set: 'molt_set_from', set_consts: 'molt_set_from_consts', dict: 'molt_dict_from', str: 'molt_str_concat' }[i.kind];
        const av = this.argv(i.items);
        const n = i.kind === 'dict' ? i.items.length / 2 : i.items.length;
        pre.push(...av.setup, dstSet(i.dst, L.call(fn, [av.ptr, m.i32.const(n)], i64)), ...av.pop);
        fail = this.isErr(dstGet(i.dst));
        break;
      }
      case 'call': case 'call_method': {
        const av = this.argv(i.args);
        const npos = i.args.length - i.kwnames.length;
        const kw = i.kwnames.length ? L.kwnamesConst(i.kwnames) : this.c64(NONE);
        const call = i.op === 'call'
          ? L.call('molt_call', [this.operand(i.callee), av.ptr, m.i32.const(npos), kw], i64)
          : L.call('molt_call_method', [this.operand(i.obj), L.strConst(i.name), av.ptr, m.i32.const(npos), kw], i64);
        pre.push(...av.setup, dstSet(i.dst, call), ...av.pop);
        fail = this.isErr(dstGet(i.dst));
        break;
      }
      case 'call_direct': {
        const g = L.globalName(i.guard);
        pre.push(m.if(this.isErr(m.global.get(g, i64)),
          dstSet(i.dst, L.call('molt_raise_unbound', [L.strConst(i.guard), m.i32.const(2)], i64)),
          dstSet(i.dst, this.directCall(i.fn, i.args))));
        fail = this.isErr(dstGet(i.dst));
        break;
      }
      case 'unpack': {
        const n = i.dsts.length;
        const p = this.addLocal(i32);
        pre.push(this.lset(p, L.call('molt_stack_push', [m.i32.const(n)], i32)));
        const st = i.star < 0
          ? L.call('molt_unpack', [this.operand(i.a), m.i32.const(n), this.lget(p)], i32)
          : L.call('molt_unpack_ex', [this.operand(i.a), m.i32.const(i.star), m.i32.const(n - i.star - 1), this.lget(p)], i32);
        pre.push(this.lset(this.scratch32, st));
        i.dsts.forEach((d, k) => pre.push(dstSet(d, m.i64.load(k * 8, 8, this.lget(p)))));
        pre.push(L.call('molt_stack_pop', [m.i32.const(n)], binaryen.none));
        fail = m.i32.lt_s(this.lget(this.scratch32), m.i32.const(0));
        break;
      }
      case 'func_new': {
        const fi = L.functionInfo(i.fn);
        objCall(i.dst, 'molt_func_new', [
          m.i32.const(fi.tableIndex), L.strConst(fi.fn.name), L.strConst(fi.fn.qualname), L.paramsConst(fi.fn.sig.names),
          m.i32.const(fi.fn.sig.nposonly), m.i32.const(fi.fn.sig.npos), m.i32.const(fi.fn.sig.nkwonly),
          m.i32.const((fi.fn.sig.varargs ? 1 : 0) | (fi.fn.sig.varkw ? 2 : 0)),
          this.operand(i.defaults), this.operand(i.kwdefaults), this.operand(i.closure),
        ]);
        break;
      }
      case 'gen_new': {
        const fi = L.functionInfo(i.fn);
        const g = dstGet(i.dst);
        pre.push(dstSet(i.dst, L.call('molt_gen_new', [m.i32.const(fi.tableIndex), m.i32.const(fi.fn.vars.length), L.frameRecord(i.fn)], i64)));
        const init: Ex[] = [this.lset(this.scratch32, L.call('molt_gen_slots', [dstGet(i.dst)], i32))];
        for (const x of i.init) {
          init.push(this.m.i64.store(fi.fn.vars.indexOf(x.var) * 8, 8, this.lget(this.scratch32), this.operand(x.a)), this.incref(this.operand(x.a)));
        }
        pre.push(m.if(m.i32.eqz(this.isErr(g)), m.block(null, init, binaryen.none)));
        fail = this.isErr(dstGet(i.dst));
        break;
      }
      case 'func_cell':
        pre.push(dstSet(i.dst, L.call('molt_func_cell', [this.lget(this.selfLocal), m.i32.const(i.i)], i64)), this.incref(dstGet(i.dst)));
        break;
      case 'exc_fetch':
        pre.push(dstSet(i.dst, L.call('molt_err_fetch', [], i64)));
        break;
    }
    return { pre, fail, failCode, post, moved };
  }
}
