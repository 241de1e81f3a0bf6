// Small wasm helper functions with inline fast paths (small ints, floats,
// bools) that fall back to runtime intrinsics; binaryen inlines them.
import binaryen from 'binaryen';
import type { BinOpName, CmpName } from '../ir/ir.js';
import type { Linker } from './module.js';
import { CANON_NAN, ERROR, NONE, TAG_BOOL, TAG_INT, s64 } from './values.js';

type Ex = number;
const i64 = binaryen.i64;
const i32 = binaryen.i32;
const f64 = binaryen.f64;
const INPLACE_CODE: Record<BinOpName, number> = {
  add: 0, sub: 1, mul: 2, matmul: 3, truediv: 4, floordiv: 5, mod: 6, pow: 7, lshift: 8, rshift: 9, and: 10, or: 11, xor: 12,
};

export class Helpers {
  private readonly made = new Set<string>();
  constructor(private readonly L: Linker) {}

  private get m(): binaryen.Module { return this.L.m; }
  private c(bits: bigint): Ex { return this.m.i64.const(s64(bits)); }
  private tag(e: Ex): Ex { return this.m.i64.shr_u(e, this.m.i64.const(48n)); }
  private isTag(e: Ex, t: number): Ex { return this.m.i64.eq(this.tag(e), this.m.i64.const(BigInt(t))); }
  /** Sign-extended 48-bit payload. */
  private sx(e: Ex): Ex { return this.m.i64.shr_s(this.m.i64.shl(e, this.m.i64.const(16n)), this.m.i64.const(16n)); }
  private box(e: Ex): Ex { return this.m.i64.or(this.m.i64.and(e, this.m.i64.const(0xffffffffffffn)), this.c(TAG_INT)); }
  private isFloat(e: Ex): Ex { return this.m.i64.le_u(this.tag(e), this.m.i64.const(0xfff8n)); }
  private bothInts(a: Ex, b: Ex): Ex { return this.m.i32.and(this.isTag(a, 0xfff9), this.isTag(b, 0xfff9)); }
  private bothFloats(a: Ex, b: Ex): Ex { return this.m.i32.and(this.isFloat(a), this.isFloat(b)); }
  private f(e: Ex): Ex { return this.m.f64.reinterpret(e); }
  private boxF(e: Ex, tmp: number): Ex {
    const m = this.m;
    return m.block(null, [
      m.local.set(tmp, e),
      m.select(m.f64.ne(m.local.get(tmp, f64), m.local.get(tmp, f64)), this.c(CANON_NAN), m.i64.reinterpret(m.local.get(tmp, f64))),
    ], i64);
  }

  private once(name: string, make: () => void): string {
    if (!this.made.has(name)) {
      this.made.add(name);
      make();
    }
    return name;
  }

  incref(): string {
    return this.once('h.incref', () => {
      const m = this.m;
      m.addFunction('h.incref', i64, binaryen.none, [], m.if(this.isTag(m.local.get(0, i64), 0xfffc), this.L.call('molt_incref', [m.local.get(0, i64)], binaryen.none)));
    });
  }

  decref(): string {
    return this.once('h.decref', () => {
      const m = this.m;
      m.addFunction('h.decref', i64, binaryen.none, [], m.if(this.isTag(m.local.get(0, i64), 0xfffc), this.L.call('molt_decref', [m.local.get(0, i64)], binaryen.none)));
    });
  }

