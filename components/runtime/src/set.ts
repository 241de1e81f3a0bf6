// set / frozenset: CPython's open-addressed table with LINEAR_PROBES=9 and
// perturbation, same growth policy, so iteration order matches CPython.
// Object: 8 used u32 | 12 fill u32 | 16 mask u32 | 20 table ptr u32
//         24 finger u32 | 28 pad | 32 hash i64 (frozenset cache)
// Entry (16 bytes): key u64 | hash i64. Unused: key EMPTY, hash 0.
// Dummy: key DUMMY, hash -1.
import { objNew, incref, decref } from "./object";
import { rawAlloc, rawFree } from "./alloc";
import { T_SET, T_FROZENSET, kindOf } from "./types";
import { boxPtr, ptrOf, ERROR, STOP, isPtr } from "./value";
import { hashValue } from "./hashing";
import { eqValues, CMP_LT, CMP_LE, CMP_GT, CMP_GE, CMP_EQ } from "./compare";
import { raiseLit, raiseWithArg } from "./errors";
import * as X from "./exceptions";
import { sbByte, sbLit } from "./strbuf";
import { reprInto, reprEnter, reprLeave, typeNameInto } from "./convert";
import * as K from "./kinds";
import { strEq } from "./str";
import { dictNentries, dictEntry, entryKey, entryHash, dictUsed, DELETED } from "./dict";
import { iterNew, iterNext } from "./iter";

export const EMPTY_KEY: u64 = 0xFFFE_0000_0000_0002;
export const DUMMY_KEY: u64 = 0xFFFE_0000_0000_0004;
const MINSIZE: u32 = 8;
const LINEAR_PROBES: u32 = 9;

@inline export function setUsed(s: u32): u32 { return load<u32>(s, 8); }
@inline export function setMask(s: u32): u32 { return load<u32>(s, 16); }
@inline export function setTable(s: u32): u32 { return load<u32>(s, 20); }
@inline function eKey(e: u32): u64 { return load<u64>(e); }
@inline function eHash(e: u32): i64 { return load<i64>(e, 8); }

function newTable(n: u32): u32 {
  const t = <u32>rawAlloc(n << 4);
  for (let i: u32 = 0; i < n; i++) { store<u64>(t + (i << 4), EMPTY_KEY); store<i64>(t + (i << 4), 0, 8); }
  return t;
}

export function setNew(frozen: bool): u32 {
  const s = objNew(frozen ? T_FROZENSET : T_SET, 40);
  store<u32>(s, 0, 8);
  store<u32>(s, 0, 12);
  store<u32>(s, MINSIZE - 1, 16);
  store<u32>(s, newTable(MINSIZE), 20);
  store<u32>(s, 0, 24);
  store<i64>(s, -1, 32);
  return s;
}

export function setDealloc(s: u32): void {
  const t = setTable(s);
  const n = setMask(s) + 1;
  for (let i: u32 = 0; i < n; i++) {
    const k = eKey(t + (i << 4));
    if (k != EMPTY_KEY && k != DUMMY_KEY) decref(k);
  }
  rawFree(t);
}

@inline function keysEq(a: u64, b: u64): i32 {
  if (a == b) return 1;
  if (isPtr(a) && isPtr(b) && kindOf(a) == K.K_STR && kindOf(b) == K.K_STR) return strEq(ptrOf(a), ptrOf(b)) ? 1 : 0;
  return eqValues(a, b);
}

function insertClean(table: u32, mask: u32, key: u64, hash: i64): void {
  let perturb = <u64>hash;
  let i = <u32>(<u64>hash & <u64>mask);
  while (true) {
    let e = table + (i << 4);
    if (eKey(e) == EMPTY_KEY) { store<u64>(e, key); store<i64>(e, hash, 8); return; }
    if (i + LINEAR_PROBES <= mask) {
      for (let j: u32 = 0; j < LINEAR_PROBES; j++) {
        e += 16;
        if (eKey(e) == EMPTY_KEY) { store<u64>(e, key); store<i64>(e, hash, 8); return; }
      }
    }
    perturb >>= 5;
    i = <u32>((<u64>i * 5 + 1 + perturb) & <u64>mask);
  }
}

