// len(), x[i], x[i] = v, del x[i], `in`, and unpacking.
import { rangeIsBig, bigRangeLenI64, rangeGetIndexV, bigRangeSlice, rangeContainsV } from "./range-big";
import { ptrOf, boxPtr, ERROR, NONE, STOP, isSmallInt, intOf, isBool, boxSmall, TRUE, FALSE, boxBool } from "./value";
import { incref, decref } from "./object";
import { kindOf, typeOf } from "./types";
import * as K from "./kinds";
import { raiseLit, raiseSb, sbTypeName, raiseTypeMsg, raiseWithArg } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbLit, sbI64 } from "./strbuf";
import { intFromI64, isIntLike, intFitsI64, intToI64 } from "./int";
import { strCps, strBytes, STR_DATA, cpAt, strFromCp, strSub, strIsAscii, bytesFind, strFromUtf8, cpOffset, asciiCharStr } from "./str";
import { listLen, listItem, listItems, listNew, listSetLen, listSetRaw, listPopAt, listReserve, listAppendOwn } from "./list";
import { tupLen, tupItem, tupNew, tupSet, tupSlice } from "./tuple";
import { dictUsed, dictGet, dictSet, dictDelItem, dictLookup, dictEntry, entryValue } from "./dict";
import { setUsed, setContains } from "./set";
import { rangeLen, rangeItem, rangeContainsInt, rangeNew, rangeStart, rangeStep } from "./range";
import { bytesLen, bytesFrom, bytesAlloc } from "./bytes";
import { sliceIndices, sStart, sStop, sStep, sLen } from "./slice";
import { eqValues } from "./compare";
import { iterNew, iterNext } from "./iter";
import { hashValue } from "./hashing";
import { sbFinish } from "./str";
import { sbBytes } from "./strbuf";
import { listFromIterable } from "./construct";

/** len(v) as i64, or -1 with TypeError. */
export function lenI64(v: u64): i64 {
  const k = kindOf(v);
  const p = ptrOf(v);
  switch (k) {
    case K.K_STR: return strCps(p);
    case K.K_LIST: return listLen(p);
    case K.K_TUPLE: return tupLen(p);
    case K.K_DICT: return dictUsed(p);
    case K.K_SET: case K.K_FROZENSET: return setUsed(p);
    case K.K_RANGE: return rangeIsBig(p) ? bigRangeLenI64(p) : rangeLen(p);
    case K.K_BYTES: return bytesLen(p);
    case K.K_DICT_KEYS: case K.K_DICT_VALUES: case K.K_DICT_ITEMS: return dictUsed(ptrOf(load<u64>(p, 8)));
  }
  raiseTypeMsg("object of type ", v, " has no len()");
  return -1;
}

export function lenOf(v: u64): u64 {
  const n = lenI64(v);
  return n < 0 ? ERROR : intFromI64(n);
}

/** Index value of an int-like key (with __index__ semantics for bool). */
let idxErr = false;
function indexOf(key: u64): i64 {
  idxErr = false;
  if (isSmallInt(key)) return intOf(key);
  if (isBool(key)) return <i64>(key & 1);
  if (isIntLike(key)) {
    if (intFitsI64(key)) return intToI64(key);
    raiseWithIndexOverflow(key);
    idxErr = true;
    return 0;
  }
  idxErr = true;
  return 0;
}
function raiseWithIndexOverflow(key: u64): void {
  const sb = sbNew(); sbLit(sb, "cannot fit 'int' into an index-sized integer");
  raiseSb(X.E_IndexError, sb);
}

function badIndexType(what: string, key: u64, strStyle: bool): u64 {
  const sb = sbNew();
  sbLit(sb, what);
  if (strStyle) { sbLit(sb, " indices must be integers, not '"); sbTypeName(sb, key); sbLit(sb, "'"); }
  else { sbLit(sb, " indices must be integers or slices, not "); sbTypeName(sb, key); }
  return raiseSb(X.E_TypeError, sb);
}

