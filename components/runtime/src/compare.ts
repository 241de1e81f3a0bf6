// Equality and ordering for builtin kinds, CPython semantics.
import { isFloat, isSmallInt, intOf, floatOf, ptrOf, TRUE, FALSE, ERROR, boxBool, NOTIMPL } from "./value";
import { kindOf, typeOf } from "./types";
import * as K from "./kinds";
import { strEq, strCmp } from "./str";
import { tupLen, tupItem } from "./tuple";
import { listLen, listItem } from "./list";
import { intCmp, intToF64, isIntLike } from "./int";
import { incref, decref } from "./object";
import { sbNew, sbLit } from "./strbuf";
import { raiseSb, sbTypeName } from "./errors";
import * as X from "./exceptions";
import { dictEq } from "./dict";
import { setEq, setCompare } from "./set";
import { bytesCmp } from "./bytes";
import { rangeEq } from "./range";

export const CMP_LT: i32 = 0;
export const CMP_LE: i32 = 1;
export const CMP_EQ: i32 = 2;
export const CMP_NE: i32 = 3;
export const CMP_GT: i32 = 4;
export const CMP_GE: i32 = 5;

import { complexEq } from "./complex";
@inline function isNum(k: u32): bool { return k == K.K_INT || k == K.K_BOOL || k == K.K_FLOAT; }

/** Compares int-like a with float f: -1/0/1, or 2 if f is NaN. */
function cmpIntFloat(a: u64, f: f64): i32 {
  if (f != f) return 2;
  if (isSmallInt(a) || (a >> 48) == 0xFFFA) {
    const x = <f64>(isSmallInt(a) ? intOf(a) : <i64>(a & 1)); // exact for 48-bit
    return x < f ? -1 : x > f ? 1 : 0;
  }
  if (!isFinite(f)) return f > 0 ? -1 : 1;
  const x = intToF64(a); // +-inf when a is beyond the float range
  if (x < f) return -1;
  if (x > f) return 1;
  // equal after rounding a to float: f is integral here, compare exactly as ints
  const fi = bigFromF64Obj(f);
  const c = intCmp(a, fi);
  decref(fi);
  return c;
}

/** Numeric three-way compare; 2 = unordered (NaN). */
function numCmp(a: u64, b: u64): i32 {
  const fa = isFloat(a), fb = isFloat(b);
  if (!fa && !fb) return intCmp(a, b);
  if (fa && fb) {
    const x = floatOf(a), y = floatOf(b);
    if (x < y) return -1; if (x > y) return 1; if (x == y) return 0; return 2;
  }
  if (fa) { const r = cmpIntFloat(b, floatOf(a)); return r == 2 ? 2 : -r; }
  return cmpIntFloat(a, floatOf(b));
}

/** a == b: 1, 0, or -1 on error. */
export function eqValues(a: u64, b: u64): i32 {
  if (a == b) return isFloat(a) ? (floatOf(a) == floatOf(a) ? 1 : 0) : 1;
  const ka = kindOf(a), kb = kindOf(b);
  if (isNum(ka) && isNum(kb)) return numCmp(a, b) == 0 ? 1 : 0;
  if (ka == K.K_COMPLEX || kb == K.K_COMPLEX) { const r = complexEq(a, b); if (r != 2) return r; }
  if (ka != kb) {
    if ((ka == K.K_SET && kb == K.K_FROZENSET) || (ka == K.K_FROZENSET && kb == K.K_SET)) return setEq(ptrOf(a), ptrOf(b));
    if (ka == K.K_USER || kb == K.K_USER) return userEq(a, b);
    if (isSetLike(ka) && isSetLike(kb)) return setLikeEq(a, b);
    return 0;
  }
  if (ka == K.K_DICT_KEYS || ka == K.K_DICT_ITEMS) return setLikeEq(a, b);
  const pa = ptrOf(a), pb = ptrOf(b);
  switch (ka) {
    case K.K_STR: return strEq(pa, pb) ? 1 : 0;
    case K.K_TUPLE: {
      const n = tupLen(pa);
      if (n != tupLen(pb)) return 0;
      for (let i: u32 = 0; i < n; i++) {
        const x = tupItem(pa, i), y = tupItem(pb, i);
        if (x == y) continue; // identity first, like PyObject_RichCompareBool
        const r = eqValues(x, y);
        if (r != 1) return r;
      }
      return 1;
    }
    case K.K_LIST: {
      if (listLen(pa) != listLen(pb)) return 0;
      for (let i: u32 = 0; i < listLen(pa) && i < listLen(pb); i++) {
        const x = listItem(pa, i), y = listItem(pb, i);
        if (x == y) continue; // identity first, like PyObject_RichCompareBool
        incref(x); incref(y);
        const r = eqValues(x, y);
        decref(x); decref(y);
        if (r != 1) return r;
      }
      return listLen(pa) == listLen(pb) ? 1 : 0;
    }
    case K.K_DICT: return dictEq(pa, pb);
    case K.K_SET: case K.K_FROZENSET: return setEq(pa, pb);
    case K.K_BYTES: return bytesCmp(pa, pb) == 0 ? 1 : 0;
    case K.K_RANGE: return rangeEq(pa, pb) ? 1 : 0;
    case K.K_SLICE: {
      for (let off: u32 = 8; off <= 24; off += 8) {
        const r = eqValues(load<u64>(pa + off), load<u64>(pb + off));
        if (r != 1) return r;
      }
      return 1;
    }
    case K.K_USER: return userEq(a, b);
  }
  return 0;
}

// Hook for user classes (next issue): __eq__ lookup. Identity for now.
export function userEq(a: u64, b: u64): i32 { return a == b ? 1 : 0; }