function tableResize(s: u32, minused: u32): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  const old = setTable(s);
  const oldn = setMask(s) + 1;
  const t = newTable(newsize);
  const mask = newsize - 1;
  for (let i: u32 = 0; i < oldn; i++) {
    const e = old + (i << 4);
    const k = eKey(e);
    if (k != EMPTY_KEY && k != DUMMY_KEY) insertClean(t, mask, k, eHash(e));
  }
  store<u32>(s, mask, 16);
  store<u32>(s, t, 20);
  store<u32>(s, setUsed(s), 12);
  rawFree(old);
}

/** Adds key (borrowed) with hash. false on error. */
export function setAddHashed(s: u32, key: u64, hash: i64): bool {
  const mask = setMask(s);
  const table = setTable(s);
  let i = <u32>(<u64>hash & <u64>mask);
  let perturb = <u64>hash;
  let freeslot: u32 = 0;
  let e: u32 = 0;
  while (true) {
    e = table + (i << 4);
    let probes: i32 = (i + LINEAR_PROBES <= mask) ? <i32>LINEAR_PROBES : 0;
    do {
      const k = eKey(e);
      const h = eHash(e);
      if (k == EMPTY_KEY) {
        if (freeslot != 0) {
          incref(key);
          store<u64>(freeslot, key); store<i64>(freeslot, hash, 8);
          store<u32>(s, setUsed(s) + 1, 8);
          return true;
        }
        incref(key);
        store<u64>(e, key); store<i64>(e, hash, 8);
        const fill = load<u32>(s, 12) + 1;
        store<u32>(s, fill, 12);
        const used = setUsed(s) + 1;
        store<u32>(s, used, 8);
        if (<u64>fill * 5 < <u64>mask * 3) return true;
        tableResize(s, used > 50000 ? used * 2 : used * 4);
        return true;
      }
      if (h == hash && k != DUMMY_KEY) {
        const r = keysEq(k, key);
        if (r < 0) return false;
        if (r == 1) return true;
      } else if (k == DUMMY_KEY && freeslot == 0) freeslot = e;
      e += 16;
    } while (probes-- > 0);
    perturb >>= 5;
    i = <u32>((<u64>i * 5 + 1 + perturb) & <u64>mask);
  }
  return true;
}

/** Entry address holding key, or 0 if absent; ERROR-ish: sets lookErr. */
export let lookErr = false;
function lookKey(s: u32, key: u64, hash: i64): u32 {
  lookErr = false;
  const mask = setMask(s);
  const table = setTable(s);
  let i = <u32>(<u64>hash & <u64>mask);
  let perturb = <u64>hash;
  while (true) {
    let e = table + (i << 4);
    let probes: i32 = (i + LINEAR_PROBES <= mask) ? <i32>LINEAR_PROBES : 0;
    do {
      const k = eKey(e);
      if (k == EMPTY_KEY) return 0;
      if (eHash(e) == hash && k != DUMMY_KEY) {
        const r = keysEq(k, key);
        if (r < 0) { lookErr = true; return 0; }
        if (r == 1) return e;
      }
      e += 16;
    } while (probes-- > 0);
    perturb >>= 5;
    i = <u32>((<u64>i * 5 + 1 + perturb) & <u64>mask);
  }
  return 0;
}

export function setAdd(s: u32, key: u64): bool {
  const h = hashValue(key);
  if (h == -1) return false;
  return setAddHashed(s, key, h);
}

/** 1 present, 0 absent, -1 error. */
export function setContainsHashed(s: u32, key: u64, hash: i64): i32 {
  const e = lookKey(s, key, hash);
  if (lookErr) return -1;
  return e != 0 ? 1 : 0;
}

export function setContains(s: u32, key: u64): i32 {
  const h = hashValue(key);
  if (h == -1) return -1;
  return setContainsHashed(s, key, h);
}

