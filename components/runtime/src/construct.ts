// Calling builtin types: int(), str(), list(), dict(), exception classes, ...
import { rangeFromInts } from "./range-big";
import { intIsZero } from "./int";
import { complexHash, complexTruthy, cxRe, cxIm, cxNew, complexFromArgs } from "./complex";
import { ptrOf, boxPtr, ERROR, NONE, STOP, TRUE, FALSE, boxSmall, boxFloat, isFloat, floatOf, isSmallInt, intOf, boxBool } from "./value";
import { incref, decref, objNew } from "./object";
import { kindOf, typeOf, typeKind, typeFlags, T_OBJECT, TF_EXC } from "./types";
import * as K from "./kinds";
import { nkw, noKw, argRange, argRangeClinic, kwValue, kwOnly, kwIs } from "./args";
import { raiseLit, raiseSb, raiseTypeMsg, sbTypeName, errClear, pendingExc } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbLit, sbI64, sbFree } from "./strbuf";
import { molt_str, reprInto } from "./convert";
import { truthy } from "./truthy";
import { listNew, listAppendOwn, listLen, listItems, listItem } from "./list";
import { tupNew, tupSet, tupFrom, emptyTupleV, tupLen, tupItem } from "./tuple";
import { dictNew, dictSet } from "./dict";
import { setFromIterable, setNew } from "./set";
import { rangeNew } from "./range";
import { molt_slice_new } from "./slice";
import { iterNew, iterNext, enumerateNew, zipNew, mapNew, filterNew, reversedNew } from "./iter";
import { intFromStr, intFromValue } from "./int-parse";
import { floatFromValue } from "./float-parse";
import { isIntLike, intFitsI64, intToI64 } from "./int";
import { bytesFromValue } from "./bytes-ops";
import { dictUpdateArgs } from "./dict-ops";
import { boxType } from "./types";

/** list(iterable) as a new list (ERROR on failure). */
export function listFromIterable(v: u64): u64 {
  const k = kindOf(v);
  if (k == K.K_LIST || k == K.K_TUPLE) {
    const p = ptrOf(v);
    const n = k == K.K_LIST ? listLen(p) : tupLen(p);
    const r = listNew(n);
    for (let i: u32 = 0; i < n; i++) { const x = k == K.K_LIST ? listItem(p, i) : tupItem(p, i); incref(x); listAppendOwn(r, x); }
    return boxPtr(r);
  }
  const it = iterNew(v);
  if (it == ERROR) return ERROR;
  const r = listNew(4);
  while (true) {
    const x = iterNext(it);
    if (x == STOP) break;
    if (x == ERROR) { decref(it); decref(boxPtr(r)); return ERROR; }
    listAppendOwn(r, x);
  }
  decref(it);
  return boxPtr(r);
}

export function tupleFromIterable(v: u64): u64 {
  const k = kindOf(v);
  if (k == K.K_TUPLE) { incref(v); return v; }
  const l = listFromIterable(v);
  if (l == ERROR) return ERROR;
  const p = ptrOf(l);
  const r = tupFrom(listItems(p), listLen(p));
  decref(l);
  return r;
}

/** Interprets v as a machine index for range() etc. */
let ixErr = false;
function asIndex(v: u64): i64 {
  ixErr = false;
  if (isIntLike(v)) {
    if (intFitsI64(v)) return intToI64(v);
    raiseLit(X.E_OverflowError, "Python int too large to convert to C ssize_t");
    ixErr = true;
    return 0;
  }
  raiseTypeMsg("", v, " object cannot be interpreted as an integer");
  ixErr = true;
  return 0;
}

function tooManyArgs(name: string, max: u32, n: u32): u64 {
  const sb = sbNew(); sbLit(sb, name); sbLit(sb, "() takes at most "); sbI64(sb, max);
  sbLit(sb, max == 1 ? " argument (" : " arguments ("); sbI64(sb, n); sbLit(sb, " given)");
  return raiseSb(X.E_TypeError, sb);
}

