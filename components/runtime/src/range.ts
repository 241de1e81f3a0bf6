// range: 8 start i64 | 16 stop i64 | 24 step i64 | 32 len i64 (machine-int ranges)
import { objNew } from "./object";
import { T_RANGE } from "./types";
import { boxPtr, boxSmall } from "./value";
import { xxStep, xxFinish, fixHash } from "./hash";
import { hashI64 } from "./hash";
import { rangeIsBig, bigRangeEq, bigRangeHash } from "./range-big";

@inline export function rangeStart(p: u32): i64 { return load<i64>(p, 8); }
@inline export function rangeStop(p: u32): i64 { return load<i64>(p, 16); }
@inline export function rangeStep(p: u32): i64 { return load<i64>(p, 24); }
@inline export function rangeLen(p: u32): i64 { return load<i64>(p, 32); }

export function rangeLength(start: i64, stop: i64, step: i64): i64 {
  if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
  return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

export function rangeNew(start: i64, stop: i64, step: i64): u64 {
  const p = objNew(T_RANGE, 48);
  store<u32>(p, 0, 40); // not a big range (range-big.ts)
  store<i64>(p, start, 8);
  store<i64>(p, stop, 16);
  store<i64>(p, step, 24);
  store<i64>(p, rangeLength(start, stop, step), 32);
  return boxPtr(p);
}

@inline export function rangeItem(p: u32, i: i64): i64 { return rangeStart(p) + i * rangeStep(p); }

export function rangeContainsInt(p: u32, v: i64): bool {
  const st = rangeStart(p), sp = rangeStop(p), step = rangeStep(p);
  if (step > 0) { if (v < st || v >= sp) return false; }
  else { if (v > st || v <= sp) return false; }
  return (v - st) % step == 0;
}

export function rangeEq(a: u32, b: u32): bool {
  if (rangeIsBig(a) || rangeIsBig(b)) return bigRangeEq(a, b);
  const n = rangeLen(a);
  if (n != rangeLen(b)) return false;
  if (n == 0) return true;
  if (rangeStart(a) != rangeStart(b)) return false;
  if (n == 1) return true;
  return rangeStep(a) == rangeStep(b);
}

export function rangeHash(p: u32): i64 {
  if (rangeIsBig(p)) return bigRangeHash(p);
  // CPython: hash((len, start, step)) with start/step None when len is 0/1
  const n = rangeLen(p);
  let acc: u64 = 2870177450012600261;
  acc = xxStep(acc, <u64>hashI64(n));
  if (n == 0) {
    acc = xxStep(acc, <u64>0xFCA86420);
    acc = xxStep(acc, <u64>0xFCA86420);
  } else {
    acc = xxStep(acc, <u64>hashI64(rangeStart(p)));
    acc = xxStep(acc, n == 1 ? <u64>0xFCA86420 : <u64>hashI64(rangeStep(p)));
  }
  return fixHash(xxFinish(acc, 3));
}
export function rangeBoxSmall(i: i64): u64 { return boxSmall(i); }
