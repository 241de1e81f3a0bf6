// list: 8 len u32 | 12 cap u32 | 16 items ptr u32 (separate block of u64)
import { objNew, incref, decref } from "./object";
import { rawAlloc, rawFree, rawRealloc } from "./alloc";
import { T_LIST } from "./types";
import { boxPtr } from "./value";

@inline export function listLen(p: u32): u32 { return load<u32>(p, 8); }
@inline export function listItems(p: u32): u32 { return load<u32>(p, 16); }
@inline export function listItem(p: u32, i: u32): u64 { return load<u64>(load<u32>(p, 16) + (i << 3)); }
@inline export function listSetRaw(p: u32, i: u32, v: u64): void { store<u64>(load<u32>(p, 16) + (i << 3), v); }
@inline export function listSetLen(p: u32, n: u32): void { store<u32>(p, n, 8); }

export function listNew(cap: u32): u32 {
  const p = objNew(T_LIST, 24);
  store<u32>(p, 0, 8);
  store<u32>(p, cap, 12);
  store<u32>(p, cap ? <u32>rawAlloc(cap << 3) : 0, 16);
  return p;
}

export function listReserve(p: u32, need: u32): void {
  const cap = load<u32>(p, 12);
  if (need <= cap) return;
  // CPython-like over-allocation
  let nc = need + (need >> 3) + (need < 9 ? 3 : 6);
  nc = (nc + 3) & ~3;
  store<u32>(p, <u32>rawRealloc(load<u32>(p, 16), cap << 3, nc << 3), 16);
  store<u32>(p, nc, 12);
}

/** Appends an owned value. */
@inline export function listAppendOwn(p: u32, v: u64): void {
  const n = load<u32>(p, 8);
  if (n >= load<u32>(p, 12)) listReserve(p, n + 1);
  store<u64>(load<u32>(p, 16) + (n << 3), v);
  store<u32>(p, n + 1, 8);
}

export function listAppend(p: u32, v: u64): void { incref(v); listAppendOwn(p, v); }

export function listFrom(src: usize, n: u32): u64 {
  const p = listNew(n);
  const d = listItems(p);
  for (let i: u32 = 0; i < n; i++) {
    const v = load<u64>(src + (i << 3));
    incref(v);
    store<u64>(d + (i << 3), v);
  }
  store<u32>(p, n, 8);
  return boxPtr(p);
}

export function listDealloc(p: u32): void {
  const n = listLen(p);
  const d = listItems(p);
  for (let i: u32 = 0; i < n; i++) decref(load<u64>(d + (i << 3)));
  if (d) rawFree(d);
}

export function listClear(p: u32): void {
  const n = listLen(p);
  const d = listItems(p);
  store<u32>(p, 0, 8);
  store<u32>(p, 0, 12);
  store<u32>(p, 0, 16);
  for (let i: u32 = 0; i < n; i++) decref(load<u64>(d + (i << 3)));
  if (d) rawFree(d);
}

export function listInsertOwn(p: u32, idx: u32, v: u64): void {
  const n = listLen(p);
  listReserve(p, n + 1);
  const d = listItems(p);
  memory.copy(d + ((idx + 1) << 3), d + (idx << 3), (n - idx) << 3);
  store<u64>(d + (idx << 3), v);
  store<u32>(p, n + 1, 8);
}

/** Removes item idx and returns it (owned). */
export function listPopAt(p: u32, idx: u32): u64 {
  const n = listLen(p);
  const d = listItems(p);
  const v = load<u64>(d + (idx << 3));
  memory.copy(d + (idx << 3), d + ((idx + 1) << 3), (n - idx - 1) << 3);
  store<u32>(p, n - 1, 8);
  return v;
}
