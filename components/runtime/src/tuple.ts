// tuple: 8 len u32 | 12 pad | 16 items u64[len]
import { objNew, incref, decref, IMMORTAL } from "./object";
import { T_TUPLE } from "./types";
import { boxPtr, ptrOf } from "./value";

let emptyTuple: u32 = 0;

@inline export function tupLen(p: u32): u32 { return load<u32>(p, 8); }
@inline export function tupItem(p: u32, i: u32): u64 { return load<u64>(p + 16 + (i << 3)); }
@inline export function tupSet(p: u32, i: u32, v: u64): void { store<u64>(p + 16 + (i << 3), v); }
@inline export function tupItems(p: u32): u32 { return p + 16; }

export function tupleInit(): void {
  emptyTuple = objNew(T_TUPLE, 16);
  store<u32>(emptyTuple, IMMORTAL | 1);
  store<u32>(emptyTuple, 0, 8);
}

/** New tuple with n slots (caller fills every slot with an owned value). */
export function tupNew(n: u32): u32 {
  if (n == 0) return emptyTuple;
  const p = objNew(T_TUPLE, 16 + (n << 3));
  store<u32>(p, n, 8);
  return p;
}

@inline export function emptyTupleV(): u64 { return boxPtr(emptyTuple); }

/** Tuple from borrowed values. */
export function tupFrom(src: usize, n: u32): u64 {
  const p = tupNew(n);
  for (let i: u32 = 0; i < n; i++) {
    const v = load<u64>(src + (i << 3));
    incref(v);
    tupSet(p, i, v);
  }
  return boxPtr(p);
}

export function tup1(a: u64): u64 { incref(a); const p = tupNew(1); tupSet(p, 0, a); return boxPtr(p); }
export function tup2(a: u64, b: u64): u64 {
  incref(a); incref(b);
  const p = tupNew(2); tupSet(p, 0, a); tupSet(p, 1, b); return boxPtr(p);
}
/** Tuple of two owned values. */
export function tup2Own(a: u64, b: u64): u64 {
  const p = tupNew(2); tupSet(p, 0, a); tupSet(p, 1, b); return boxPtr(p);
}

export function tupDealloc(p: u32): void {
  const n = tupLen(p);
  for (let i: u32 = 0; i < n; i++) decref(tupItem(p, i));
}

export function tupSlice(p: u32, a: u32, b: u32): u64 {
  if (a == 0 && b == tupLen(p)) { incref(boxPtr(p)); return boxPtr(p); }
  return tupFrom(p + 16 + (a << 3), b > a ? b - a : 0);
}

export function tupPtrOf(v: u64): u32 { return ptrOf(v); }
