// Links a Molt IR module into the runtime core module: program functions,
// generic entries in the runtime's function table, constants built at
// start-up from one passive data segment, `_start`; then strips the
// runtime's exports and optimizes the whole module.
import binaryen from 'binaryen';
import { mergeDataSegments } from './prune-data.js';
import { CORE_FEATURES } from './features.js';
import type { BinOpName, CmpName, Const, IrFunction, IrModule } from '../ir/ir.js';
import { FunctionCodegen } from './function.js';
import { Helpers } from './helpers.js';
import { RUNTIME_FUNCTIONS, RUNTIME_SIGS, type RuntimeFunction } from './runtime-names.js';
import { ELLIPSIS, ERROR, FALSE, NONE, TRUE, boxFloat, boxSmallInt, isSmallInt, s64 } from './values.js';
import { markOf, type Mark, type PosNode } from '../ir/positions.js';

type Ex = number;
const i64 = binaryen.i64;
const i32 = binaryen.i32;
/** Active program frames (recursion limit). */
const DEPTH = 'molt.depth';

export interface LinkOptions {
  optimize: boolean;
  /** Called with the names of intrinsics the runtime lacks (they are stubbed with a trap). */
  onMissing?: (names: string[]) => void;
}

interface ConstEntry {
  global: string;
  kind: 'str' | 'bytes' | 'bigint' | 'complex' | 'tuple';
  bytes?: Uint8Array;
  offset?: number;
  re?: number;
  im?: number;
  items?: string[]; // tuple of str constants (global names)
}

function sigType(sig: string): { params: number; result: number } {
  const [p, r] = sig.split('>') as [string, string];
  const map = (ch: string) => (ch === 'j' ? i64 : ch === 'i' ? i32 : ch === 'd' ? binaryen.f64 : binaryen.none);
  return { params: binaryen.createType([...p].map(map)), result: map(r) };
}