/** seq[i] for an integer index on any builtin sequence (used by reversed too). */
export function getItemIndex(v: u64, i: i64): u64 {
  const k = kindOf(v);
  const p = ptrOf(v);
  switch (k) {
    case K.K_LIST: {
      const n = <i64>listLen(p);
      if (i < 0) i += n;
      if (i < 0 || i >= n) return raiseLit(X.E_IndexError, "list index out of range");
      const r = listItem(p, <u32>i); incref(r); return r;
    }
    case K.K_TUPLE: {
      const n = <i64>tupLen(p);
      if (i < 0) i += n;
      if (i < 0 || i >= n) return raiseLit(X.E_IndexError, "tuple index out of range");
      const r = tupItem(p, <u32>i); incref(r); return r;
    }
    case K.K_STR: {
      const n = <i64>strCps(p);
      if (i < 0) i += n;
      if (i < 0 || i >= n) return raiseLit(X.E_IndexError, "string index out of range");
      if (strIsAscii(p)) return asciiCharStr(load<u8>(p + STR_DATA + <u32>i));
      return strFromCp(cpAt(p, <u32>i));
    }
    case K.K_BYTES: {
      const n = <i64>bytesLen(p);
      if (i < 0) i += n;
      if (i < 0 || i >= n) return raiseLit(X.E_IndexError, "index out of range");
      return boxSmall(load<u8>(p + 24 + <u32>i));
    }
    case K.K_RANGE: {
      if (rangeIsBig(p)) { const iv = intFromI64(i); const r = rangeGetIndexV(p, iv); decref(iv); return r; }
      const n = rangeLen(p);
      if (i < 0) i += n;
      if (i < 0 || i >= n) return raiseLit(X.E_IndexError, "range object index out of range");
      return intFromI64(rangeItem(p, i));
    }
  }
  return raiseTypeMsg("", v, " object is not subscriptable");
}

function getSlice(v: u64, s: u64): u64 {
  const k = kindOf(v);
  const p = ptrOf(v);
  let len: i64 = 0;
  switch (k) {
    case K.K_LIST: len = listLen(p); break;
    case K.K_TUPLE: len = tupLen(p); break;
    case K.K_STR: len = strCps(p); break;
    case K.K_BYTES: len = bytesLen(p); break;
    case K.K_RANGE: len = rangeIsBig(p) ? bigRangeLenI64(p) : rangeLen(p); if (len < 0) return ERROR; break;
    default: return raiseTypeMsg("", v, " object is not subscriptable");
  }
  if (!sliceIndices(s, len)) return ERROR;
  const start = sStart, step = sStep, n = sLen;
  switch (k) {
    case K.K_LIST: {
      const r = listNew(<u32>n);
      const d = listItems(r);
      for (let j: i64 = 0; j < n; j++) { const x = listItem(p, <u32>(start + j * step)); incref(x); store<u64>(d + (<u32>j << 3), x); }
      listSetLen(r, <u32>n);
      return boxPtr(r);
    }
    case K.K_TUPLE: {
      if (step == 1) return tupSlice(p, <u32>start, <u32>(start + n));
      const r = tupNew(<u32>n);
      for (let j: i64 = 0; j < n; j++) { const x = tupItem(p, <u32>(start + j * step)); incref(x); tupSet(r, <u32>j, x); }
      return boxPtr(r);
    }
    case K.K_STR: {
      if (step == 1) return strSub(p, <u32>start, <u32>(start + n));
      const sb = sbNew(<u32>n);
      if (strIsAscii(p)) {
        for (let j: i64 = 0; j < n; j++) sbByteLocal(sb, load<u8>(p + STR_DATA + <u32>(start + j * step)));
      } else {
        for (let j: i64 = 0; j < n; j++) sbCpLocal(sb, cpAt(p, <u32>(start + j * step)));
      }
      return sbFinish(sb);
    }
    case K.K_BYTES: {
      const r = bytesAlloc(<u32>n);
      for (let j: i64 = 0; j < n; j++) store<u8>(r + 24 + <u32>j, load<u8>(p + 24 + <u32>(start + j * step)));
      return boxPtr(r);
    }
    case K.K_RANGE: {
      if (rangeIsBig(p)) return bigRangeSlice(p, start, sStop, step);
      const st = rangeStart(p) + start * rangeStep(p);
      const sp = rangeStep(p) * step;
      // CPython maps the clamped slice stop, not start + len * step: range(20)[::3] is range(0, 20, 3)
      return rangeNew(st, rangeStart(p) + sStop * rangeStep(p), sp);
    }
  }
  return ERROR;
}
import { sbByte, sbCp } from "./strbuf";
function sbByteLocal(sb: u32, b: u32): void { sbByte(sb, b); }
function sbCpLocal(sb: u32, c: u32): void { sbCp(sb, c); }