/** 1 removed, 0 not found, -1 error. */
export function setDiscardHashed(s: u32, key: u64, hash: i64): i32 {
  const e = lookKey(s, key, hash);
  if (lookErr) return -1;
  if (e == 0) return 0;
  const k = eKey(e);
  store<u64>(e, DUMMY_KEY);
  store<i64>(e, -1, 8);
  store<u32>(s, setUsed(s) - 1, 8);
  decref(k);
  return 1;
}

export function setDiscard(s: u32, key: u64): i32 {
  const h = hashValue(key);
  if (h == -1) return -1;
  return setDiscardHashed(s, key, h);
}

export function setRemove(s: u32, key: u64): bool {
  const r = setDiscard(s, key);
  if (r < 0) return false;
  if (r == 0) { raiseWithArg(X.E_KeyError, key); return false; }
  return true;
}

export function setPop(s: u32): u64 {
  if (setUsed(s) == 0) return raiseLit(X.E_KeyError, "pop from an empty set");
  const table = setTable(s);
  const mask = setMask(s);
  let i = load<u32>(s, 24) & mask;
  while (true) {
    const k = eKey(table + (i << 4));
    if (k != EMPTY_KEY && k != DUMMY_KEY) break;
    i++;
    if (i > mask) i = 0;
  }
  const e = table + (i << 4);
  const key = eKey(e);
  store<u64>(e, DUMMY_KEY);
  store<i64>(e, -1, 8);
  store<u32>(s, setUsed(s) - 1, 8);
  store<u32>(s, i + 1, 24);
  return key;
}

export function setClear(s: u32): void {
  const t = setTable(s);
  const n = setMask(s) + 1;
  store<u32>(s, 0, 8); store<u32>(s, 0, 12); store<u32>(s, MINSIZE - 1, 16);
  store<u32>(s, newTable(MINSIZE), 20);
  for (let i: u32 = 0; i < n; i++) {
    const k = eKey(t + (i << 4));
    if (k != EMPTY_KEY && k != DUMMY_KEY) decref(k);
  }
  rawFree(t);
}

/** Next live entry index >= i, or -1. */
export function setNextIndex(s: u32, i: u32): i32 {
  const t = setTable(s);
  const n = setMask(s) + 1;
  while (i < n) {
    const k = eKey(t + (i << 4));
    if (k != EMPTY_KEY && k != DUMMY_KEY) return <i32>i;
    i++;
  }
  return -1;
}
@inline export function setKeyAt(s: u32, i: u32): u64 { return eKey(setTable(s) + (i << 4)); }
@inline export function setHashAt(s: u32, i: u32): i64 { return eHash(setTable(s) + (i << 4)); }

/** CPython set_merge: add all entries of set o into s. */
export function setMerge(s: u32, o: u32): bool {
  if (o == s || setUsed(o) == 0) return true;
  if ((<u64>load<u32>(s, 12) + setUsed(o)) * 5 >= <u64>setMask(s) * 3) {
    tableResize(s, (setUsed(s) + setUsed(o)) * 2);
  }
  const ot = setTable(o);
  const on = setMask(o) + 1;
  if (load<u32>(s, 12) == 0 && setMask(s) == setMask(o) && load<u32>(o, 12) == setUsed(o)) {
    const st = setTable(s);
    for (let i: u32 = 0; i < on; i++) {
      const k = eKey(ot + (i << 4));
      if (k != EMPTY_KEY && k != DUMMY_KEY) {
        incref(k);
        store<u64>(st + (i << 4), k); store<i64>(st + (i << 4), eHash(ot + (i << 4)), 8);
      }
    }
    store<u32>(s, setUsed(o), 12);
    store<u32>(s, setUsed(o), 8);
    return true;
  }
  if (load<u32>(s, 12) == 0) {
    const st = setTable(s);
    const m = setMask(s);
    for (let i: u32 = 0; i < on; i++) {
      const k = eKey(ot + (i << 4));
      if (k != EMPTY_KEY && k != DUMMY_KEY) { incref(k); insertClean(st, m, k, eHash(ot + (i << 4))); }
    }
    store<u32>(s, setUsed(o), 12);
    store<u32>(s, setUsed(o), 8);
    return true;
  }
  for (let i: u32 = 0; i <= setMask(o); i++) {
    const e = setTable(o) + (i << 4);
    const k = eKey(e);
    if (k != EMPTY_KEY && k != DUMMY_KEY) { if (!setAddHashed(s, k, eHash(e))) return false; }
  }
  return true;
}