/** UTF-8 of a JS string; lone surrogates become WTF-8 (generalized UTF-8). */
export function wtf8(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

export class Linker {
  readonly m: binaryen.Module;
  private readonly rtInternal = new Map<string, string>();
  private readonly missing = new Set<string>();
  private readonly consts = new Map<string, ConstEntry>();
  private readonly constList: ConstEntry[] = [];
  private readonly globals = new Set<string>();
  private readonly fnInfo = new Map<string, { fn: IrFunction; tableIndex: number }>();
  private readonly helpers: Helpers;
  private tableName = '';
  private tableBase = 0;

  constructor(runtimeWasm: Uint8Array, private readonly ir: IrModule) {
    this.m = binaryen.readBinary(runtimeWasm);
    this.m.setFeatures(CORE_FEATURES);
    for (let i = 0; i < this.m.getNumExports(); i++) {
      const info = binaryen.getExportInfo(this.m.getExportByIndex(i));
      if (info.kind === binaryen.ExternalFunction) this.rtInternal.set(info.name, info.value);
    }
    this.helpers = new Helpers(this);
  }

  // ------------------------------------------------------------ services for codegen

  /** Call a runtime intrinsic (molt_*) or a backend helper. */
  call(name: string, args: Ex[], result: number): Ex {
    // Optional intrinsics (a minimal runtime, e.g. the unit tests' mock, may lack them).
    if (!this.rtInternal.has(name)) {
      if (name === 'molt_range_check') return this.m.i64.const(s64(NONE));
      if (name === 'molt_recursion_limit') return this.m.i32.const(1000);
      if (name === 'molt_set_from_consts') name = 'molt_set_from';
    }
    if (name.startsWith('molt_')) return this.m.call(this.runtime(name as RuntimeFunction), args, result);
    return this.m.call(name, args, result);
  }

  runtime(name: RuntimeFunction): string {
    const internal = this.rtInternal.get(name);
    if (internal !== undefined) return internal;
    const stub = `molt.missing.${name}`;
    if (!this.missing.has(name)) {
      this.missing.add(name);
      const { params, result } = sigType(RUNTIME_SIGS[name]);
      this.m.addFunction(stub, params, result, [], this.m.unreachable());
    }
    return stub;
  }

  hasRuntime(name: string): boolean {
    return this.rtInternal.has(name);
  }

  incref(e: Ex): Ex { return this.refOp(e, 'molt_incref', this.helpers.incref()); }
  decref(e: Ex): Ex { return this.refOp(e, 'molt_decref', this.helpers.decref()); }
  /** Inline pointer-tag test for a local (helpers are not inlined at shrink level 1). */
  private refOp(e: Ex, rt: string, helper: string): Ex {
    if (binaryen.getExpressionInfo(e).id !== binaryen.LocalGetId) return this.m.call(helper, [e], binaryen.none);
    const m = this.m;
    const again = m.copyExpression(e);
    return m.if(m.i64.eq(m.i64.shr_u(e, m.i64.const(48n)), m.i64.const(0xfffcn)), this.call(rt, [again], binaryen.none));
  }
  /** Symbol of the small-int specialization of a function, if it has one. */
  intClone(sym: string): string | null {
    return this.intCloneOf.has(sym) ? `${sym}$i` : null;
  }
  private readonly intCloneOf = new Set<string>();
  binopHelper(op: BinOpName): string { return this.helpers.binop(op, false); }
  inplaceHelper(op: BinOpName): string { return this.helpers.binop(op, true); }
  cmpHelper(op: CmpName, bool: boolean): string { return this.helpers.cmp(op, bool); }
  truthyHelper(): string { return this.helpers.truthy(); }

  constNeedsRef(_c: Const): boolean {
    return false; // program constants are immortal
  }

  private addConst(key: string, e: Omit<ConstEntry, 'global'>): string {
    let c = this.consts.get(key);
    if (!c) {
      c = { global: `c.${this.constList.length}`, ...e };
      this.consts.set(key, c);
      this.constList.push(c);
      this.m.addGlobal(c.global, i64, true, this.m.i64.const(s64(ERROR)));
    }
    return c.global;
  }

  strGlobal(s: string): string {
    return this.addConst('s:' + s, { kind: 'str', bytes: wtf8(s) });
  }

  strConst(s: string): Ex {
    return this.m.global.get(this.strGlobal(s), i64);
  }

  private tupleConst(names: string[]): Ex {
    const items = names.map((n) => this.strGlobal(n));
    return this.m.global.get(this.addConst('t:' + JSON.stringify(names), { kind: 'tuple', items }), i64);
  }
  kwnamesConst(names: string[]): Ex { return this.tupleConst(names); }
  paramsConst(names: string[]): Ex { return this.tupleConst(names); }

  constExpr(c: Const): Ex {
    const m = this.m;
    switch (c.k) {
      case 'none': return m.i64.const(s64(NONE));
      case 'bool': return m.i64.const(s64(c.v ? TRUE : FALSE));
      case 'ellipsis': return m.i64.const(s64(ELLIPSIS));
      case 'error': return m.i64.const(s64(ERROR));
      case 'float': return m.i64.const(boxFloat(c.v));
      case 'int':
        if (isSmallInt(c.v)) return m.i64.const(boxSmallInt(c.v));
        return m.global.get(this.addConst('i:' + c.v, { kind: 'bigint', bytes: wtf8(c.v.toString()) }), i64);
      case 'str': return this.strConst(c.v);
      case 'bytes': return m.global.get(this.addConst('b:' + Array.from(c.v).join(','), { kind: 'bytes', bytes: c.v }), i64);
      case 'complex': return m.global.get(this.addConst(`c:${c.re},${c.im}`, { kind: 'complex', re: c.re, im: c.im }), i64);
      case 'builtin': throw new Error('builtin constants are loaded through load_global');
    }
  }

  globalName(name: string): string {
    const g = `g.${name}`;
    if (!this.globals.has(g)) {
      this.globals.add(g);
      this.m.addGlobal(g, i64, true, this.m.i64.const(s64(ERROR)));
    }
    return g;
  }

  builtinGlobal(name: string): string {
    return this.globalName(`<builtin>.${name}`);
  }

  private frameGlobal(sym: string): string {
    return `f.${sym}`;
  }

  /** The frame record (molt_frame_info) of a program function. */
  frameRecord(sym: string): Ex {
    return this.m.global.get(this.frameGlobal(sym), i32);
  }

  tbAdd(sym: string, line: number, at?: PosNode, attrAt?: PosNode): Ex {
    const frame = this.m.global.get(this.frameGlobal(sym), i32);
    const c = (n: number): Ex => this.m.i32.const(n);
    const mk = at && at.lineno === line ? this.mark(at) : null;
    const cols = (m: Mark | null): number => (m ? m.s | (m.e << 16) : -1);
    const anchors = mk && mk.l >= 0 ? mk.l | (mk.r << 16) : -1;
    if (attrAt && attrAt.lineno === line) {
      return this.call('molt_tb_add_meth', [frame, c(line), c(cols(mk)), c(anchors), c(cols(this.mark(attrAt)))], binaryen.none);
    }
    if (!mk) return this.call('molt_tb_add', [frame, c(line)], binaryen.none);
    return this.call('molt_tb_add_pos', [frame, c(line), c(cols(mk)), c(anchors)], binaryen.none);
  }

  private srcLines: string[] | null = null;
  private mark(n: PosNode): Mark | null {
    this.srcLines ??= this.ir.source.split(/\r\n|\r|\n/);
    const m = markOf(n, this.srcLines);
    return m && m.e < 0xFFFF && m.r < 0x8000 ? m : null;
  }

  /** `++depth > limit`: raise RecursionError and return ERROR from the current function. */
  depthEnter(): Ex {
    const m = this.m;
    const d = () => m.global.get(DEPTH, i32);
    return m.block(null, [
      m.global.set(DEPTH, m.i32.add(d(), m.i32.const(1))),
      m.if(m.i32.gt_s(d(), this.recursionLimit()),
        m.block(null, [m.global.set(DEPTH, m.i32.sub(d(), m.i32.const(1))), m.return(this.call('molt_raise_recursion', [], i64))])),
    ], binaryen.none);
  }

  /**
   * The limit as an expression: the runtime's accessor is frozen against
   * inlining, so when its body is a plain read of a runtime global (possibly
   * wrapped to i32) we read that global ourselves; otherwise we call it.
   */
  private recursionLimit(): Ex {
    const m = this.m;
    const fallback = () => this.call('molt_recursion_limit', [], i32);
    const internal = this.rtInternal.get('molt_recursion_limit');
    if (internal === undefined) return fallback();
    let e = binaryen.getFunctionInfo(m.getFunction(internal)).body;
    let wrap = false;
    let info = binaryen.getExpressionInfo(e) as binaryen.ExpressionInfo & { op?: number; value?: number; name?: string };
    if (info.id === binaryen.UnaryId && info.op === binaryen.WrapInt64) {
      wrap = true;
      e = info.value!;
      info = binaryen.getExpressionInfo(e) as typeof info;
    }
    if (info.id !== binaryen.GlobalGetId || info.name === undefined) return fallback();
    const g = m.global.get(info.name, wrap ? binaryen.i64 : i32);
    return wrap ? m.i32.wrap(g) : g;
  }

  depthLeave(): Ex {
    return this.m.global.set(DEPTH, this.m.i32.sub(this.m.global.get(DEPTH, i32), this.m.i32.const(1)));
  }

  functionInfo(sym: string): { fn: IrFunction; tableIndex: number } {
    return this.fnInfo.get(sym)!;
  }

  // ------------------------------------------------------------ linking

  link(opts: LinkOptions): Uint8Array {
    const m = this.m;
    const fns = this.ir.functions;
    this.setupTable(fns.length);
    if (opts.optimize && !process.env.MOLT_OPT_WHOLE) {
      // Freeze the runtime: inlining then only rewrites program functions,
      // so only they need re-optimizing (see optimizeProgram).
      binaryen.setPassArgument('no-inline', '*');
      m.runPasses(['no-inline']);
      binaryen.setPassArgument('no-inline', null);
    }
    m.addGlobal(DEPTH, i32, true, m.i32.const(0));
    fns.forEach((f, i) => {
      this.fnInfo.set(f.sym, { fn: f, tableIndex: this.tableBase + i });
      m.addGlobal(this.frameGlobal(f.sym), i32, true, m.i32.const(0));
    });
    // directly called module-level functions get a clone specialized for
    // small-int arguments (call sites guard the argument tags)
    const direct = new Set([...this.ir.directCallable.values()].map((d) => d.sym));
    for (const f of fns) if (direct.has(f.sym) && !f.hasClosure && !f.gen && !f.isModule && f.paramVars.length > 0) this.intCloneOf.add(f.sym);
    for (const f of fns) {
      const cg = new FunctionCodegen(this, f);
      const body = cg.build();
      m.addFunction(f.sym, cg.paramTypes, i64, cg.vars, body);
      if (this.intCloneOf.has(f.sym)) {
        const cs = new FunctionCodegen(this, f, true);
        const cbody = cs.build(); // before .vars: building adds locals
        m.addFunction(`${f.sym}$i`, cs.paramTypes, i64, cs.vars, cbody);
      }
      if (!f.gen) this.addGenericEntry(f);
    }
    // generators' resume functions are called by the runtime directly: (gen) -> value
    m.addActiveElementSegment(this.tableName, 'molt.entries', fns.map((f) => (f.gen ? f.sym : `${f.sym}$g`)), m.i32.const(this.tableBase));
    this.addStart(fns[0]!);
    // exports: only memory and _start
    const exports: string[] = [];
    let memoryExport: string | null = null;
    for (let i = 0; i < m.getNumExports(); i++) {
      const info = binaryen.getExportInfo(m.getExportByIndex(i));
      exports.push(info.name);
      if (info.kind === binaryen.ExternalMemory) memoryExport = info.value;
    }
    for (const e of exports) m.removeExport(e);
    m.addMemoryExport(memoryExport ?? '0', 'memory');
    m.addFunctionExport('_start', '_start');
    if (this.missing.size) opts.onMissing?.([...this.missing]);
    if (!m.validate()) throw new Error('internal error: generated module does not validate');
    if (opts.optimize) {
      binaryen.setOptimizeLevel(3);
      binaryen.setShrinkLevel(1);
      if (process.env.MOLT_OPT_WHOLE) m.optimize();
      else this.optimizeProgram();
    }
    mergeDataSegments(m); // fewer segment headers (see prune-data.ts)
    return m.emitBinary();
  }

  /**
   * The runtime arrives optimized (-O3): re-optimizing all of it costs seconds
   * per build. Optimize what the program adds (its functions, generic entries,
   * helpers, _start) before and after inlining, then drop what is unused.
   */
  private optimizeProgram(): void {
    const m = this.m;
    m.runPasses(['remove-unused-module-elements']);
    const own: string[] = [];
    for (let i = 0; i < m.getNumFunctions(); i++) {
      const name = binaryen.getFunctionInfo(m.getFunctionByIndex(i)).name;
      if (this.isProgramFunction(name)) own.push(name);
    }
    for (const f of own) m.optimizeFunction(f);
    m.runPasses(['inlining-optimizing']);
    for (const f of own) if (m.getFunction(f)) m.optimizeFunction(f);
    m.runPasses(['remove-unused-module-elements']);
  }

  private isProgramFunction(name: string): boolean {
    return name.startsWith('py:') || name.startsWith('h.') || name === '_start'; // see helpers.ts names
  }

  private setupTable(count: number): void {
    const m = this.m;
    if (m.getNumTables() > 0) {
      const t = m.getTableByIndex(0);
      const info = binaryen.getTableInfo(t);
      this.tableName = info.name;
      this.tableBase = Math.max(info.initial, 1);
      const size = this.tableBase + count;
      const b = binaryen as unknown as Record<string, (...a: unknown[]) => void>;
      b['_BinaryenTableSetInitial']!(t, size);
      if (info.max !== undefined) b['_BinaryenTableSetMax']!(t, size);
    } else {
      this.tableName = 'molt.table';
      this.tableBase = 1;
      m.addTable(this.tableName, 1 + count, 1 + count);
    }
  }

  /** `(callee, argv, nargs, kwnames) -> result`: binds arguments, then calls the direct entry. */
  private addGenericEntry(f: IrFunction): void {
    const m = this.m;
    const sig = f.sig;
    const nslots = sig.names.length;
    const P = { callee: 0, argv: 1, nargs: 2, kw: 3 };
    const out = 4, res = 5;
    const self = f.hasClosure ? [m.local.get(P.callee, i64)] : [];
    const load = (base: Ex, k: number) => m.i64.load(k * 8, 8, base);
    const simple = !sig.varargs && !sig.varkw && sig.nkwonly === 0;
    const body: Ex[] = [];
    if (simple) {
      body.push(m.if(
        m.i32.and(m.i64.eq(m.local.get(P.kw, i64), m.i64.const(s64(NONE))), m.i32.eq(m.local.get(P.nargs, i32), m.i32.const(sig.npos))),
        m.return(m.call(f.sym, [...self, ...Array.from({ length: sig.npos }, (_, k) => load(m.local.get(P.argv, i32), k))], i64)),
      ));
    }
    body.push(
      m.local.set(out, this.call('molt_stack_push', [m.i32.const(Math.max(nslots, 1))], i32)),
      m.if(m.i32.lt_s(this.call('molt_bind_args', [m.local.get(P.callee, i64), m.local.get(P.argv, i32), m.local.get(P.nargs, i32), m.local.get(P.kw, i64), m.local.get(out, i32)], i32), m.i32.const(0)),
        m.block(null, [this.call('molt_stack_pop', [m.i32.const(Math.max(nslots, 1))], binaryen.none), m.return(m.i64.const(s64(ERROR)))])),
      m.local.set(res, m.call(f.sym, [...self, ...Array.from({ length: nslots }, (_, k) => load(m.local.get(out, i32), k))], i64)),
    );
    for (let k = 0; k < nslots; k++) body.push(this.decref(load(m.local.get(out, i32), k)));
    body.push(this.call('molt_stack_pop', [m.i32.const(Math.max(nslots, 1))], binaryen.none), m.return(m.local.get(res, i64)));
    m.addFunction(`${f.sym}$g`, binaryen.createType([i64, i32, i32, i64]), i64, [i32, i64], m.block(null, body, binaryen.none));
  }

  private addPassiveSegment(data: Uint8Array): string {
    const m = this.m;
    const mx = m as unknown as { getNumDataSegments(): number; getDataSegmentInfo(ref: number): unknown };
    const segs: binaryen.MemorySegment[] & Array<{ name?: string }> = [];
    const n = mx.getNumDataSegments();
    for (let i = 0; i < n; i++) {
      const info = mx.getDataSegmentInfo(m.getDataSegmentByIndex(i)) as unknown as { name: string; offset: number | null; data: ArrayBuffer; passive: boolean };
      segs.push({ name: info.name, data: new Uint8Array(info.data), passive: info.passive, offset: info.passive ? 0 : m.i32.const(info.offset ?? 0) } as never);
    }
    const name = 'molt.consts';
    segs.push({ name, data, passive: true, offset: 0 } as never);
    const mem = m.getMemoryInfo();
    let memExport: string | null = null;
    let internal = '0';
    for (let i = 0; i < m.getNumExports(); i++) {
      const info = binaryen.getExportInfo(m.getExportByIndex(i));
      if (info.kind === binaryen.ExternalMemory) { memExport = info.name; internal = info.value; break; }
    }
    if (memExport) m.removeExport(memExport);
    m.setMemory(mem.initial, mem.max ?? 65536, memExport, segs, mem.shared, mem.is64, internal);
    return name;
  }

  private addStart(modFn: IrFunction): void {
    const m = this.m;
    const body: Ex[] = [this.call('molt_runtime_init', [], binaryen.none)];
    // frame records and source text need their strings: register them first
    const fileG = this.strGlobal(this.ir.filename);
    const srcG = this.strGlobal(this.ir.source);
    const frameNames = this.ir.functions.map((f) => this.strGlobal(f.isModule ? '<module>' : f.name));
    // lay out all constant bytes
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (const c of this.constList) {
      if (c.bytes) { c.offset = size; chunks.push(c.bytes); size += c.bytes.length; }
    }
    const buf = 0; // local index
    if (size > 0) {
      const data = new Uint8Array(size);
      let o = 0;
      for (const ch of chunks) { data.set(ch, o); o += ch.length; }
      const seg = this.addPassiveSegment(data);
      body.push(
        m.local.set(buf, this.call('molt_alloc', [m.i32.const(size)], i32)),
        m.memory.init(seg, m.local.get(buf, i32), m.i32.const(0), m.i32.const(size)),
        m.data.drop(seg),
      );
    }
    const at = (c: ConstEntry) => m.i32.add(m.local.get(buf, i32), m.i32.const(c.offset!));
    const len = (c: ConstEntry) => m.i32.const(c.bytes!.length);
    const make = (c: ConstEntry, e: Ex) => body.push(m.global.set(c.global, e), this.call('molt_make_immortal', [m.global.get(c.global, i64)], binaryen.none));
    for (const c of this.constList) {
      if (c.kind === 'str') make(c, this.call('molt_str_from_utf8', [at(c), len(c)], i64));
      else if (c.kind === 'bytes') make(c, this.call('molt_bytes_from', [at(c), len(c)], i64));
      else if (c.kind === 'bigint') make(c, this.call('molt_int_from_decimal', [at(c), len(c)], i64));
      else if (c.kind === 'complex') make(c, this.call('molt_complex_new', [m.f64.const(c.re!), m.f64.const(c.im!)], i64));
    }
    for (const c of this.constList) {
      if (c.kind !== 'tuple') continue;
      const n = c.items!.length;
      body.push(m.local.set(1, this.call('molt_stack_push', [m.i32.const(Math.max(n, 1))], i32)));
      c.items!.forEach((g, k) => body.push(m.i64.store(k * 8, 8, m.local.get(1, i32), m.global.get(g, i64))));
      make(c, this.call('molt_tuple_from', [m.local.get(1, i32), m.i32.const(n)], i64));
      body.push(this.call('molt_stack_pop', [m.i32.const(Math.max(n, 1))], binaryen.none));
    }
    if (size > 0) body.push(this.call('molt_free', [m.local.get(buf, i32)], binaryen.none));
    this.ir.functions.forEach((f, k) => {
      body.push(m.global.set(this.frameGlobal(f.sym), this.call('molt_frame_info', [m.global.get(fileG, i64), m.global.get(frameNames[k]!, i64), m.i32.const(f.firstLine)], i32)));
    });
    body.push(this.call('molt_source_register', [m.global.get(fileG, i64), m.global.get(srcG, i64)], binaryen.none));
    const r = 2, status = 1;
    body.push(
      m.local.set(r, m.call(modFn.sym, [], i64)),
      m.if(m.i64.eq(m.local.get(r, i64), m.i64.const(s64(ERROR))),
        m.local.set(status, this.call('molt_report_uncaught', [], i32)),
        m.block(null, [this.decref(m.local.get(r, i64)), m.local.set(status, m.i32.const(0))])),
      this.call('molt_exit', [m.local.get(status, i32)], binaryen.none),
    );
    m.addFunction('_start', binaryen.none, binaryen.none, [i32, i32, i64], m.block(null, body, binaryen.none));
  }
}

export function linkProgram(ir: IrModule, runtimeWasm: Uint8Array, opts: LinkOptions): Uint8Array {
  const L = new Linker(runtimeWasm, ir);
  try {
    return L.link(opts);
  } finally {
    L.m.dispose();
  }
}

export const _internal = { RUNTIME_FUNCTIONS };