export function molt_getitem(v: u64, key: u64): u64 {
  const k = kindOf(v);
  if (k == K.K_DICT) {
    const r = dictGet(ptrOf(v), key);
    if (r == ERROR) return ERROR;
    if (r == 0) return raiseWithArg(X.E_KeyError, key);
    incref(r);
    return r;
  }
  const kk = kindOf(key);
  if (kk == K.K_SLICE) return getSlice(v, key);
  if (k == K.K_RANGE && isIntLike(key) && !intFitsI64(key)) return rangeGetIndexV(ptrOf(v), key);
  const i = indexOf(key);
  if (idxErr) {
    if (kk == K.K_INT) return ERROR; // overflow already raised
    switch (k) {
      case K.K_LIST: return badIndexType("list", key, false);
      case K.K_TUPLE: return badIndexType("tuple", key, false);
      case K.K_STR: return badIndexType("string", key, true);
      case K.K_BYTES: return badIndexType("byte", key, false);
      case K.K_RANGE: return badIndexType("range", key, false);
    }
    return raiseTypeMsg("", v, " object is not subscriptable");
  }
  return getItemIndex(v, i);
}

/** Slice assignment for lists: a[s] = iterable. */
function listSetSlice(p: u32, s: u64, val: u64): u64 {
  if (!sliceIndices(s, listLen(p))) return ERROR;
  const start = sStart, step = sStep, n = sLen;
  // materialize the new items (copy first: val may be p itself)
  const src = listFromIterable(val);
  if (src == ERROR) {
    if (pendingIsNotIterable()) { errClearLocal(); return raiseLit(X.E_TypeError, "must assign iterable to extended slice"); }
    return ERROR;
  }
  const sp = ptrOf(src);
  const m = listLen(sp);
  if (step == 1) {
    const len = listLen(p);
    const lo = <u32>start;
    const hi = <u32>(start + n);
    const newLen = len - (hi - lo) + m;
    // decref removed items after moving
    const removed = rawAllocLocal(((hi - lo) << 3) + 8);
    memory.copy(removed, listItems(p) + (lo << 3), (hi - lo) << 3);
    listReserve(p, newLen);
    const d = listItems(p);
    memory.copy(d + ((lo + m) << 3), d + (hi << 3), (len - hi) << 3);
    for (let j: u32 = 0; j < m; j++) { const x = listItem(sp, j); incref(x); store<u64>(d + ((lo + j) << 3), x); }
    listSetLen(p, newLen);
    for (let j: u32 = 0; j < hi - lo; j++) decref(load<u64>(removed + (j << 3)));
    rawFreeLocal(removed);
    decref(src);
    return NONE;
  }
  if (<i64>m != n) {
    decref(src);
    const sb = sbNew(); sbLit(sb, "attempt to assign sequence of size "); sbI64(sb, m); sbLit(sb, " to extended slice of size "); sbI64(sb, n);
    return raiseSb(X.E_ValueError, sb);
  }
  for (let j: i64 = 0; j < n; j++) {
    const idx = <u32>(start + j * step);
    const old = listItem(p, idx);
    const x = listItem(sp, <u32>j); incref(x);
    listSetRaw(p, idx, x);
    decref(old);
  }
  decref(src);
  return NONE;
}
import { rawAlloc, rawFree } from "./alloc";
function rawAllocLocal(n: u32): usize { return rawAlloc(n); }
function rawFreeLocal(p: usize): void { rawFree(p); }
import { errClear, pendingExc } from "./errors";
function errClearLocal(): void { errClear(); }
function pendingIsNotIterable(): bool { const e = pendingExc(); return e != 0 && load<u32>(ptrOf(e), 4) == X.E_TypeError; }

export function molt_setitem(v: u64, key: u64, val: u64): u64 {
  const k = kindOf(v);
  const p = ptrOf(v);
  if (k == K.K_DICT) return dictSet(p, key, val) ? NONE : ERROR;
  if (k == K.K_LIST) {
    if (kindOf(key) == K.K_SLICE) return listSetSlice(p, key, val);
    let i = indexOf(key);
    if (idxErr) { if (kindOf(key) == K.K_INT) return ERROR; return badIndexType("list", key, false); }
    const n = <i64>listLen(p);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raiseLit(X.E_IndexError, "list assignment index out of range");
    const old = listItem(p, <u32>i);
    incref(val);
    listSetRaw(p, <u32>i, val);
    decref(old);
    return NONE;
  }
  if (k == K.K_STR || k == K.K_TUPLE || k == K.K_BYTES || k == K.K_RANGE) return raiseTypeMsg("", v, " object does not support item assignment");
  return raiseTypeMsg("", v, " object does not support item assignment");
}

