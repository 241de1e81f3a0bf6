// Heap object header: u32 refcount (bit 30 = immortal), u32 type pointer.
import { rawAlloc } from "./alloc";
import { isPtr, ptrOf, boxPtr } from "./value";
import { releaseObject } from "./dealloc";

export const IMMORTAL: u32 = 0x4000_0000;
export const HDR: u32 = 8;

@inline export function objType(p: u32): u32 { return load<u32>(p, 4); }
@inline export function objKind(p: u32): u32 { return load<u32>(load<u32>(p, 4), 8); }

/** New object with refcount 1; payload uninitialized. */
@inline export function objNew(type: u32, size: u32): u32 {
  const p = <u32>rawAlloc(size);
  store<u32>(p, 1);
  store<u32>(p, type, 4);
  return p;
}

@inline export function increfPtr(p: u32): void {
  const rc = load<u32>(p);
  if (!(rc & IMMORTAL)) store<u32>(p, rc + 1);
}

export function decrefPtr(p: u32): void {
  const rc = load<u32>(p);
  if (!(rc & IMMORTAL)) {
    if (rc <= 1) releaseObject(p);
    else store<u32>(p, rc - 1);
  }
}

@inline export function incref(v: u64): void {
  if (isPtr(v)) increfPtr(ptrOf(v));
}

export function decref(v: u64): void {
  if (isPtr(v)) decrefPtr(ptrOf(v));
}

/** Returns v after adding a reference (for "return a new reference to a borrowed value"). */
@inline export function newref(v: u64): u64 {
  if (isPtr(v)) increfPtr(ptrOf(v));
  return v;
}

export function makeImmortal(v: u64): u64 {
  if (isPtr(v)) store<u32>(ptrOf(v), IMMORTAL | 1);
  return v;
}

@inline export function isImmortalPtr(p: u32): bool { return (load<u32>(p) & IMMORTAL) != 0; }
@inline export function refcountOf(v: u64): u32 { return isPtr(v) ? load<u32>(ptrOf(v)) : 0; }
@inline export function boxObj(p: u32): u64 { return boxPtr(p); }