/** Adds (or discards) every item of a generic iterable; false on error. */
@inline function addOrDiscardAll(s: u32, other: u64, discard: bool): bool {
  const it = iterNew(other);
  if (it == ERROR) return false;
  while (true) {
    const v = iterNext(it);
    if (v == STOP) break;
    if (v == ERROR) { decref(it); return false; }
    const ok = discard ? setDiscard(s, v) >= 0 : setAdd(s, v);
    decref(v);
    if (!ok) { decref(it); return false; }
  }
  decref(it);
  return true;
}

/** CPython set_update_internal. */
export function setUpdate(s: u32, other: u64): bool {
  const k = kindOf(other);
  if (k == K.K_SET || k == K.K_FROZENSET) return setMerge(s, ptrOf(other));
  if (k == K.K_DICT) {
    const d = ptrOf(other);
    const n = dictUsed(d);
    if ((<u64>load<u32>(s, 12) + n) * 5 >= <u64>setMask(s) * 3) tableResize(s, (setUsed(s) + n) * 2);
    for (let i: u32 = 0; i < dictNentries(d); i++) {
      const e = dictEntry(d, i);
      const key = entryKey(e);
      if (key != DELETED) { if (!setAddHashed(s, key, entryHash(e))) return false; }
    }
    return true;
  }
  return addOrDiscardAll(s, other, false);
}

export function setCopy(s: u32, frozen: bool): u32 {
  const r = setNew(frozen);
  setMerge(r, s);
  return r;
}

/** New set (or frozenset) from any iterable; ERROR on failure. */
export function setFromIterable(v: u64, frozen: bool): u64 {
  const r = setNew(frozen);
  if (!setUpdate(r, v)) { decref(boxPtr(r)); return ERROR; }
  return boxPtr(r);
}

/** Converts an arbitrary iterable to a set pointer (new reference), reusing sets. */
function asSet(v: u64): u32 {
  const k = kindOf(v);
  if (k == K.K_SET || k == K.K_FROZENSET) { incref(v); return ptrOf(v); }
  const r = setFromIterable(v, false);
  return r == ERROR ? 0 : ptrOf(r);
}

export function setIntersection(s: u32, other: u64, frozen: bool): u64 {
  if (ptrOf(other) == s && isPtr(other)) return boxPtr(setCopy(s, frozen));
  const r = setNew(frozen);
  const k = kindOf(other);
  if (k == K.K_SET || k == K.K_FROZENSET) {
    let a = s, b = ptrOf(other);
    if (setUsed(b) > setUsed(a)) { const t = a; a = b; b = t; }
    // iterate b (the smaller), test membership in a
    let i = setNextIndex(b, 0);
    while (i >= 0) {
      const key = setKeyAt(b, <u32>i), h = setHashAt(b, <u32>i);
      const c = setContainsHashed(a, key, h);
      if (c < 0 || (c == 1 && !setAddHashed(r, key, h))) { decref(boxPtr(r)); return ERROR; }
      i = setNextIndex(b, <u32>i + 1);
    }
    return boxPtr(r);
  }
  const it = iterNew(other);
  if (it == ERROR) { decref(boxPtr(r)); return ERROR; }
  while (true) {
    const v = iterNext(it);
    if (v == STOP) break;
    if (v == ERROR) { decref(it); decref(boxPtr(r)); return ERROR; }
    const h = hashValue(v);
    let ok = h != -1;
    if (ok) {
      const c = setContainsHashed(s, v, h);
      ok = c >= 0 && (c == 0 || setAddHashed(r, v, h));
    }
    decref(v);
    if (!ok) { decref(it); decref(boxPtr(r)); return ERROR; }
  }
  decref(it);
  return boxPtr(r);
}

