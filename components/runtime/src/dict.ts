// dict: CPython 3.12 compact layout — insertion-ordered entries plus an
// open-addressed index table probed with CPython's perturbation scheme.
// Object: 8 used u32 | 12 nentries u32 | 16 indices ptr u32 | 20 size u32
//         24 entries ptr u32 | 28 usable u32 (entries capacity)
// Entry (24 bytes): hash i64 | key u64 | value u64; deleted key = DELETED.
// Index slots are i32: -1 empty, -2 dummy, else entry index.
import { objNew, incref, decref } from "./object";
import { rawAlloc, rawFree } from "./alloc";
import { T_DICT, kindOf, typeOf } from "./types";
import { boxPtr, ptrOf, ERROR, NONE, isPtr } from "./value";
import { hashValue } from "./hashing";
import { eqValues } from "./compare";
import { raiseLit, raiseWithArg, setPending } from "./errors";
import * as X from "./exceptions";
import { sbByte, sbLit } from "./strbuf";
import { reprInto, reprEnter, reprLeave } from "./convert";
import * as K from "./kinds";
import { strEq } from "./str";

export const DELETED: u64 = 0xFFFE_0000_0000_0003;
const MINSIZE: u32 = 8;

@inline export function dictUsed(d: u32): u32 { return load<u32>(d, 8); }
@inline export function dictNentries(d: u32): u32 { return load<u32>(d, 12); }
@inline export function dictEntry(d: u32, i: u32): u32 { return load<u32>(d, 24) + i * 24; }
@inline export function entryHash(e: u32): i64 { return load<i64>(e); }
@inline export function entryKey(e: u32): u64 { return load<u64>(e, 8); }
@inline export function entryValue(e: u32): u64 { return load<u64>(e, 16); }

function allocTables(d: u32, size: u32): void {
  const idx = <u32>rawAlloc(size << 2);
  memory.fill(idx, 0xFF, size << 2);
  store<u32>(d, idx, 16);
  store<u32>(d, size, 20);
  const usable = (size << 1) / 3;
  store<u32>(d, <u32>rawAlloc(usable * 24), 24);
  store<u32>(d, usable, 28);
}

export function dictNew(): u32 {
  const d = objNew(T_DICT, 32);
  store<u32>(d, 0, 8);
  store<u32>(d, 0, 12);
  store<u32>(d, 0, 16);
  store<u32>(d, 0, 20);
  store<u32>(d, 0, 24);
  store<u32>(d, 0, 28);
  return d;
}

export function dictDealloc(d: u32): void {
  const n = dictNentries(d);
  for (let i: u32 = 0; i < n; i++) {
    const e = dictEntry(d, i);
    const k = entryKey(e);
    if (k != DELETED) { decref(k); decref(entryValue(e)); }
  }
  if (load<u32>(d, 16)) { rawFree(load<u32>(d, 16)); rawFree(load<u32>(d, 24)); }
}

@inline function keysEqual(a: u64, b: u64): i32 {
  if (a == b) return 1;
  if (isPtr(a) && isPtr(b) && kindOf(a) == K.K_STR && kindOf(b) == K.K_STR) return strEq(ptrOf(a), ptrOf(b)) ? 1 : 0;
  return eqValues(a, b);
}