export function constructType(t: u32, argv: usize, nargs: u32, kwnames: u64): u64 {
  const k = typeKind(t);
  const a0 = nargs > 0 ? load<u64>(argv) : 0;
  if (typeFlags(t) & TF_EXC) {
    if (nkw(kwnames) > 0) {
      const sb = sbNew(); reprTypeName(sb, t); sbLit(sb, "() takes no keyword arguments");
      return raiseSb(X.E_TypeError, sb);
    }
    return X.excNew(t, tupFrom(argv, nargs));
  }
  switch (k) {
    case K.K_INT: {
      if (!kwOnly("int", kwnames, "base")) return ERROR;
      const base = kwValue(argv, nargs, kwnames, "base");
      if (nargs > 2) return tooManyArgs("int", 2, nargs);
      if (nargs == 0) { if (base != 0) return raiseLit(X.E_TypeError, "int() missing string argument"); return boxSmall(0); }
      const b = nargs == 2 ? load<u64>(argv + 8) : base;
      if (b != 0) return intFromStr(a0, b);
      return intFromValue(a0);
    }
    case K.K_FLOAT: {
      if (!noKw("float", kwnames)) return ERROR;
      if (nargs > 1) { const sb = sbNew(); sbLit(sb, "float expected at most 1 argument, got "); sbI64(sb, nargs); return raiseSb(X.E_TypeError, sb); }
      if (nargs == 0) return boxFloat(0);
      return floatFromValue(a0);
    }
    case K.K_COMPLEX: {
      if (!kwOnly("complex", kwnames, "real", "imag")) return ERROR;
      if (nargs + nkw(kwnames) > 2) return tooManyArgs("complex", 2, nargs + nkw(kwnames));
      const re = nargs > 0 ? a0 : kwValue(argv, nargs, kwnames, "real");
      const im = nargs > 1 ? load<u64>(argv + 8) : kwValue(argv, nargs, kwnames, "imag");
      return complexFromArgs(re, im);
    }
    case K.K_STR: {
      if (!kwOnly("str", kwnames, "object", "encoding", "errors")) return ERROR;
      if (nargs + nkw(kwnames) > 3) return tooManyArgs("str", 3, nargs + nkw(kwnames));
      if (nargs == 0) { const o = kwValue(argv, nargs, kwnames, "object"); if (o == 0) return molt_strEmpty(); return molt_str(o); }
      if (nargs == 1 && nkw(kwnames) == 0) return molt_str(a0);
      return decodeBytesArg(a0, nargs > 1 ? load<u64>(argv + 8) : kwValue(argv, nargs, kwnames, "encoding"));
    }
    case K.K_BOOL: {
      if (!noKw("bool", kwnames)) return ERROR;
      if (nargs > 1) { const sb = sbNew(); sbLit(sb, "bool expected at most 1 argument, got "); sbI64(sb, nargs); return raiseSb(X.E_TypeError, sb); }
      if (nargs == 0) return FALSE;
      const r = truthy(a0);
      return r < 0 ? ERROR : boxBool(r == 1);
    }
    case K.K_LIST: {
      if (!noKw("list", kwnames)) return ERROR;
      if (nargs > 1) { const sb = sbNew(); sbLit(sb, "list expected at most 1 argument, got "); sbI64(sb, nargs); return raiseSb(X.E_TypeError, sb); }
      if (nargs == 0) return boxPtr(listNew(0));
      return listFromIterable(a0);
    }
    case K.K_TUPLE: {
      if (!noKw("tuple", kwnames)) return ERROR;
      if (nargs > 1) { const sb = sbNew(); sbLit(sb, "tuple expected at most 1 argument, got "); sbI64(sb, nargs); return raiseSb(X.E_TypeError, sb); }
      if (nargs == 0) return emptyTupleV();
      return tupleFromIterable(a0);
    }
    case K.K_DICT: {
      if (nargs > 1) { const sb = sbNew(); sbLit(sb, "dict expected at most 1 argument, got "); sbI64(sb, nargs); return raiseSb(X.E_TypeError, sb); }
      const d = dictNew();
      if (!dictUpdateArgs(d, nargs == 1 ? a0 : 0, argv + (nargs << 3), kwnames)) { decref(boxPtr(d)); return ERROR; }
      return boxPtr(d);
    }
    case K.K_SET: case K.K_FROZENSET: {
      const nm = k == K.K_SET ? "set" : "frozenset";
      if (!noKw(nm, kwnames)) return ERROR;
      if (nargs > 1) { const sb = sbNew(); sbLit(sb, nm); sbLit(sb, " expected at most 1 argument, got "); sbI64(sb, nargs); return raiseSb(X.E_TypeError, sb); }
      if (nargs == 0) return boxPtr(setNew(k == K.K_FROZENSET));
      if (k == K.K_FROZENSET && kindOf(a0) == K.K_FROZENSET) { incref(a0); return a0; }
      return setFromIterable(a0, k == K.K_FROZENSET);
    }
    case K.K_RANGE: {
      if (!noKw("range", kwnames)) return ERROR;
      if (nargs == 0) return raiseLit(X.E_TypeError, "range expected at least 1 argument, got 0");
      if (nargs > 3) { const sb = sbNew(); sbLit(sb, "range expected at most 3 arguments, got "); sbI64(sb, nargs); return raiseSb(X.E_TypeError, sb); }
      for (let i: u32 = 0; i < nargs; i++) {
        const a = load<u64>(argv + (i << 3));
        if (!isIntLike(a)) return raiseTypeMsg("", a, " object cannot be interpreted as an integer");
      }
      const s = nargs == 1 ? boxSmall(0) : a0;
      const e = nargs == 1 ? a0 : load<u64>(argv + 8);
      const st = nargs == 3 ? load<u64>(argv + 16) : boxSmall(1);
      if (intIsZero(st)) return raiseLit(X.E_ValueError, "range() arg 3 must not be zero");
      return rangeFromInts(s, e, st);
    }
    case K.K_SLICE: {
      if (!noKw("slice", kwnames)) return ERROR;
      if (!argRange("slice", nargs, 1, 3)) return ERROR;
      if (nargs == 1) return molt_slice_new(NONE, a0, NONE);
      return molt_slice_new(a0, load<u64>(argv + 8), nargs == 3 ? load<u64>(argv + 16) : NONE);
    }
    case K.K_BYTES: {
      if (!kwOnly("bytes", kwnames, "source", "encoding", "errors")) return ERROR;
      return bytesFromValue(nargs > 0 ? a0 : 0, nargs > 1 ? load<u64>(argv + 8) : kwValue(argv, nargs, kwnames, "encoding"));
    }
    case K.K_TYPE: {
      if (nargs == 1 && nkw(kwnames) == 0) { const tt = typeOf(a0); return boxType(tt); }
      return raiseLit(X.E_TypeError, "type() takes 1 or 3 arguments");
    }
    case K.K_OBJECT: {
      if (nargs > 0 || nkw(kwnames) > 0) return raiseLit(X.E_TypeError, "object() takes no arguments");
      return boxPtr(objNew(T_OBJECT, 8));
    }
    case K.K_ENUMERATE: {
      if (!kwOnly("enumerate", kwnames, "iterable", "start")) return ERROR;
      let it = nargs > 0 ? a0 : kwValue(argv, nargs, kwnames, "iterable");
      let st = nargs > 1 ? load<u64>(argv + 8) : kwValue(argv, nargs, kwnames, "start");
      if (it == 0) return raiseLit(X.E_TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
      if (nargs > 2) return tooManyArgs("enumerate", 2, nargs);
      let s: i64 = 0;
      if (st != 0) { s = asIndex(st); if (ixErr) return ERROR; }
      return enumerateNew(it, s);
    }
    case K.K_ZIP: {
      if (!kwOnly("zip", kwnames, "strict")) return ERROR;
      const st = kwValue(argv, nargs, kwnames, "strict");
      let strict = false;
      if (st != 0) { const r = truthy(st); if (r < 0) return ERROR; strict = r == 1; }
      return zipNew(argv, nargs, strict);
    }
    case K.K_MAP: {
      if (!noKw("map", kwnames)) return ERROR;
      if (nargs < 2) return raiseLit(X.E_TypeError, "map() must have at least two arguments.");
      return mapNew(a0, argv + 8, nargs - 1);
    }
    case K.K_FILTER: {
      if (!noKw("filter", kwnames)) return ERROR;
      if (nargs != 2) { const sb = sbNew(); sbLit(sb, "filter expected 2 arguments, got "); sbI64(sb, nargs); return raiseSb(X.E_TypeError, sb); }
      return filterNew(a0, load<u64>(argv + 8));
    }
    case K.K_REVERSED: {
      if (!noKw("reversed", kwnames)) return ERROR;
      if (nargs != 1) { const sb = sbNew(); sbLit(sb, "reversed expected 1 argument, got "); sbI64(sb, nargs); return raiseSb(X.E_TypeError, sb); }
      return reversedNew(a0);
    }
  }
  const sb = sbNew(); sbLit(sb, "cannot create '"); reprTypeName(sb, t); sbLit(sb, "' instances");
  return raiseSb(X.E_TypeError, sb);
}

import { typeNameInto } from "./convert";
function reprTypeName(sb: u32, t: u32): void { typeNameInto(sb, t); }
import { emptyStrV } from "./str";
function molt_strEmpty(): u64 { return emptyStrV(); }
import { bytesDecodeWith } from "./codecs-decode";
function decodeBytesArg(b: u64, enc: u64): u64 {
  if (kindOf(b) != K.K_BYTES) {
    if (kindOf(b) == K.K_STR) return raiseLit(X.E_TypeError, "decoding str is not supported");
    return raiseTypeMsg("decoding to str: need a bytes-like object, ", b, " found");
  }
  return bytesDecodeWith(b, enc, 0);
}