  /** a op b with small-int / float fast paths. */
  binop(op: BinOpName, inplace: boolean): string {
    const name = `h.${inplace ? 'i' : ''}${op}`;
    return this.once(name, () => {
      const m = this.m;
      const a = () => m.local.get(0, i64), b = () => m.local.get(1, i64);
      const r = 2, tf = 3;
      const slow = inplace
        ? this.L.call('molt_inplace', [m.i32.const(INPLACE_CODE[op]), a(), b()], i64)
        : this.L.call(`molt_${op}`, [a(), b()], i64);
      const body: Ex[] = [];
      const fitsReturn = () => m.if(m.i64.eq(this.sx(m.local.get(r, i64)), m.local.get(r, i64)), m.return(this.box(m.local.get(r, i64))));
      if (op === 'add' || op === 'sub') {
        body.push(m.if(this.bothInts(a(), b()), m.block(null, [
          m.local.set(r, (op === 'add' ? m.i64.add : m.i64.sub)(this.sx(a()), this.sx(b()))),
          fitsReturn(),
        ])));
      } else if (op === 'mul') {
        // |a|,|b| < 2^23 keeps the product within 46 bits
        const small = (e: Ex) => m.i64.lt_u(m.i64.add(this.sx(e), m.i64.const(1n << 23n)), m.i64.const(1n << 24n));
        body.push(m.if(m.i32.and(this.bothInts(a(), b()), m.i32.and(small(a()), small(b()))),
          m.return(this.box(m.i64.mul(this.sx(a()), this.sx(b()))))));
      } else if (op === 'and' || op === 'or' || op === 'xor') {
        const fn = op === 'and' ? m.i64.and : op === 'or' ? m.i64.or : m.i64.xor;
        body.push(m.if(this.bothInts(a(), b()), m.return(this.box(fn(this.sx(a()), this.sx(b()))))));
      } else if (op === 'floordiv' || op === 'mod') {
        // Python floor semantics for small ints; b == 0 goes to the runtime (ZeroDivisionError)
        const q = 4, rem = 5;
        body.push(m.if(m.i32.and(this.bothInts(a(), b()), m.i64.ne(this.sx(b()), m.i64.const(0n))), m.block(null, [
          m.local.set(q, m.i64.div_s(this.sx(a()), this.sx(b()))),
          m.local.set(rem, m.i64.rem_s(this.sx(a()), this.sx(b()))),
          m.if(m.i32.and(m.i64.ne(m.local.get(rem, i64), m.i64.const(0n)),
            m.i64.lt_s(m.i64.xor(m.local.get(rem, i64), this.sx(b())), m.i64.const(0n))),
          m.block(null, [
            m.local.set(q, m.i64.sub(m.local.get(q, i64), m.i64.const(1n))),
            m.local.set(rem, m.i64.add(m.local.get(rem, i64), this.sx(b()))),
          ])),
          m.local.set(r, m.local.get(op === 'floordiv' ? q : rem, i64)),
          fitsReturn(),
        ])));
      }
      if (op === 'add' || op === 'sub' || op === 'mul' || op === 'truediv') {
        const fop = { add: m.f64.add, sub: m.f64.sub, mul: m.f64.mul, truediv: m.f64.div }[op];
        const guard = op === 'truediv'
          ? m.i32.and(this.bothFloats(a(), b()), m.f64.ne(this.f(b()), m.f64.const(0)))
          : this.bothFloats(a(), b());
        body.push(m.if(guard, m.return(this.boxF(fop(this.f(a()), this.f(b())), tf))));
      }
      body.push(m.return(slow));
      m.addFunction(name, binaryen.createType([i64, i64]), i64, [i64, f64, i64, i64], m.block(null, body, binaryen.none));
    });
  }

  /** Comparison; `bool` variant returns i32 (1/0, -1 on error). */
  cmp(op: CmpName, bool: boolean): string {
    const name = `h.${op}${bool ? '.i32' : ''}`;
    return this.once(name, () => {
      const m = this.m;
      const a = () => m.local.get(0, i64), b = () => m.local.get(1, i64);
      const iop = { eq: m.i64.eq, ne: m.i64.ne, lt: m.i64.lt_s, le: m.i64.le_s, gt: m.i64.gt_s, ge: m.i64.ge_s }[op];
      const fop = { eq: m.f64.eq, ne: m.f64.ne, lt: m.f64.lt, le: m.f64.le, gt: m.f64.gt, ge: m.f64.ge }[op];
      const sh = (e: Ex) => m.i64.shl(e, m.i64.const(16n));
      const wrap = (e: Ex) => (bool ? e : m.i64.or(this.c(TAG_BOOL), m.i64.extend_u(e)));
      const body: Ex[] = [
        m.if(this.bothInts(a(), b()), m.return(wrap(iop(sh(a()), sh(b()))))),
        m.if(this.bothFloats(a(), b()), m.return(wrap(fop(this.f(a()), this.f(b()))))),
      ];
      const slow = this.L.call(`molt_${op}`, [a(), b()], i64);
      if (!bool) {
        body.push(m.return(slow));
        m.addFunction(name, binaryen.createType([i64, i64]), i64, [], m.block(null, body, binaryen.none));
        return;
      }
      const r = 2, t = 3;
      body.push(
        m.local.set(r, slow),
        m.if(m.i64.eq(m.local.get(r, i64), this.c(ERROR)), m.return(m.i32.const(-1))),
        m.local.set(t, m.call(this.truthy(), [m.local.get(r, i64)], i32)),
        m.call(this.decref(), [m.local.get(r, i64)], binaryen.none),
        m.return(m.local.get(t, i32)),
      );
      m.addFunction(name, binaryen.createType([i64, i64]), i32, [i64, i32], m.block(null, body, binaryen.none));
    });
  }

  /** bool(x) as i32, -1 on error. */
  truthy(): string {
    return this.once('h.truthy', () => {
      const m = this.m;
      const x = () => m.local.get(0, i64);
      m.addFunction('h.truthy', i64, i32, [], m.block(null, [
        m.if(this.isTag(x(), 0xfffa), m.return(m.i32.wrap(m.i64.and(x(), m.i64.const(1n))))),
        m.if(this.isTag(x(), 0xfff9), m.return(m.i64.ne(m.i64.shl(x(), m.i64.const(16n)), m.i64.const(0n)))),
        m.if(m.i64.eq(x(), this.c(NONE)), m.return(m.i32.const(0))),
        m.return(this.L.call('molt_truthy', [x()], i32)),
      ], binaryen.none));
    });
  }
}