/** Entry index for key, -1 if absent, -2 on error. Sets lookupSlot to the index-table slot. */
export let lookupSlot: u32 = 0;
export function dictLookup(d: u32, key: u64, hash: i64): i32 {
  const size = load<u32>(d, 20);
  if (size == 0) return -1;
  const mask = <u64>(size - 1);
  const idx = load<u32>(d, 16);
  let perturb = <u64>hash;
  let i = <u64>hash & mask;
  while (true) {
    const ix = load<i32>(idx + (<u32>i << 2));
    if (ix == -1) { lookupSlot = <u32>i; return -1; }
    if (ix >= 0) {
      const e = dictEntry(d, <u32>ix);
      const k = entryKey(e);
      if (k == key) { lookupSlot = <u32>i; return ix; }
      if (entryHash(e) == hash) {
        const r = keysEqual(k, key);
        if (r < 0) return -2;
        if (r == 1) { lookupSlot = <u32>i; return ix; }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return -1;
}

function findEmptySlot(d: u32, hash: i64): u32 {
  const mask = <u64>(load<u32>(d, 20) - 1);
  const idx = load<u32>(d, 16);
  let perturb = <u64>hash;
  let i = <u64>hash & mask;
  while (load<i32>(idx + (<u32>i << 2)) >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return <u32>i;
}

function resize(d: u32, minsize: u32): void {
  let size = MINSIZE;
  while (size < minsize) size <<= 1;
  const oldEntries = load<u32>(d, 24);
  const oldIdx = load<u32>(d, 16);
  const n = dictNentries(d);
  allocTables(d, size);
  let j: u32 = 0;
  const ne = load<u32>(d, 24);
  for (let i: u32 = 0; i < n; i++) {
    const e = oldEntries + i * 24;
    if (load<u64>(e, 8) == DELETED) continue;
    memory.copy(ne + j * 24, e, 24);
    j++;
  }
  store<u32>(d, j, 12);
  const idx = load<u32>(d, 16);
  for (let i: u32 = 0; i < j; i++) {
    const s = findEmptySlot(d, load<i64>(ne + i * 24));
    store<i32>(idx + (s << 2), <i32>i);
  }
  if (oldIdx) { rawFree(oldIdx); rawFree(oldEntries); }
}

/** d[key] = value with a precomputed hash (borrowed key/value). false on error. */
export function dictSetHashed(d: u32, key: u64, hash: i64, value: u64): bool {
  const ix = dictLookup(d, key, hash);
  if (ix == -2) return false;
  if (ix >= 0) {
    const e = dictEntry(d, <u32>ix);
    const old = entryValue(e);
    incref(value);
    store<u64>(e, value, 16);
    decref(old);
    return true;
  }
  if (load<u32>(d, 20) == 0) allocTables(d, MINSIZE);
  else if (dictNentries(d) >= load<u32>(d, 28)) resize(d, dictUsed(d) * 3);
  const n = dictNentries(d);
  const e = dictEntry(d, n);
  incref(key); incref(value);
  store<i64>(e, hash);
  store<u64>(e, key, 8);
  store<u64>(e, value, 16);
  const s = findEmptySlot(d, hash);
  store<i32>(load<u32>(d, 16) + (s << 2), <i32>n);
  store<u32>(d, n + 1, 12);
  store<u32>(d, dictUsed(d) + 1, 8);
  return true;
}

export function dictSet(d: u32, key: u64, value: u64): bool {
  const h = hashValue(key);
  if (h == -1) return false;
  return dictSetHashed(d, key, h, value);
}

/** Borrowed value for key; 0 if missing; ERROR on error. */
export function dictGet(d: u32, key: u64): u64 {
  const h = hashValue(key);
  if (h == -1) return ERROR;
  const ix = dictLookup(d, key, h);
  if (ix == -2) return ERROR;
  if (ix < 0) return 0;
  return entryValue(dictEntry(d, <u32>ix));
}

/** Removes entry ix (found by lookup, slot in lookupSlot); returns owned value, decrefs key. */
function removeAt(d: u32, ix: i32, slot: u32): u64 {
  const e = dictEntry(d, <u32>ix);
  const k = entryKey(e);
  const v = entryValue(e);
  store<u64>(e, DELETED, 8);
  store<u64>(e, 0, 16);
  store<i32>(load<u32>(d, 16) + (slot << 2), -2);
  store<u32>(d, dictUsed(d) - 1, 8);
  decref(k);
  return v;
}

/** Pops key: owned value, 0 if missing, ERROR on error. */
export function dictPop(d: u32, key: u64): u64 {
  const h = hashValue(key);
  if (h == -1) return ERROR;
  const ix = dictLookup(d, key, h);
  if (ix == -2) return ERROR;
  if (ix < 0) return 0;
  return removeAt(d, ix, lookupSlot);
}

/** del d[key]: raises KeyError if missing. */
export function dictDelItem(d: u32, key: u64): bool {
  const v = dictPop(d, key);
  if (v == ERROR) return false;
  if (v == 0) { raiseWithArg(X.E_KeyError, key); return false; }
  decref(v);
  return true;
}

/** popitem(): owned (key, value) tuple or ERROR. */
export function dictPopItem(d: u32): u64 {
  if (dictUsed(d) == 0) return raiseLit(X.E_KeyError, "popitem(): dictionary is empty");
  let n = dictNentries(d);
  while (n > 0 && entryKey(dictEntry(d, n - 1)) == DELETED) n--;
  const i = n - 1;
  const e = dictEntry(d, i);
  const k = entryKey(e), v = entryValue(e);
  // find its index slot
  const size = load<u32>(d, 20);
  const mask = <u64>(size - 1);
  const idx = load<u32>(d, 16);
  let perturb = <u64>entryHash(e);
  let s = <u64>entryHash(e) & mask;
  while (load<i32>(idx + (<u32>s << 2)) != <i32>i) { perturb >>= 5; s = (s * 5 + perturb + 1) & mask; }
  store<i32>(idx + (<u32>s << 2), -2);
  store<u32>(d, i, 12);
  store<u32>(d, dictUsed(d) - 1, 8);
  const tp = tup2OwnLocal(k, v);
  return tp;
}

import { tup2Own } from "./tuple";
function tup2OwnLocal(k: u64, v: u64): u64 { return tup2Own(k, v); }

export function dictClear(d: u32): void {
  const n = dictNentries(d);
  const ents = load<u32>(d, 24);
  const idx = load<u32>(d, 16);
  store<u32>(d, 0, 8); store<u32>(d, 0, 12); store<u32>(d, 0, 16);
  store<u32>(d, 0, 20); store<u32>(d, 0, 24); store<u32>(d, 0, 28);
  for (let i: u32 = 0; i < n; i++) {
    const e = ents + i * 24;
    const k = load<u64>(e, 8);
    if (k != DELETED) { decref(k); decref(load<u64>(e, 16)); }
  }
  if (idx) { rawFree(idx); rawFree(ents); }
}

/** Next live entry at or after position *pos; returns entry address or 0. */
export function dictNextEntry(d: u32, pos: u32): u32 {
  const n = dictNentries(d);
  while (pos < n) {
    const e = dictEntry(d, pos);
    if (entryKey(e) != DELETED) { nextPos = pos + 1; return e; }
    pos++;
  }
  nextPos = pos;
  return 0;
}
export let nextPos: u32 = 0;

export function dictCopy(d: u32): u32 {
  const r = dictNew();
  const n = dictNentries(d);
  for (let i: u32 = 0; i < n; i++) {
    const e = dictEntry(d, i);
    if (entryKey(e) != DELETED) dictSetHashed(r, entryKey(e), entryHash(e), entryValue(e));
  }
  return r;
}

/** Merge all items of dict src into d (later wins). */
export function dictMerge(d: u32, src: u32): bool {
  const n = dictNentries(src);
  for (let i: u32 = 0; i < dictNentries(src) && i < n; i++) {
    const e = dictEntry(src, i);
    if (entryKey(e) != DELETED) {
      if (!dictSetHashed(d, entryKey(e), entryHash(e), entryValue(e))) return false;
    }
  }
  return true;
}

export function dictEq(a: u32, b: u32): i32 {
  if (dictUsed(a) != dictUsed(b)) return 0;
  const n = dictNentries(a);
  for (let i: u32 = 0; i < n; i++) {
    const e = dictEntry(a, i);
    const k = entryKey(e);
    if (k == DELETED) continue;
    const ix = dictLookup(b, k, entryHash(e));
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    const va = entryValue(e);
    const vb = entryValue(dictEntry(b, <u32>ix));
    incref(va); incref(vb);
    const r = eqValues(va, vb);
    decref(va); decref(vb);
    if (r != 1) return r;
  }
  return 1;
}

export function dictReprInto(sb: u32, v: u64): bool {
  const d = ptrOf(v);
  if (dictUsed(d) == 0) { sbLit(sb, "{}"); return true; }
  const g = reprEnter(d);
  if (g < 0) return false;
  if (g == 1) { sbLit(sb, "{...}"); return true; }
  sbByte(sb, 123);
  let first = true;
  for (let i: u32 = 0; i < dictNentries(d); i++) {
    const e = dictEntry(d, i);
    const k = entryKey(e);
    if (k == DELETED) continue;
    if (!first) sbLit(sb, ", ");
    first = false;
    const val = entryValue(e);
    incref(k); incref(val);
    let ok = reprInto(sb, k);
    if (ok) { sbLit(sb, ": "); ok = reprInto(sb, val); }
    decref(k); decref(val);
    if (!ok) { reprLeave(); return false; }
  }
  sbByte(sb, 125);
  reprLeave();
  return true;
}

// ---- views: 8 dict u64 ----
export function dictViewNew(d: u64, kind: u32): u64 {
  const p = objNew(typeForKind(kind), 16);
  incref(d);
  store<u64>(p, d, 8);
  return boxPtr(p);
}
import { typeForKind } from "./types";

export function dictViewReprInto(sb: u32, v: u64): bool {
  const p = ptrOf(v);
  const k = kindOf(v);
  const d = ptrOf(load<u64>(p, 8));
  sbLit(sb, k == K.K_DICT_KEYS ? "dict_keys([" : k == K.K_DICT_VALUES ? "dict_values([" : "dict_items([");
  let first = true;
  for (let i: u32 = 0; i < dictNentries(d); i++) {
    const e = dictEntry(d, i);
    const key = entryKey(e);
    if (key == DELETED) continue;
    if (!first) sbLit(sb, ", ");
    first = false;
    if (k == K.K_DICT_KEYS) { if (!reprInto(sb, key)) return false; }
    else if (k == K.K_DICT_VALUES) { if (!reprInto(sb, entryValue(e))) return false; }
    else {
      sbByte(sb, 40);
      if (!reprInto(sb, key)) return false;
      sbLit(sb, ", ");
      if (!reprInto(sb, entryValue(e))) return false;
      sbByte(sb, 41);
    }
  }
  sbLit(sb, "])");
  return true;
}

