// list and tuple methods.
import { ptrOf, ERROR, NONE, boxPtr, boxSmall, isSmallInt, intOf } from "./value";
import { incref, decref } from "./object";
import { listLen, listItem, listItems, listAppendOwn, listInsertOwn, listPopAt, listClear, listSetLen, listFrom } from "./list";
import { tupLen, tupItem } from "./tuple";
import { exactlyOne, noArgs, noKw, argRange, kwOnly, kwValue, nkw } from "./args";
import { raiseLit, raiseSb } from "./errors";
import * as X from "./exceptions";
import { eqValues } from "./compare";
import { listExtend } from "./list-ops";
import { listSort } from "./list-sort";
import { truthy } from "./truthy";
import { isIntLike, intFitsI64, intToI64 } from "./int";
import { sbNew, sbLit } from "./strbuf";
import { reprInto } from "./convert";
import { raiseTypeMsg } from "./errors";

export const M_APPEND: u32 = 200;
export const M_EXTEND: u32 = 201;
export const M_INSERT: u32 = 202;
export const M_POP: u32 = 203;
export const M_REMOVE: u32 = 204;
export const M_INDEX: u32 = 205;
export const M_COUNT: u32 = 206;
export const M_REVERSE: u32 = 207;
export const M_SORT: u32 = 208;
export const M_COPY: u32 = 209;
export const M_CLEAR: u32 = 210;
export const M_TINDEX: u32 = 240;
export const M_TCOUNT: u32 = 241;

let ixBad = false;
function asIdx(v: u64): i64 {
  ixBad = false;
  if (isIntLike(v) && intFitsI64(v)) return intToI64(v);
  ixBad = true;
  raiseTypeMsg("", v, " object cannot be interpreted as an integer");
  return 0;
}

/** Clamp optional start/stop like CPython's index(). */
function clampIdx(v: i64, n: i64): i64 { if (v < 0) { v += n; if (v < 0) v = 0; } if (v > n) v = n; return v; }

function seqIndex(isList: bool, p: u32, argv: usize, nargs: u32, name: string): u64 {
  if (!argRange(name, nargs, 1, 3)) return ERROR;
  const x = load<u64>(argv);
  const n: i64 = isList ? listLen(p) : tupLen(p);
  let a: i64 = 0, b: i64 = n;
  if (nargs > 1) { a = asIdx(load<u64>(argv + 8)); if (ixBad) return ERROR; a = clampIdx(a, n); }
  if (nargs > 2) { b = asIdx(load<u64>(argv + 16)); if (ixBad) return ERROR; b = clampIdx(b, n); }
  for (let i = a; i < b; i++) {
    const cur: i64 = isList ? listLen(p) : tupLen(p);
    if (i >= cur) break;
    const y = isList ? listItem(p, <u32>i) : tupItem(p, <u32>i);
    if (y == x) return boxSmall(i);
    incref(y);
    const r = eqValues(y, x);
    decref(y);
    if (r < 0) return ERROR;
    if (r == 1) return boxSmall(i);
  }
  if (isList) {
    const sb = sbNew();
    if (!reprInto(sb, x)) return ERROR;
    sbLit(sb, " is not in list");
    return raiseSb(X.E_ValueError, sb);
  }
  return raiseLit(X.E_ValueError, "tuple.index(x): x not in tuple");
}

function seqCount(isList: bool, p: u32, x: u64): u64 {
  let c: i64 = 0;
  const n = isList ? listLen(p) : tupLen(p);
  for (let i: u32 = 0; ; i++) {
    const lim: u32 = isList ? listLen(p) : n;
    if (i >= lim) break;
    const y = isList ? listItem(p, i) : tupItem(p, i);
    if (y == x) { c++; continue; }
    incref(y);
    const r = eqValues(y, x);
    decref(y);
    if (r < 0) return ERROR;
    c += r;
  }
  return boxSmall(c);
}

