// Iterators of builtin containers and the lazy builtins (enumerate, zip,
// map, filter, reversed). Common layout: 8 src u64 | 16 index i64 | 24 aux u64 | 32 aux2 u64
import { rangeIsBig, rangeItemV } from "./range-big";
import { intFitsI64 as fitsI64Big, intToI64 as toI64Big } from "./int";
import { objNew, incref, decref } from "./object";
import { typeForKind, kindOf } from "./types";
import * as K from "./kinds";
import { boxPtr, ptrOf, ERROR, STOP, NONE, boxSmall } from "./value";
import { listLen, listItems } from "./list";
import { tupLen, tupItem, tupItems, tupNew, tupSet, tup2 } from "./tuple";
import { strBytes, STR_DATA, strFromUtf8Known, asciiCharStr, strIsAscii, strCps } from "./str";
import { rangeStart, rangeStep, rangeLen } from "./range";
import { dictNentries, dictEntry, entryKey, entryValue, DELETED, dictUsed } from "./dict";
import { setNextIndex, setKeyAt, setUsed } from "./set";
import { bytesLen } from "./bytes";
import { raiseLit, raiseTypeMsg, errPendingIs, errClear } from "./errors";
import * as X from "./exceptions";
import { callValue } from "./call";
import { truthy } from "./truthy";
import { intFromI64 } from "./int";

export const ITER_SIZE: u32 = 40;

export function iterAlloc(kind: u32, src: u64, idx: i64, aux: u64): u64 {
  const p = objNew(typeForKind(kind), ITER_SIZE);
  store<u64>(p, src, 8);
  store<i64>(p, idx, 16);
  store<u64>(p, aux, 24);
  store<u64>(p, 0, 32);
  return boxPtr(p);
}

@inline export function isIteratorKind(k: u32): bool { return k >= K.K_ITER_FIRST && k <= K.K_ITER_LAST || k == K.K_GENERATOR; }

/** iter(v): owned iterator or ERROR. */
export function iterNew(v: u64): u64 {
  const k = kindOf(v);
  switch (k) {
    case K.K_LIST: incref(v); return iterAlloc(K.K_LIST_ITER, v, 0, 0);
    case K.K_TUPLE: incref(v); return iterAlloc(K.K_TUPLE_ITER, v, 0, 0);
    case K.K_STR: incref(v); return iterAlloc(K.K_STR_ITER, v, 0, 0);
    case K.K_BYTES: incref(v); return iterAlloc(K.K_BYTES_ITER, v, 0, 0);
    case K.K_RANGE: {
      const p = ptrOf(v);
      if (rangeIsBig(p)) return longRangeIter(v, false);
      const it = iterAlloc(K.K_RANGE_ITER, 0, rangeStart(p), <u64>rangeLen(p));
      store<i64>(ptrOf(it), rangeStep(p), 32);
      return it;
    }
    case K.K_DICT: incref(v); return iterAlloc(K.K_DICT_KEYITER, v, 0, <u64>dictUsed(ptrOf(v)));
    case K.K_DICT_KEYS: case K.K_DICT_VALUES: case K.K_DICT_ITEMS: {
      const d = load<u64>(ptrOf(v), 8);
      incref(d);
      const ik = k == K.K_DICT_KEYS ? K.K_DICT_KEYITER : k == K.K_DICT_VALUES ? K.K_DICT_VALUEITER : K.K_DICT_ITEMITER;
      return iterAlloc(ik, d, 0, <u64>dictUsed(ptrOf(d)));
    }
    case K.K_SET: case K.K_FROZENSET: incref(v); return iterAlloc(K.K_SET_ITER, v, 0, <u64>setUsed(ptrOf(v)));
  }
  if (isIteratorKind(k)) { incref(v); return v; }
  return raiseTypeMsg("", v, " object is not iterable");
}

/** Ends a source-backed iterator: drops the source, reports STOP. */
@inline function iterExhaust(p: u32, src: u64): u64 {
  store<u64>(p, 0, 8);
  decref(src);
  return STOP;
}

/** Index iterator over n u64 slots at items (list / tuple), moving by step.
 * The unsigned compare is 0 <= i < n (reverse iterators run below 0). */
@inline function slotIterNext(p: u32, src: u64, items: u32, n: u32, step: i64): u64 {
  const i = load<i64>(p, 16);
  if (<u64>i < <u64>n) {
    store<i64>(p, i + step, 16);
    const v = load<u64>(items + (<u32>i << 3));
    incref(v);
    return v;
  }
  return iterExhaust(p, src);
}

