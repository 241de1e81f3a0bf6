// Ranges whose bounds or length leave the machine-int fast path (CPython's
// PyLong-based range). Layout after the i64 fields of range.ts:
// 40 big flag u32 | 48 start | 56 stop | 64 step | 72 len (owned int values).
import { objNew, incref, decref } from "./object";
import { T_RANGE } from "./types";
import { boxPtr } from "./value";
import { intBinop, intCmp, intFitsI64, intToI64, intFromI64, intIsZero, OP_ADD, OP_SUB, OP_MUL, OP_FLOORDIV, OP_MOD } from "./int";
import { rangeNew, rangeStart, rangeStop, rangeStep, rangeLen } from "./range";
import { raiseLit } from "./errors";
import * as X from "./exceptions";
import { xxStep, xxFinish, fixHash } from "./hash";
import { intHash } from "./int";

const LIM: i64 = 1 << 62;
const ZERO: u64 = 0xFFF9_0000_0000_0000;
const ONE: u64 = 0xFFF9_0000_0000_0001; // below this, i64 range arithmetic cannot overflow

@inline export function rangeIsBig(p: u32): bool { return load<u32>(p, 40) != 0; }

function small(v: u64): bool {
  if (!intFitsI64(v)) return false;
  const x = intToI64(v);
  return x < LIM && x > -LIM;
}

@inline function nr(v: u64): u64 { incref(v); return v; }
// a op b consuming both operands.
function opOwn(op: i32, a: u64, b: u64): u64 { const r = intBinop(op, a, b); decref(a); decref(b); return r; }

/** range(start, stop, step) from int values (borrowed; step already non-zero). */
export function rangeFromInts(start: u64, stop: u64, step: u64): u64 {
  if (small(start) && small(stop) && small(step)) return rangeNew(intToI64(start), intToI64(stop), intToI64(step));
  // length = (hi - lo - 1) // |step| + 1 when lo < hi, else 0
  const neg = intCmp(step, ZERO) < 0; // step < 0
  const lo = neg ? stop : start, hi = neg ? start : stop;
  let len: u64;
  if (intCmp(lo, hi) >= 0) len = intFromI64(0);
  else {
    const diff = opOwn(OP_SUB, intBinop(OP_SUB, hi, lo), intFromI64(1));
    const ast = neg ? intBinop(OP_SUB, intFromI64(0), step) : intBinop(OP_ADD, step, intFromI64(0));
    len = opOwn(OP_ADD, opOwn(OP_FLOORDIV, diff, ast), intFromI64(1));
  }
  const p = objNew(T_RANGE, 80);
  store<i64>(p, 0, 8); store<i64>(p, 0, 16); store<i64>(p, 0, 24); store<i64>(p, 0, 32);
  store<u32>(p, 1, 40);
  // + 0 turns bools into ints, as PyNumber_Index does
  store<u64>(p, intBinop(OP_ADD, start, ZERO), 48); store<u64>(p, intBinop(OP_ADD, stop, ZERO), 56);
  store<u64>(p, intBinop(OP_ADD, step, ZERO), 64); store<u64>(p, len, 72);
  return boxPtr(p);
}

/** New reference to field i (0 start, 1 stop, 2 step, 3 len) of any range. */
export function rangeFieldV(p: u32, i: i32): u64 {
  if (rangeIsBig(p)) { const v = load<u64>(p + 48 + (<u32>i << 3)); incref(v); return v; }
  return intFromI64(i == 0 ? rangeStart(p) : i == 1 ? rangeStop(p) : i == 2 ? rangeStep(p) : rangeLen(p));
}

export function bigRangeDealloc(p: u32): void {
  if (!rangeIsBig(p)) return;
  for (let o: u32 = 48; o <= 72; o += 8) decref(load<u64>(p + o));
}

/** len as i64, or -1 with OverflowError (CPython: ssize_t conversion). */
export function bigRangeLenI64(p: u32): i64 {
  const n = load<u64>(p, 72);
  if (intFitsI64(n)) return intToI64(n);
  raiseLit(X.E_OverflowError, "Python int too large to convert to C ssize_t");
  return -1;
}

export function bigRangeNonEmpty(p: u32): bool { return !intIsZero(load<u64>(p, 72)); }