export function molt_delitem(v: u64, key: u64): u64 {
  const k = kindOf(v);
  const p = ptrOf(v);
  if (k == K.K_DICT) return dictDelItem(p, key) ? NONE : ERROR;
  if (k == K.K_LIST) {
    if (kindOf(key) == K.K_SLICE) {
      if (!sliceIndices(key, listLen(p))) return ERROR;
      const start = sStart, step = sStep, n = sLen;
      if (n == 0) return NONE;
      // collect removed, compact the rest
      const len = listLen(p);
      const d = listItems(p);
      const removed = rawAllocLocal(<u32>n << 3);
      let w: u32 = 0, r: u32 = 0;
      let nextDel = start, cnt: i64 = 0;
      const lo = step > 0 ? start : start + (n - 1) * step;
      const st = step > 0 ? step : -step;
      nextDel = lo;
      for (let i: u32 = 0; i < len; i++) {
        const x = load<u64>(d + (i << 3));
        if (cnt < n && <i64>i == nextDel) { store<u64>(removed + (r++ << 3), x); nextDel += st; cnt++; }
        else store<u64>(d + (w++ << 3), x);
      }
      listSetLen(p, w);
      for (let i: u32 = 0; i < r; i++) decref(load<u64>(removed + (i << 3)));
      rawFreeLocal(removed);
      return NONE;
    }
    let i = indexOf(key);
    if (idxErr) { if (kindOf(key) == K.K_INT) return ERROR; return badIndexType("list", key, false); }
    const n = <i64>listLen(p);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raiseLit(X.E_IndexError, "list assignment index out of range");
    decref(listPopAt(p, <u32>i));
    return NONE;
  }
  if (k == K.K_TUPLE || k == K.K_STR || k == K.K_BYTES || k == K.K_RANGE) return raiseTypeMsg("", v, " object doesn't support item deletion");
  return raiseTypeMsg("", v, " object does not support item deletion");
}

/** item in container: 1, 0, -1 on error. */
export function containsValue(c: u64, item: u64): i32 {
  const k = kindOf(c);
  const p = ptrOf(c);
  switch (k) {
    case K.K_STR: {
      if (kindOf(item) != K.K_STR) { raiseTypeMsg("'in <string>' requires string as left operand, not ", item, ""); return -1; }
      const q = ptrOf(item);
      return bytesFind(p + STR_DATA, 0, strBytes(p), q + STR_DATA, strBytes(q)) >= 0 ? 1 : 0;
    }
    case K.K_LIST: {
      for (let i: u32 = 0; i < listLen(p); i++) {
        const x = listItem(p, i);
        if (x == item) return 1;
        incref(x);
        const r = eqValues(x, item);
        decref(x);
        if (r != 0) return r;
      }
      return 0;
    }
    case K.K_TUPLE: {
      for (let i: u32 = 0; i < tupLen(p); i++) {
        const x = tupItem(p, i);
        if (x == item) return 1;
        const r = eqValues(x, item);
        if (r != 0) return r;
      }
      return 0;
    }
    case K.K_DICT: case K.K_DICT_KEYS: {
      const d = k == K.K_DICT ? p : ptrOf(load<u64>(p, 8));
      const r = dictGet(d, item);
      if (r == ERROR) return -1;
      return r != 0 ? 1 : 0;
    }
    case K.K_SET: case K.K_FROZENSET: {
      const r = setContains(p, item);
      if (r < 0 && kindOf(item) == K.K_SET) {
        // CPython retries with a frozenset of the item
        errClearLocal();
        const fz = setFromIterableLocal(item);
        if (fz == ERROR) return -1;
        const r2 = setContains(p, fz);
        decref(fz);
        return r2;
      }
      return r;
    }
    case K.K_RANGE: {
      if (isIntLike(item) && (rangeIsBig(p) || !(isSmallInt(item) || isBool(item)))) return rangeContainsV(p, item);
      if (isSmallInt(item) || isBool(item)) return rangeContainsInt(p, isBool(item) ? <i64>(item & 1) : intOf(item)) ? 1 : 0;
      break;
    }
    case K.K_BYTES: {
      if (isSmallInt(item)) {
        const b = intOf(item);
        if (b < 0 || b > 255) { raiseLit(X.E_ValueError, "byte must be in range(0, 256)"); return -1; }
        for (let i: u32 = 0; i < bytesLen(p); i++) if (load<u8>(p + 24 + i) == <u8>b) return 1;
        return 0;
      }
      if (kindOf(item) == K.K_BYTES) {
        const q = ptrOf(item);
        return bytesFind(p + 24, 0, bytesLen(p), q + 24, bytesLen(q)) >= 0 ? 1 : 0;
      }
      raiseTypeMsg("a bytes-like object is required, not ", item, "");
      return -1;
    }
    case K.K_DICT_ITEMS: {
      if (kindOf(item) != K.K_TUPLE || tupLen(ptrOf(item)) != 2) return 0;
      const d = ptrOf(load<u64>(p, 8));
      const v = dictGet(d, tupItem(ptrOf(item), 0));
      if (v == ERROR) return -1;
      if (v == 0) return 0;
      return eqValues(v, tupItem(ptrOf(item), 1));
    }
  }
  // generic: iterate
  const it = iterNew(c);
  if (it == ERROR) {
    errClearLocal();
    raiseTypeMsg("argument of type ", c, " is not iterable");
    return -1;
  }
  while (true) {
    const x = iterNext(it);
    if (x == STOP) break;
    if (x == ERROR) { decref(it); return -1; }
    const r = x == item ? 1 : eqValues(x, item);
    decref(x);
    if (r != 0) { decref(it); return r; }
  }
  decref(it);
  return 0;
}
import { setFromIterable } from "./set";
function setFromIterableLocal(v: u64): u64 { return setFromIterable(v, true); }