/** Next item (owned), STOP when exhausted, ERROR on error. */
export function iterNext(it: u64): u64 {
  const p = ptrOf(it);
  const k = kindOf(it);
  switch (k) {
    case K.K_LIST_ITER: case K.K_LIST_REVITER: {
      const src = load<u64>(p, 8);
      if (src == 0) return STOP;
      const l = ptrOf(src);
      return slotIterNext(p, src, listItems(l), listLen(l), k == K.K_LIST_ITER ? 1 : -1);
    }
    case K.K_TUPLE_ITER: {
      const src = load<u64>(p, 8);
      if (src == 0) return STOP;
      const t = ptrOf(src);
      return slotIterNext(p, src, tupItems(t), tupLen(t), 1);
    }
    case K.K_STR_ITER: {
      const src = load<u64>(p, 8);
      if (src == 0) return STOP;
      const s = ptrOf(src);
      const off = <u32>load<i64>(p, 16);
      const n = strBytes(s);
      if (off < n) {
        const b = <u32>load<u8>(s + STR_DATA + off);
        if (b < 0x80) { store<i64>(p, off + 1, 16); return asciiCharStr(b); }
        const l: u32 = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        store<i64>(p, off + l, 16);
        return strFromUtf8Known(s + STR_DATA + off, l, 1);
      }
      return iterExhaust(p, src);
    }
    case K.K_BYTES_ITER: {
      const src = load<u64>(p, 8);
      if (src == 0) return STOP;
      const b = ptrOf(src);
      const i = load<i64>(p, 16);
      if (i < <i64>bytesLen(b)) { store<i64>(p, i + 1, 16); return boxSmall(load<u8>(b + 24 + <u32>i)); }
      return iterExhaust(p, src);
    }
    case K.K_LONGRANGE_ITER: {
      const n = <i64>load<u64>(p, 24), i = load<i64>(p, 16);
      if (i >= n) return STOP;
      store<i64>(p, i + 1, 16);
      const iv = intFromI64(load<u64>(p, 32) != 0 ? n - 1 - i : i);
      const r = rangeItemV(ptrOf(load<u64>(p, 8)), iv);
      decref(iv);
      return r;
    }
    case K.K_RANGE_ITER: {
      const rem = load<i64>(p, 24);
      if (rem <= 0) return STOP;
      const cur = load<i64>(p, 16);
      store<i64>(p, rem - 1, 24);
      store<i64>(p, cur + load<i64>(p, 32), 16);
      return intFromI64(cur);
    }
    case K.K_DICT_KEYITER: case K.K_DICT_VALUEITER: case K.K_DICT_ITEMITER: {
      const src = load<u64>(p, 8);
      if (src == 0) return STOP;
      const d = ptrOf(src);
      if (<u64>dictUsed(d) != load<u64>(p, 24)) {
        store<i64>(p, -1, 24);
        return raiseLit(X.E_RuntimeError, "dictionary changed size during iteration");
      }
      let i = <u32>load<i64>(p, 16);
      const n = dictNentries(d);
      while (i < n) {
        const e = dictEntry(d, i);
        i++;
        const key = entryKey(e);
        if (key == DELETED) continue;
        store<i64>(p, i, 16);
        if (k == K.K_DICT_KEYITER) { incref(key); return key; }
        const val = entryValue(e);
        if (k == K.K_DICT_VALUEITER) { incref(val); return val; }
        incref(key); incref(val);
        const t = tupNew(2); tupSet(t, 0, key); tupSet(t, 1, val);
        return boxPtr(t);
      }
      return iterExhaust(p, src);
    }
    case K.K_SET_ITER: {
      const src = load<u64>(p, 8);
      if (src == 0) return STOP;
      const s = ptrOf(src);
      if (<u64>setUsed(s) != load<u64>(p, 24)) {
        store<i64>(p, -1, 24);
        return raiseLit(X.E_RuntimeError, "Set changed size during iteration");
      }
      const i = setNextIndex(s, <u32>load<i64>(p, 16));
      if (i >= 0) {
        store<i64>(p, i + 1, 16);
        const v = setKeyAt(s, <u32>i);
        incref(v);
        return v;
      }
      return iterExhaust(p, src);
    }
    case K.K_ENUMERATE: {
      const v = iterNext(load<u64>(p, 8));
      if (v == STOP || v == ERROR) return v;
      const i = load<i64>(p, 16);
      store<i64>(p, i + 1, 16);
      const t = tupNew(2); tupSet(t, 0, intFromI64(i)); tupSet(t, 1, v);
      return boxPtr(t);
    }
    case K.K_ZIP: {
      const its = ptrOf(load<u64>(p, 8));
      const n = tupLen(its);
      if (n == 0) return STOP;
      const t = tupNew(n);
      for (let i: u32 = 0; i < n; i++) {
        const v = iterNext(tupItem(its, i));
        if (v == STOP || v == ERROR) {
          for (let j: u32 = 0; j < i; j++) decref(tupItem(t, j));
          for (let j = i; j < n; j++) tupSet(t, j, NONE);
          decref(boxPtr(t));
          if (v == STOP && load<i64>(p, 16) != 0) return zipStrictError(its, i);
          return v;
        }
        tupSet(t, i, v);
      }
      return boxPtr(t);
    }
    case K.K_MAP: {
      const its = ptrOf(load<u64>(p, 16));
      const n = tupLen(its);
      const args = tupNew(n);
      for (let i: u32 = 0; i < n; i++) {
        const v = iterNext(tupItem(its, i));
        if (v == STOP || v == ERROR) {
          for (let j = i; j < n; j++) tupSet(args, j, NONE);
          decref(boxPtr(args));
          return v;
        }
        tupSet(args, i, v);
      }
      const r = callValue(load<u64>(p, 8), args + 16, n, NONE);
      decref(boxPtr(args));
      return r;
    }
    case K.K_FILTER: {
      const f = load<u64>(p, 8);
      while (true) {
        const v = iterNext(load<u64>(p, 16));
        if (v == STOP || v == ERROR) return v;
        let t: i32;
        if (f == NONE) t = truthy(v);
        else {
          const a = memory.data(8);
          store<u64>(a, v);
          const r = callValue(f, a, 1, NONE);
          if (r == ERROR) { decref(v); return ERROR; }
          t = truthy(r);
          decref(r);
        }
        if (t < 0) { decref(v); return ERROR; }
        if (t == 1) return v;
        decref(v);
      }
    }
    case K.K_REVERSED: {
      // generic sequence reversed over tuple/str/other via index (8 seq, 16 idx)
      const src = load<u64>(p, 8);
      if (src == 0) return STOP;
      const i = load<i64>(p, 16);
      if (i < 0) return iterExhaust(p, src);
      store<i64>(p, i - 1, 16);
      return seqItemAt(src, i);
    }
  }
  if (k == K.K_GENERATOR) return generatorNext(it);
  return raiseTypeMsg("", it, " object is not an iterator");
}