/** In-place difference (difference_update). */
export function setDifferenceUpdate(s: u32, other: u64): bool {
  if (isPtr(other) && ptrOf(other) == s) { setClear(s); return true; }
  const k = kindOf(other);
  if (k == K.K_SET || k == K.K_FROZENSET) {
    const o = ptrOf(other);
    let i = setNextIndex(o, 0);
    while (i >= 0) {
      if (setDiscardHashed(s, setKeyAt(o, <u32>i), setHashAt(o, <u32>i)) < 0) return false;
      i = setNextIndex(o, <u32>i + 1);
    }
    return true;
  }
  return addOrDiscardAll(s, other, true);
}

export function setDifference(s: u32, other: u64, frozen: bool): u64 {
  const k = kindOf(other);
  // generic iterables, or a much smaller other: copy, then difference_update
  let osize: u32 = 0, byUpdate = false;
  if (k == K.K_SET || k == K.K_FROZENSET) osize = setUsed(ptrOf(other));
  else if (k == K.K_DICT) osize = dictUsed(ptrOf(other));
  else byUpdate = true;
  if (byUpdate || (setUsed(s) >> 2) > osize) {
    const r = setCopy(s, frozen);
    if (!setDifferenceUpdate(r, other)) { decref(boxPtr(r)); return ERROR; }
    return boxPtr(r);
  }
  const r = setNew(frozen);
  let i = setNextIndex(s, 0);
  while (i >= 0) {
    const key = setKeyAt(s, <u32>i), h = setHashAt(s, <u32>i);
    const c = k == K.K_DICT ? dictContainsHashed(ptrOf(other), key, h) : setContainsHashed(ptrOf(other), key, h);
    if (c < 0 || (c == 0 && !setAddHashed(r, key, h))) { decref(boxPtr(r)); return ERROR; }
    i = setNextIndex(s, <u32>i + 1);
  }
  return boxPtr(r);
}

import { dictLookup } from "./dict";
function dictContainsHashed(d: u32, key: u64, h: i64): i32 {
  const ix = dictLookup(d, key, h);
  return ix == -2 ? -1 : ix >= 0 ? 1 : 0;
}

export function setSymDiffUpdate(s: u32, other: u64): bool {
  if (isPtr(other) && ptrOf(other) == s) { setClear(s); return true; }
  const o = asSet(other);
  if (o == 0) return false;
  let i = setNextIndex(o, 0);
  while (i >= 0) {
    const key = setKeyAt(o, <u32>i), h = setHashAt(o, <u32>i);
    const r = setDiscardHashed(s, key, h);
    if (r < 0 || (r == 0 && !setAddHashed(s, key, h))) { decref(boxPtr(o)); return false; }
    i = setNextIndex(o, <u32>i + 1);
  }
  decref(boxPtr(o));
  return true;
}

export function setSymDiff(s: u32, other: u64, frozen: bool): u64 {
  const r = setFromIterable(other, frozen);
  if (r == ERROR) return ERROR;
  if (!setSymDiffUpdate(ptrOf(r), boxPtr(s))) { decref(r); return ERROR; }
  return r;
}

export function setUnion(s: u32, other: u64, frozen: bool): u64 {
  const r = setCopy(s, frozen);
  if (isPtr(other) && ptrOf(other) == s) return boxPtr(r);
  if (!setUpdate(r, other)) { decref(boxPtr(r)); return ERROR; }
  return boxPtr(r);
}

/** Is every element of a in b? 1/0/-1 */
export function setIsSubset(a: u32, b: u32): i32 {
  if (setUsed(a) > setUsed(b)) return 0;
  let i = setNextIndex(a, 0);
  while (i >= 0) {
    const c = setContainsHashed(b, setKeyAt(a, <u32>i), setHashAt(a, <u32>i));
    if (c != 1) return c;
    i = setNextIndex(a, <u32>i + 1);
  }
  return 1;
}