const OPSYM = ["<", "<=", "==", "!=", ">", ">="];

function raiseCmp(op: i32, a: u64, b: u64): i32 {
  const sb = sbNew();
  sbLit(sb, "'"); sbLit(sb, OPSYM[op]); sbLit(sb, "' not supported between instances of '");
  sbTypeName(sb, a); sbLit(sb, "' and '"); sbTypeName(sb, b); sbLit(sb, "'");
  raiseSb(X.E_TypeError, sb);
  return -1;
}

@inline function cmpResult(op: i32, c: i32): i32 {
  switch (op) {
    case CMP_LT: return c < 0 ? 1 : 0;
    case CMP_LE: return c <= 0 ? 1 : 0;
    case CMP_GT: return c > 0 ? 1 : 0;
    case CMP_GE: return c >= 0 ? 1 : 0;
    case CMP_EQ: return c == 0 ? 1 : 0;
  }
  return c != 0 ? 1 : 0;
}

/** Sequence lexicographic ordering for lists/tuples. */
function seqOrder(op: i32, a: u64, b: u64, isList: bool): i32 {
  const pa = ptrOf(a), pb = ptrOf(b);
  let i: u32 = 0;
  while (true) {
    const na = isList ? listLen(pa) : tupLen(pa);
    const nb = isList ? listLen(pb) : tupLen(pb);
    if (i >= na || i >= nb) return cmpResult(op, na < nb ? -1 : na > nb ? 1 : 0);
    const x = isList ? listItem(pa, i) : tupItem(pa, i);
    const y = isList ? listItem(pb, i) : tupItem(pb, i);
    if (x == y) { i++; continue; } // identity first
    incref(x); incref(y);
    const e = eqValues(x, y);
    if (e < 0) { decref(x); decref(y); return -1; }
    if (e == 0) {
      const r = compareBool(op, x, y);
      decref(x); decref(y);
      return r;
    }
    decref(x); decref(y);
    i++;
  }
}

/** Rich comparison to an i32: 1 true, 0 false, -1 error. */
export function compareBool(op: i32, a: u64, b: u64): i32 {
  if (isSmallInt(a) && isSmallInt(b)) return cmpResult(op, intOf(a) < intOf(b) ? -1 : intOf(a) > intOf(b) ? 1 : 0);
  if (op == CMP_EQ) return eqValues(a, b);
  if (op == CMP_NE) { const r = eqValues(a, b); return r < 0 ? -1 : 1 - r; }
  const ka = kindOf(a), kb = kindOf(b);
  if (isNum(ka) && isNum(kb)) {
    const c = numCmp(a, b);
    if (c == 2) return 0;
    return cmpResult(op, c);
  }
  if (ka == kb) {
    switch (ka) {
      case K.K_STR: return cmpResult(op, strCmp(ptrOf(a), ptrOf(b)));
      case K.K_LIST: return seqOrder(op, a, b, true);
      case K.K_TUPLE: return seqOrder(op, a, b, false);
      case K.K_BYTES: return cmpResult(op, bytesCmp(ptrOf(a), ptrOf(b)));
      case K.K_SET: case K.K_FROZENSET: return setCompare(op, ptrOf(a), ptrOf(b));
    }
  } else if ((ka == K.K_SET || ka == K.K_FROZENSET) && (kb == K.K_SET || kb == K.K_FROZENSET)) {
    return setCompare(op, ptrOf(a), ptrOf(b));
  }
  return raiseCmp(op, a, b);
}

export function molt_compare_bool(op: i32, a: u64, b: u64): i32 { return compareBool(op, a, b); }

@inline function boxed(r: i32): u64 { return r < 0 ? ERROR : boxBool(r != 0); }
export function molt_eq(a: u64, b: u64): u64 { return boxed(compareBool(CMP_EQ, a, b)); }
export function molt_ne(a: u64, b: u64): u64 { return boxed(compareBool(CMP_NE, a, b)); }
export function molt_lt(a: u64, b: u64): u64 { return boxed(compareBool(CMP_LT, a, b)); }
export function molt_le(a: u64, b: u64): u64 { return boxed(compareBool(CMP_LE, a, b)); }
export function molt_gt(a: u64, b: u64): u64 { return boxed(compareBool(CMP_GT, a, b)); }
export function molt_ge(a: u64, b: u64): u64 { return boxed(compareBool(CMP_GE, a, b)); }
export function molt_is(a: u64, b: u64): i32 { return a == b ? 1 : 0; }
export function cmpTypeOf(v: u64): u32 { return typeOf(v); }
export function cmpIsInt(v: u64): bool { return isIntLike(v); }
export const CMP_TRUE: u64 = TRUE;
export const CMP_FALSE: u64 = FALSE;
export const CMP_NOTIMPL: u64 = NOTIMPL;

import { bigFromF64Obj } from "./int-big";

import { lenI64, containsValue } from "./subscript";
// dict_keys / dict_items compare equal to any set-like with the same items
function isSetLike(k: u32): bool { return k == K.K_SET || k == K.K_FROZENSET || k == K.K_DICT_KEYS || k == K.K_DICT_ITEMS; }
function setLikeEq(a: u64, b: u64): i32 {
  if (lenI64(a) != lenI64(b)) return 0;
  const it = iterNew(a);
  if (it == ERROR) return -1;
  let r: i32 = 1;
  while (true) {
    const x = iterNext(it);
    if (x == 0xFFFE_0000_0000_0001) break;
    if (x == ERROR) { r = -1; break; }
    const c = containsValue(b, x);
    decref(x);
    if (c != 1) { r = c; break; }
  }
  decref(it);
  return r;
}
import { iterNew, iterNext } from "./iter";