import { genResume } from "./generator";
function generatorNext(it: u64): u64 { return genResume(it); }

import { getItemIndex } from "./subscript";
function seqItemAt(seq: u64, i: i64): u64 { return getItemIndex(seq, i); }

import { sbNew, sbLit, sbI64 } from "./strbuf";
import { raiseSb } from "./errors";
function zipStrictError(its: u32, i: u32): u64 {
  const sb = sbNew();
  if (i > 0) {
    return zipLengthError(sb, i, "shorter");
  }
  // first iterator exhausted: check that the others are too
  const n = tupLen(its);
  for (let j: u32 = 1; j < n; j++) {
    const v = iterNext(tupItem(its, j));
    if (v == ERROR) { sbFreeLocal(sb); return ERROR; }
    if (v != STOP) {
      decref(v);
      return zipLengthError(sb, j, "longer");
    }
  }
  sbFreeLocal(sb);
  return STOP;
}
/** ValueError "zip() argument {i+1} is {rel} than argument(s) 1[-i]". */
function zipLengthError(sb: u32, i: u32, rel: string): u64 {
  sbLit(sb, "zip() argument "); sbI64(sb, i + 1); sbLit(sb, " is "); sbLit(sb, rel); sbLit(sb, " than argument");
  if (i > 1) { sbLit(sb, "s 1-"); sbI64(sb, i); } else sbLit(sb, " 1");
  return raiseSb(X.E_ValueError, sb);
}
import { sbFree } from "./strbuf";
function sbFreeLocal(sb: u32): void { sbFree(sb); }

// ---- constructors for the lazy builtins ----
export function enumerateNew(iterable: u64, start: i64): u64 {
  const it = iterNew(iterable);
  if (it == ERROR) return ERROR;
  return iterAlloc(K.K_ENUMERATE, it, start, 0);
}

/** Tuple (pointer) of iter(v) for the n values at argv; 0 on error. */
function itersOf(argv: usize, n: u32): u32 {
  const its = tupNew(n);
  for (let i: u32 = 0; i < n; i++) {
    const it = iterNew(load<u64>(argv + (i << 3)));
    if (it == ERROR) {
      for (let j = i; j < n; j++) tupSet(its, j, NONE);
      decref(boxPtr(its));
      return 0;
    }
    tupSet(its, i, it);
  }
  return its;
}

/** zip over n iterables at argv. */
export function zipNew(argv: usize, n: u32, strict: bool): u64 {
  const its = itersOf(argv, n);
  if (its == 0) return ERROR;
  return iterAlloc(K.K_ZIP, boxPtr(its), strict ? 1 : 0, 0);
}