export function setIsDisjoint(a: u32, other: u64): i32 {
  const k = kindOf(other);
  if (k == K.K_SET || k == K.K_FROZENSET) {
    let x = a, y = ptrOf(other);
    if (setUsed(x) > setUsed(y)) { const t = x; x = y; y = t; }
    let i = setNextIndex(x, 0);
    while (i >= 0) {
      const c = setContainsHashed(y, setKeyAt(x, <u32>i), setHashAt(x, <u32>i));
      if (c != 0) return c < 0 ? -1 : 0;
      i = setNextIndex(x, <u32>i + 1);
    }
    return 1;
  }
  const it = iterNew(other);
  if (it == ERROR) return -1;
  while (true) {
    const v = iterNext(it);
    if (v == STOP) break;
    if (v == ERROR) { decref(it); return -1; }
    const c = setContains(a, v);
    decref(v);
    if (c != 0) { decref(it); return c < 0 ? -1 : 0; }
  }
  decref(it);
  return 1;
}

export function setEq(a: u32, b: u32): i32 {
  if (setUsed(a) != setUsed(b)) return 0;
  return setIsSubset(a, b);
}

export function setCompare(op: i32, a: u32, b: u32): i32 {
  switch (op) {
    case CMP_EQ: return setEq(a, b);
    case CMP_LE: return setIsSubset(a, b);
    case CMP_GE: return setIsSubset(b, a);
    case CMP_LT: { if (setUsed(a) >= setUsed(b)) return 0; return setIsSubset(a, b); }
    case CMP_GT: { if (setUsed(b) >= setUsed(a)) return 0; return setIsSubset(b, a); }
  }
  const r = setEq(a, b);
  return r < 0 ? r : 1 - r;
}

function shuffleBits(h: u64): u64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167; }

export function frozensetHash(s: u32): i64 {
  const c = load<i64>(s, 32);
  if (c != -1) return c;
  let hash: u64 = 0;
  const t = setTable(s);
  const mask = setMask(s);
  for (let i: u32 = 0; i <= mask; i++) {
    const k = eKey(t + (i << 4));
    hash ^= shuffleBits(k == EMPTY_KEY ? 0 : <u64>eHash(t + (i << 4)));
  }
  const fill = load<u32>(s, 12);
  if (((mask + 1 - fill) & 1) != 0) hash ^= shuffleBits(0);
  if (((fill - setUsed(s)) & 1) != 0) hash ^= shuffleBits(<u64>-1);
  hash ^= (<u64>setUsed(s) + 1) * 1927868237;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069 + 907133923;
  if (hash == <u64>-1) hash = 590923713;
  store<i64>(s, <i64>hash, 32);
  return <i64>hash;
}

export function setReprInto(sb: u32, v: u64): bool {
  const s = ptrOf(v);
  const frozen = kindOf(v) == K.K_FROZENSET;
  if (setUsed(s) == 0) { typeNameInto(sb, load<u32>(s, 4)); sbLit(sb, "()"); return true; }
  const g = reprEnter(s);
  if (g < 0) return false;
  if (g == 1) { typeNameInto(sb, load<u32>(s, 4)); sbLit(sb, "(...)"); return true; }
  if (frozen) { typeNameInto(sb, load<u32>(s, 4)); sbByte(sb, 40); }
  sbByte(sb, 123);
  let first = true;
  let i = setNextIndex(s, 0);
  while (i >= 0) {
    if (!first) sbLit(sb, ", ");
    first = false;
    if (!reprInto(sb, setKeyAt(s, <u32>i))) { reprLeave(); return false; }
    i = setNextIndex(s, <u32>i + 1);
  }
  sbByte(sb, 125);
  if (frozen) sbByte(sb, 41);
  reprLeave();
  return true;
}

export const SET_CMP_GT: i32 = CMP_GT;
export const SET_CMP_GE: i32 = CMP_GE;
export const SET_CMP_LT: i32 = CMP_LT;