export function molt_contains(c: u64, item: u64): i32 { return containsValue(c, item); }

function unpackError(n: u32, got: u32, atLeast: bool): i32 {
  const sb = sbNew();
  sbLit(sb, "not enough values to unpack (expected "); if (atLeast) sbLit(sb, "at least "); sbI64(sb, n); sbLit(sb, ", got "); sbI64(sb, got); sbLit(sb, ")");
  raiseSb(X.E_ValueError, sb);
  return -1;
}
function tooMany(n: u32): i32 {
  const sb = sbNew(); sbLit(sb, "too many values to unpack (expected "); sbI64(sb, n); sbLit(sb, ")");
  raiseSb(X.E_ValueError, sb);
  return -1;
}

/** a, b = seq: writes n new references to out; 0 ok, -1 error. */
export function molt_unpack(seq: u64, n: i32, out: i32): i32 {
  const k = kindOf(seq);
  const p = ptrOf(seq);
  const N = <u32>n;
  if (k == K.K_TUPLE || k == K.K_LIST) {
    const len = k == K.K_TUPLE ? tupLen(p) : listLen(p);
    if (len < N) return unpackError(N, len, false);
    if (len > N) return tooMany(N);
    for (let i: u32 = 0; i < N; i++) {
      const x = k == K.K_TUPLE ? tupItem(p, i) : listItem(p, i);
      incref(x);
      store<u64>(<usize>out + (i << 3), x);
    }
    return 0;
  }
  const it = iterNew(seq);
  if (it == ERROR) { errClearLocal(); raiseNonIterable(seq); return -1; }
  for (let i: u32 = 0; i < N; i++) {
    const x = iterNext(it);
    if (x == STOP || x == ERROR) {
      for (let j: u32 = 0; j < i; j++) decref(load<u64>(<usize>out + (j << 3)));
      decref(it);
      return x == ERROR ? -1 : unpackError(N, i, false);
    }
    store<u64>(<usize>out + (i << 3), x);
  }
  const extra = iterNext(it);
  decref(it);
  if (extra != STOP) {
    for (let j: u32 = 0; j < N; j++) decref(load<u64>(<usize>out + (j << 3)));
    if (extra == ERROR) return -1;
    decref(extra);
    return tooMany(N);
  }
  return 0;
}

/** a, *b, c = seq */
export function molt_unpack_ex(seq: u64, before: i32, after: i32, out: i32): i32 {
  const l = listFromIterable(seq);
  if (l == ERROR) {
    if (pendingIsNotIterable()) { errClearLocal(); raiseNonIterable(seq); }
    return -1;
  }
  const p = ptrOf(l);
  const len = listLen(p);
  const b = <u32>before, a = <u32>after;
  if (len < b + a) { decref(l); return unpackError(b + a, len, true); }
  const o = <usize>out;
  for (let i: u32 = 0; i < b; i++) { const x = listItem(p, i); incref(x); store<u64>(o + (i << 3), x); }
  const mid = listNew(len - a - b);
  for (let i = b; i < len - a; i++) { const x = listItem(p, i); incref(x); listAppendOwn(mid, x); }
  store<u64>(o + (b << 3), boxPtr(mid));
  for (let i: u32 = 0; i < a; i++) { const x = listItem(p, len - a + i); incref(x); store<u64>(o + ((b + 1 + i) << 3), x); }
  decref(l);
  return 0;
}

function raiseNonIterable(v: u64): void {
  const sb = sbNew(); sbLit(sb, "cannot unpack non-iterable "); sbTypeName(sb, v); sbLit(sb, " object");
  raiseSb(X.E_TypeError, sb);
}