/** start + idx * step (idx borrowed). */
export function rangeItemV(p: u32, idx: u64): u64 {
  return opOwn(OP_ADD, rangeFieldV(p, 0), opOwn(OP_MUL, rangeFieldV(p, 2), nr(idx)));
}

/** r[i] for an int index of any size (i borrowed). */
export function rangeGetIndexV(p: u32, i: u64): u64 {
  let idx = i; incref(idx);
  const len = rangeFieldV(p, 3);
  if (intCmp(idx, ZERO) < 0) idx = opOwn(OP_ADD, idx, nr(len));
  const ok = intCmp(idx, ZERO) >= 0 && intCmp(idx, len) < 0;
  decref(len);
  if (!ok) { decref(idx); return raiseLit(X.E_IndexError, "range object index out of range"); }
  const r = rangeItemV(p, idx);
  decref(idx);
  return r;
}

/** int item in range (any sizes): 1/0. */
export function rangeContainsV(p: u32, item: u64): i32 {
  const start = rangeFieldV(p, 0), stop = rangeFieldV(p, 1), step = rangeFieldV(p, 2);
  let inside: bool;
  if (intCmp(step, ZERO) > 0) inside = intCmp(start, item) <= 0 && intCmp(item, stop) < 0;
  else inside = intCmp(stop, item) < 0 && intCmp(item, start) <= 0;
  let r: i32 = 0;
  if (inside) {
    const m = opOwn(OP_MOD, intBinop(OP_SUB, item, start), nr(step));
    r = intIsZero(m) ? 1 : 0;
    decref(m);
  }
  decref(start); decref(stop); decref(step);
  return r;
}

/** (item - start) // step for an item known to be in the range. */
export function rangeIndexV(p: u32, item: u64): u64 {
  const st = rangeFieldV(p, 0);
  const r = opOwn(OP_FLOORDIV, intBinop(OP_SUB, item, st), rangeFieldV(p, 2));
  decref(st);
  return r;
}

/** r[sStart:sStop:sStep] from already-clamped slice indices. */
export function bigRangeSlice(p: u32, sStart: i64, sStop: i64, sStep: i64): u64 {
  const st = rangeFieldV(p, 2);
  const a = opOwn(OP_ADD, rangeFieldV(p, 0), opOwn(OP_MUL, intFromI64(sStart), nr(st)));
  const b = opOwn(OP_ADD, rangeFieldV(p, 0), opOwn(OP_MUL, intFromI64(sStop), nr(st)));
  const c = opOwn(OP_MUL, st, intFromI64(sStep));
  const r = rangeFromInts(a, b, c);
  decref(a); decref(b); decref(c);
  return r;
}


/** CPython range_equals on int values. */
export function bigRangeEq(a: u32, b: u32): bool {
  const f = (p: u32, i: i32): u64 => rangeFieldV(p, i);
  let r = true;
  const na = f(a, 3), nb = f(b, 3);
  if (intCmp(na, nb) != 0) r = false;
  else if (!intIsZero(na)) {
    const sa = f(a, 0), sb = f(b, 0);
    if (intCmp(sa, sb) != 0) r = false;
    else if (intCmp(na, ONE) != 0) { const ta = f(a, 2), tb = f(b, 2); r = intCmp(ta, tb) == 0; decref(ta); decref(tb); }
    decref(sa); decref(sb);
  }
  decref(na); decref(nb);
  return r;
}

/** hash((len, start or None, step or None)) like CPython's range_hash. */
export function bigRangeHash(p: u32): i64 {
  const n = load<u64>(p, 72);
  let acc: u64 = 2870177450012600261;
  acc = xxStep(acc, <u64>intHash(n));
  if (intIsZero(n)) { acc = xxStep(acc, <u64>0xFCA86420); acc = xxStep(acc, <u64>0xFCA86420); }
  else {
    acc = xxStep(acc, <u64>intHash(load<u64>(p, 48)));
    acc = xxStep(acc, intCmp(n, ONE) == 0 ? <u64>0xFCA86420 : <u64>intHash(load<u64>(p, 64)));
  }
  return fixHash(xxFinish(acc, 3));
}