export function callListMethod(id: u32, self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  const p = ptrOf(self);
  if (id == M_SORT) {
    if (nargs > 0) return raiseLit(X.E_TypeError, "sort() takes no positional arguments");
    if (!kwOnly("sort", kwnames, "key", "reverse")) return ERROR;
    const key = kwValue(argv, nargs, kwnames, "key");
    const rev = kwValue(argv, nargs, kwnames, "reverse");
    let r = false;
    if (rev != 0) { const t = truthy(rev); if (t < 0) return ERROR; r = t == 1; }
    return listSort(p, key == 0 ? NONE : key, r) ? NONE : ERROR;
  }
  switch (id) {
    case M_APPEND: if (!noKw("list.append", kwnames) || !exactlyOne("list.append", nargs)) return ERROR; break;
    case M_EXTEND: if (!noKw("list.extend", kwnames) || !exactlyOne("list.extend", nargs)) return ERROR; break;
    case M_REMOVE: if (!noKw("list.remove", kwnames) || !exactlyOne("list.remove", nargs)) return ERROR; break;
    case M_COUNT: if (!noKw("list.count", kwnames) || !exactlyOne("list.count", nargs)) return ERROR; break;
    case M_REVERSE: if (!noKw("list.reverse", kwnames) || !noArgs("list.reverse", nargs)) return ERROR; break;
    case M_COPY: if (!noKw("list.copy", kwnames) || !noArgs("list.copy", nargs)) return ERROR; break;
    case M_CLEAR: if (!noKw("list.clear", kwnames) || !noArgs("list.clear", nargs)) return ERROR; break;
    default: if (!noKw("list", kwnames)) return ERROR;
  }
  switch (id) {
    case M_APPEND: { const v = load<u64>(argv); incref(v); listAppendOwn(p, v); return NONE; }
    case M_EXTEND: return listExtend(p, load<u64>(argv)) ? NONE : ERROR;
    case M_INSERT: {
      if (nargs != 2) { const sb = sbNew(); sbLit(sb, "insert expected 2 arguments, got "); sbI64Local(sb, nargs); return raiseSb(X.E_TypeError, sb); }
      let i = asIdx(load<u64>(argv)); if (ixBad) return ERROR;
      const n = <i64>listLen(p);
      if (i < 0) { i += n; if (i < 0) i = 0; }
      if (i > n) i = n;
      const v = load<u64>(argv + 8); incref(v);
      listInsertOwn(p, <u32>i, v);
      return NONE;
    }
    case M_POP: {
      if (!argRange("pop", nargs, 0, 1)) return ERROR;
      const n = <i64>listLen(p);
      let i: i64 = n - 1;
      if (nargs == 1) { i = asIdx(load<u64>(argv)); if (ixBad) return ERROR; if (i < 0) i += n; }
      if (n == 0) return raiseLit(X.E_IndexError, "pop from empty list");
      if (i < 0 || i >= n) return raiseLit(X.E_IndexError, "pop index out of range");
      return listPopAt(p, <u32>i);
    }
    case M_REMOVE: {
      const x = load<u64>(argv);
      for (let i: u32 = 0; i < listLen(p); i++) {
        const y = listItem(p, i);
        let r: i32 = 1;
        if (y != x) { incref(y); r = eqValues(y, x); decref(y); }
        if (r < 0) return ERROR;
        if (r == 1) { decref(listPopAt(p, i)); return NONE; }
      }
      return raiseLit(X.E_ValueError, "list.remove(x): x not in list");
    }
    case M_INDEX: return seqIndex(true, p, argv, nargs, "index");
    case M_COUNT: return seqCount(true, p, load<u64>(argv));
    case M_REVERSE: {
      const n = listLen(p); const d = listItems(p);
      for (let i: u32 = 0, j = n; i + 1 < j; i++, j--) {
        const t = load<u64>(d + (i << 3)); store<u64>(d + (i << 3), load<u64>(d + ((j - 1) << 3))); store<u64>(d + ((j - 1) << 3), t);
      }
      return NONE;
    }
    case M_COPY: return listFrom(listItems(p), listLen(p));
    case M_CLEAR: listClear(p); return NONE;
  }
  return raiseLit(X.E_SystemError, "bad list method");
}
import { sbI64 } from "./strbuf";
function sbI64Local(sb: u32, v: i64): void { sbI64(sb, v); }

export function callTupleMethod(id: u32, self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  const p = ptrOf(self);
  if (!noKw("tuple", kwnames)) return ERROR;
  if (id == M_TINDEX) return seqIndex(false, p, argv, nargs, "index");
  if (id == M_TCOUNT) { if (!exactlyOne("tuple.count", nargs)) return ERROR; return seqCount(false, p, load<u64>(argv)); }
  return raiseLit(X.E_SystemError, "bad tuple method");
}