export function mapNew(f: u64, argv: usize, n: u32): u64 {
  if (n == 0) return raiseLit(X.E_TypeError, "map() must have at least two arguments.");
  const its = itersOf(argv, n);
  if (its == 0) return ERROR;
  incref(f);
  const r = iterAlloc(K.K_MAP, f, 0, 0);
  store<u64>(ptrOf(r), boxPtr(its), 16);
  return r;
}

export function filterNew(f: u64, iterable: u64): u64 {
  const it = iterNew(iterable);
  if (it == ERROR) return ERROR;
  incref(f);
  const r = iterAlloc(K.K_FILTER, f, 0, 0);
  store<u64>(ptrOf(r), it, 16);
  return r;
}

export function reversedNew(v: u64): u64 {
  const k = kindOf(v);
  if (k == K.K_LIST) { incref(v); return iterAlloc(K.K_LIST_REVITER, v, <i64>listLen(ptrOf(v)) - 1, 0); }
  if (k == K.K_RANGE) {
    const p = ptrOf(v);
    if (rangeIsBig(p)) return longRangeIter(v, true);
    const n = rangeLen(p);
    const it = iterAlloc(K.K_RANGE_ITER, 0, rangeStart(p) + (n - 1) * rangeStep(p), <u64>n);
    store<i64>(ptrOf(it), -rangeStep(p), 32);
    return it;
  }
  if (k == K.K_DICT || k == K.K_DICT_KEYS || k == K.K_DICT_VALUES || k == K.K_DICT_ITEMS) {
    // materialize keys / values / items, then walk them backwards
    const d = k == K.K_DICT ? v : load<u64>(ptrOf(v), 8);
    const dp = ptrOf(d);
    const lst = tupNew(dictUsed(dp));
    let j: u32 = 0;
    for (let i: u32 = 0; i < dictNentries(dp); i++) {
      const key = entryKey(dictEntry(dp, i));
      if (key == DELETED) continue;
      const val = entryValue(dictEntry(dp, i));
      if (k == K.K_DICT_VALUES) { incref(val); tupSet(lst, j++, val); }
      else if (k == K.K_DICT_ITEMS) tupSet(lst, j++, tup2(key, val));
      else { incref(key); tupSet(lst, j++, key); }
    }
    return iterAlloc(K.K_REVERSED, boxPtr(lst), <i64>j - 1, 0);
  }
  let n: i64 = -1;
  if (k == K.K_TUPLE) n = tupLen(ptrOf(v));
  else if (k == K.K_STR) n = strCps(ptrOf(v));
  else if (k == K.K_BYTES) n = bytesLen(ptrOf(v));
  if (n < 0) return raiseTypeMsg("", v, " object is not reversible");
  incref(v);
  return iterAlloc(K.K_REVERSED, v, n - 1, 0);
}

/** Frees references held by an iterator object. */
export function iterDealloc(p: u32, k: u32): void {
  const src = load<u64>(p, 8);
  if (k == K.K_RANGE_ITER) return;
  if (src != 0) decref(src);
  if (k == K.K_MAP || k == K.K_FILTER) decref(load<u64>(p, 16));
}

export function molt_iter(v: u64): u64 { return iterNew(v); }
export function molt_iter_next(it: u64): u64 { return iterNext(it); }

/** next(it[, default]) semantics: StopIteration raised when exhausted. */
export function builtinNext(it: u64, dflt: u64): u64 {
  const k = kindOf(it);
  if (!isIteratorKind(k)) return raiseTypeMsg("", it, " object is not an iterator");
  const v = iterNext(it);
  if (v == STOP) {
    if (dflt != 0) { incref(dflt); return dflt; }
    return raiseStopIteration();
  }
  return v;
}
import { setPending } from "./errors";
function raiseStopIteration(): u64 { return setPending(X.excNew0(X.E_StopIteration)); }
export function iterStrAscii(p: u32): bool { return strIsAscii(p); }
export function iterErrClearStop(): bool { if (errPendingIs(X.E_StopIteration)) { errClear(); return true; } return false; }

// Iterator over a big range: index counter (lengths beyond i64 are clamped).
function longRangeIter(v: u64, rev: bool): u64 {
  const p = ptrOf(v);
  const len = load<u64>(p, 72);
  const n: i64 = fitsI64Big(len) ? toI64Big(len) : i64.MAX_VALUE;
  incref(v);
  const it = iterAlloc(K.K_LONGRANGE_ITER, v, 0, <u64>n);
  store<u64>(ptrOf(it), rev ? 1 : 0, 32);
  return it;
}
