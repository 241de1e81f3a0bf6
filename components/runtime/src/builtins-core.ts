// Global builtin functions (print, len, min, max, ...).
import { NONE, TRUE, FALSE, ERROR, STOP, boxSmall, boxBool, boxPtr, ptrOf, isSmallInt, intOf, isFloat, floatOf, boxFloat, isPtr, fitsSmall } from "./value";
import { incref, decref } from "./object";
import { kindOf, typeOf, isSubtype, T_TYPE, typeFlags } from "./types";
import * as K from "./kinds";
import * as B from "./builtins-ids";
import { nkw, noKw, exactlyOne, argRange, kwValue, kwOnly, argRangeClinic } from "./args";
import { raiseLit, raiseTypeMsg, raiseSb, sbTypeName, setPending, errOccurred } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbByte, sbLit, sbBytes, sbFree, sbData, sbLen, sbI64 } from "./strbuf";
import { sbFinish, strBytes, strCps, STR_DATA, strFromUtf8, cpAt, strFromCp } from "./str";
import { strInto, reprInto, molt_repr, molt_ascii, sbStrObj } from "./convert";
import { writeOut, flushStdout, readLine, lineLen } from "./io";
import { iterNew, iterNext, builtinNext } from "./iter";
import { compareBool, CMP_LT, CMP_GT } from "./compare";
import { call1, callValue } from "./call";
import { binaryOp, unaryAbs, molt_divmod, powOp } from "./ops";
import { OP_ADD } from "./int";
import { hashValue } from "./hashing";
import { intFromI64, isIntLike, intToI64, intFitsI64 } from "./int";
import { lenOf } from "./subscript";
import { listNew, listAppendOwn } from "./list";
import { listSort } from "./list-sort";
import { tupLen, tupItem } from "./tuple";
import { roundValue } from "./round";
import { formatValue } from "./format";
import { intToBaseStr } from "./int-format";
import { getAttr, setAttr, delAttr } from "./attr";
import { isExcType } from "./exceptions";
import { sysExit, recursionLimit, setRecursionLimit } from "./sys";
import { truthy } from "./truthy";

function fileFd(f: u64): i32 {
  if (f == NONE || f == 0) return 1;
  if (kindOf(f) == K.K_FILE) return <i32>load<u32>(ptrOf(f), 8);
  return -1;
}

/** print(*args, sep=' ', end='\n', file=None, flush=False) */
export function builtinPrint(argv: usize, nargs: u32, kwnames: u64): u64 {
  if (!kwOnly("print", kwnames, "sep", "end", "file", "flush")) return ERROR;
  const sep = kwValue(argv, nargs, kwnames, "sep");
  const end = kwValue(argv, nargs, kwnames, "end");
  const file = kwValue(argv, nargs, kwnames, "file");
  const fl = kwValue(argv, nargs, kwnames, "flush");
  if (sep != 0 && sep != NONE && kindOf(sep) != K.K_STR) return fixMsg("sep", sep);
  if (end != 0 && end != NONE && kindOf(end) != K.K_STR) return fixMsg("end", end);
  const fd = fileFd(file);
  const sb = sbNew(64);
  for (let i: u32 = 0; i < nargs; i++) {
    if (i > 0) { if (sep == 0 || sep == NONE) sbByte(sb, 32); else sbStrObj(sb, sep); }
    if (!strInto(sb, load<u64>(argv + (i << 3)))) { sbFree(sb); return ERROR; }
  }
  if (end == 0 || end == NONE) sbByte(sb, 10); else sbStrObj(sb, end);
  if (fd < 0) {
    // file-like object: call file.write(text)
    const text = sbFinish(sb);
    const w = getAttr(file, strLitCached("write"));
    if (w == ERROR) { decref(text); return ERROR; }
    const r = call1(w, text);
    decref(w); decref(text);
    if (r == ERROR) return ERROR;
    decref(r);
    return NONE;
  }
  writeOut(<u32>fd, sbData(sb), sbLen(sb));
  sbFree(sb);
  if (fl != 0) { const t = truthy(fl); if (t < 0) return ERROR; if (t) flushStdout(); }
  return NONE;
}

function fixMsg(which: string, v: u64): u64 {
  const sb = sbNew(); sbLit(sb, which); sbLit(sb, " must be None or a string, not "); sbTypeName(sb, v);
  return raiseSb(X.E_TypeError, sb);
}
import { errClear } from "./errors";

import { strLitImmortal } from "./str";
let writeName: u64 = 0;
function strLitCached(s: string): u64 { if (writeName == 0) writeName = strLitImmortal("write"); return writeName; }

/** min()/max() */
function minMax(argv: usize, nargs: u32, kwnames: u64, isMax: bool): u64 {
  const name = isMax ? "max" : "min";
  if (!kwOnly(name, kwnames, "key", "default")) return ERROR;
  let key = kwValue(argv, nargs, kwnames, "key");
  const dflt = kwValue(argv, nargs, kwnames, "default");
  if (key == NONE) key = 0;
  if (nargs == 0) {
    const sb = sbNew(); sbLit(sb, name); sbLit(sb, " expected at least 1 argument, got 0");
    return raiseSb(X.E_TypeError, sb);
  }
  let it: u64;
  if (nargs == 1) {
    it = iterNew(load<u64>(argv));
    if (it == ERROR) return ERROR;
  } else {
    if (dflt != 0) {
      const sb = sbNew(); sbLit(sb, "Cannot specify a default for "); sbLit(sb, name); sbLit(sb, "() with multiple positional arguments");
      return raiseSb(X.E_TypeError, sb);
    }
    it = iterNew(tupFromArgs(argv, nargs));
    decref(lastTmp);
    if (it == ERROR) return ERROR;
  }
  let best: u64 = 0, bestKey: u64 = 0;
  let have = false; // not best == 0: the float 0.0 is boxed as 0
  while (true) {
    const v = iterNext(it);
    if (v == STOP) break;
    if (v == ERROR) { decref(it); if (have) { decref(best); decref(bestKey); } return ERROR; }
    let kv = v;
    if (key != 0) {
      kv = call1(key, v);
      if (kv == ERROR) { decref(v); decref(it); if (have) { decref(best); decref(bestKey); } return ERROR; }
    } else incref(kv);
    if (!have) { best = v; bestKey = kv; have = true; continue; }
    const c = compareBool(isMax ? CMP_GT : CMP_LT, kv, bestKey);
    if (c < 0) { decref(v); decref(kv); decref(it); decref(best); decref(bestKey); return ERROR; }
    if (c == 1) { decref(best); decref(bestKey); best = v; bestKey = kv; }
    else { decref(v); decref(kv); }
  }
  decref(it);
  if (!have) {
    if (dflt != 0) { incref(dflt); return dflt; }
    const sb = sbNew(); sbLit(sb, name); sbLit(sb, "() iterable argument is empty");
    return raiseSb(X.E_ValueError, sb);
  }
  decref(bestKey);
  return best;
}

import { tupFrom } from "./tuple";
let lastTmp: u64 = 0;
function tupFromArgs(argv: usize, n: u32): u64 { lastTmp = tupFrom(argv, n); return lastTmp; }

function builtinSum(argv: usize, nargs: u32, kwnames: u64): u64 {
  if (!kwOnly("sum", kwnames, "start")) return ERROR;
  let start = kwValue(argv, nargs, kwnames, "start");
  if (nargs == 2 && start == 0) start = load<u64>(argv + 8);
  else if (!argRangeClinic("sum", nargs + (start != 0 && nargs < 2 ? 1 : 0), 1, 2)) return ERROR;
  if (start == 0) start = boxSmall(0);
  const sk = kindOf(start);
  if (sk == K.K_STR) return raiseLit(X.E_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (sk == K.K_BYTES) return raiseLit(X.E_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  const it = iterNew(load<u64>(argv));
  if (it == ERROR) return ERROR;
  let acc = start;
  incref(acc);
  // floats: CPython 3.12's compensated (Neumaier) summation
  let fsum: f64 = 0, comp: f64 = 0;
  let inFloat = false;
  // fast paths for small ints and floats
  while (true) {
    const v = iterNext(it);
    if (v == STOP) break;
    if (v == ERROR) { decref(acc); decref(it); return ERROR; }
    if (!inFloat && isFloat(acc) && (isFloat(v) || isSmallInt(v))) { inFloat = true; fsum = floatOf(acc); comp = 0; }
    if (inFloat) {
      if (isFloat(v) || isSmallInt(v)) {
        const x = isFloat(v) ? floatOf(v) : <f64>intOf(v);
        const t = fsum + x;
        if (Math.abs(fsum) >= Math.abs(x)) comp += (fsum - t) + x; else comp += (x - t) + fsum;
        fsum = t;
        decref(v);
        continue;
      }
      // leaving the float path: materialize the sum
      decref(acc);
      acc = boxFloat(comp != 0 && isFinite(comp) ? fsum + comp : fsum);
      inFloat = false;
    }
    let r: u64;
    if (isSmallInt(acc) && isSmallInt(v)) {
      const s = intOf(acc) + intOf(v);
      r = intFromI64(s);
    } else if (isFloat(acc) && isFloat(v)) r = boxFloat(floatOf(acc) + floatOf(v));
    else r = binaryOp(OP_ADD, acc, v);
    decref(acc); decref(v);
    if (r == ERROR) { decref(it); return ERROR; }
    acc = r;
  }
  decref(it);
  if (inFloat) { decref(acc); return boxFloat(comp != 0 && isFinite(comp) ? fsum + comp : fsum); }
  return acc;
}

function anyAll(v: u64, isAll: bool): u64 {
  const it = iterNew(v);
  if (it == ERROR) return ERROR;
  while (true) {
    const x = iterNext(it);
    if (x == STOP) break;
    if (x == ERROR) { decref(it); return ERROR; }
    const t = truthy(x);
    decref(x);
    if (t < 0) { decref(it); return ERROR; }
    if (isAll && t == 0) { decref(it); return FALSE; }
    if (!isAll && t == 1) { decref(it); return TRUE; }
  }
  decref(it);
  return isAll ? TRUE : FALSE;
}

import { listFromIterable } from "./construct";
export function builtinSorted(argv: usize, nargs: u32, kwnames: u64): u64 {
  if (nargs != 1) {
    if (nargs == 0) return raiseLit(X.E_TypeError, "sorted expected 1 argument, got 0");
    const sb = sbNew(); sbLit(sb, "sorted expected 1 argument, got "); sbI64(sb, nargs); return raiseSb(X.E_TypeError, sb);
  }
  if (!kwOnly("sort", kwnames, "key", "reverse")) return ERROR;
  const l = listFromIterable(load<u64>(argv));
  if (l == ERROR) return ERROR;
  let key = kwValue(argv, nargs, kwnames, "key");
  const rev = kwValue(argv, nargs, kwnames, "reverse");
  let r = false;
  if (rev != 0) { const t = truthy(rev); if (t < 0) { decref(l); return ERROR; } r = t == 1; }
  if (!listSort(ptrOf(l), key == 0 ? NONE : key, r)) { decref(l); return ERROR; }
  return l;
}

/** isinstance(x, T or tuple): 1/0/-1 */
export function isInstance(v: u64, cls: u64): i32 { return typeMatchesClassinfo(typeOf(v), cls, true); }

function isSubclass(c: u64, cls: u64): i32 {
  if (kindOf(c) != K.K_TYPE) { raiseLit(X.E_TypeError, "issubclass() arg 1 must be a class"); return -1; }
  return typeMatchesClassinfo(ptrOf(c), cls, false);
}

/** Is type t a subtype of cls (a type, or nested tuples of them)? 1/0/-1;
 * inst picks the isinstance or issubclass message for a bad cls. */
function typeMatchesClassinfo(t: u32, cls: u64, inst: bool): i32 {
  const k = kindOf(cls);
  if (k == K.K_TYPE) return isSubtype(t, ptrOf(cls)) ? 1 : 0;
  if (k == K.K_TUPLE) {
    const p = ptrOf(cls);
    for (let i: u32 = 0; i < tupLen(p); i++) {
      const r = typeMatchesClassinfo(t, tupItem(p, i), inst);
      if (r != 0) return r;
    }
    return 0;
  }
  raiseLit(X.E_TypeError, inst ? "isinstance() arg 2 must be a type, a tuple of types, or a union"
                               : "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return -1;
}

function builtinOrd(v: u64): u64 {
  const k = kindOf(v);
  if (k == K.K_STR) {
    const p = ptrOf(v);
    const n = strCps(p);
    if (n == 1) return boxSmall(cpAt(p, 0));
    const sb = sbNew(); sbLit(sb, "ord() expected a character, but string of length "); sbI64(sb, n); sbLit(sb, " found");
    return raiseSb(X.E_TypeError, sb);
  }
  if (k == K.K_BYTES) {
    const p = ptrOf(v);
    const n = load<u32>(p, 8);
    if (n == 1) return boxSmall(load<u8>(p + 24));
    const sb = sbNew(); sbLit(sb, "ord() expected a character, but string of length "); sbI64(sb, n); sbLit(sb, " found");
    return raiseSb(X.E_TypeError, sb);
  }
  const sb = sbNew(); sbLit(sb, "ord() expected string of length 1, but "); sbTypeName(sb, v); sbLit(sb, " found");
  return raiseSb(X.E_TypeError, sb);
}

function builtinChr(v: u64): u64 {
  if (!isIntLike(v)) return raiseTypeMsg("", v, " object cannot be interpreted as an integer");
  if (!intFitsI64(v)) return raiseLit(X.E_OverflowError, "Python int too large to convert to C int");
  const i = intToI64(v);
  if (i < 0 || i > 0x10FFFF) return raiseLit(X.E_ValueError, "chr() arg not in range(0x110000)");
  return strFromCp(<u32>i);
}

function builtinInput(argv: usize, nargs: u32): u64 {
  if (nargs > 1) { const sb = sbNew(); sbLit(sb, "input expected at most 1 argument, got "); sbI64(sb, nargs); return raiseSb(X.E_TypeError, sb); }
  if (nargs == 1) {
    const sb = sbNew();
    if (!strInto(sb, load<u64>(argv))) { sbFree(sb); return ERROR; }
    writeOut(1, sbData(sb), sbLen(sb));
    sbFree(sb);
  }
  flushStdout();
  const p = readLine();
  let n = lineLen;
  if (n == 0) return raiseLit(X.E_EOFError, "EOF when reading a line");
  if (load<u8>(p + n - 1) == 10) n--;
  if (n > 0 && load<u8>(p + n - 1) == 13) n--;
  return strFromUtf8(p, n);
}

function builtinCallable(v: u64): u64 {
  const k = kindOf(v);
  return boxBool(k == K.K_FUNC || k == K.K_BUILTIN || k == K.K_TYPE || k == K.K_BOUND);
}

export function callGlobalBuiltin(id: u32, argv: usize, nargs: u32, kwnames: u64): u64 {
  if (id == B.B_PRINT) return builtinPrint(argv, nargs, kwnames);
  if (id == B.B_MIN) return minMax(argv, nargs, kwnames, false);
  if (id == B.B_MAX) return minMax(argv, nargs, kwnames, true);
  if (id == B.B_SUM) return builtinSum(argv, nargs, kwnames);
  if (id == B.B_SORTED) return builtinSorted(argv, nargs, kwnames);
  if (id == B.B_ROUND) {
    if (!kwOnly("round", kwnames, "ndigits")) return ERROR;
    let nd = kwValue(argv, nargs, kwnames, "ndigits");
    if (nargs == 2) nd = load<u64>(argv + 8);
    if (!argRangeClinic("round", nargs + (nkw(kwnames) > 0 && nargs < 2 ? 1 : 0), 1, 2)) return ERROR;
    return roundValue(load<u64>(argv), nd == 0 ? NONE : nd);
  }
  if (id == B.B_POW) {
    if (!kwOnly("pow", kwnames, "base", "exp", "mod")) return ERROR;
    if (nkw(kwnames) == 0 && !argRangeClinic("pow", nargs, 2, 3)) return ERROR;
    const base = nargs > 0 ? load<u64>(argv) : kwValue(argv, nargs, kwnames, "base");
    const exp = nargs > 1 ? load<u64>(argv + 8) : kwValue(argv, nargs, kwnames, "exp");
    let mod = nargs > 2 ? load<u64>(argv + 16) : kwValue(argv, nargs, kwnames, "mod");
    return powOp(base, exp, mod == 0 ? NONE : mod);
  }
  if (id == B.B_NEXT) {
    if (!noKw("next", kwnames)) return ERROR;
    if (!argRange("next", nargs, 1, 2)) return ERROR;
    return builtinNext(load<u64>(argv), nargs == 2 ? load<u64>(argv + 8) : 0);
  }
  if (id == B.B_ITER) {
    if (!noKw("iter", kwnames)) return ERROR;
    if (!argRange("iter", nargs, 1, 2)) return ERROR;
    if (nargs == 2) return raiseLit(X.E_NotImplementedError, "iter(callable, sentinel) is not supported yet");
    return iterNew(load<u64>(argv));
  }
  if (id == B.B_INPUT) return builtinInput(argv, nargs);
  if (id == B.B_GETATTR) {
    if (!argRange("getattr", nargs, 2, 3)) return ERROR;
    const name = load<u64>(argv + 8);
    if (kindOf(name) != K.K_STR) return raiseTypeMsg("attribute name must be string, not ", name, "");
    const r = getAttr(load<u64>(argv), name);
    if (r == ERROR && nargs == 3 && X.excIsSub(typeOf(pendingLocal()), X.E_AttributeError)) {
      errClear();
      const d = load<u64>(argv + 16); incref(d); return d;
    }
    return r;
  }
  if (id == B.B_FORMAT) {
    if (!argRange("format", nargs, 1, 2)) return ERROR;
    return formatValue(load<u64>(argv), nargs == 2 ? load<u64>(argv + 8) : 0);
  }
  if (id == B.B_SYS_EXIT) {
    if (!argRange("exit", nargs, 0, 1)) return ERROR;
    return sysExit(nargs == 1 ? load<u64>(argv) : NONE);
  }
  if (!noKw(builtinNameOf(id), kwnames)) return ERROR;
  // fixed-arity builtins
  switch (id) {
    case B.B_LEN: { if (!exactlyOne("len", nargs)) return ERROR; return lenOf(load<u64>(argv)); }
    case B.B_REPR: { if (!exactlyOne("repr", nargs)) return ERROR; return molt_repr(load<u64>(argv)); }
    case B.B_ASCII: { if (!exactlyOne("ascii", nargs)) return ERROR; return molt_ascii(load<u64>(argv)); }
    case B.B_ABS: { if (!exactlyOne("abs", nargs)) return ERROR; return unaryAbs(load<u64>(argv)); }
    case B.B_ANY: { if (!exactlyOne("any", nargs)) return ERROR; return anyAll(load<u64>(argv), false); }
    case B.B_ALL: { if (!exactlyOne("all", nargs)) return ERROR; return anyAll(load<u64>(argv), true); }
    case B.B_HASH: {
      if (!exactlyOne("hash", nargs)) return ERROR;
      const h = hashValue(load<u64>(argv));
      return h == -1 ? ERROR : intFromI64(h);
    }
    case B.B_ID: {
      if (!exactlyOne("id", nargs)) return ERROR;
      const v = load<u64>(argv);
      return intFromI64(isPtr(v) ? <i64>ptrOf(v) : <i64>(v & 0xFFFF_FFFF_FFFF));
    }
    case B.B_CALLABLE: { if (!exactlyOne("callable", nargs)) return ERROR; return builtinCallable(load<u64>(argv)); }
    case B.B_ORD: { if (!exactlyOne("ord", nargs)) return ERROR; return builtinOrd(load<u64>(argv)); }
    case B.B_CHR: { if (!exactlyOne("chr", nargs)) return ERROR; return builtinChr(load<u64>(argv)); }
    case B.B_HEX: { if (!exactlyOne("hex", nargs)) return ERROR; return intToBaseStr(load<u64>(argv), 16); }
    case B.B_OCT: { if (!exactlyOne("oct", nargs)) return ERROR; return intToBaseStr(load<u64>(argv), 8); }
    case B.B_BIN: { if (!exactlyOne("bin", nargs)) return ERROR; return intToBaseStr(load<u64>(argv), 2); }
    case B.B_DIVMOD: { if (!argRangeClinic("divmod", nargs, 2, 2)) return ERROR; return molt_divmod(load<u64>(argv), load<u64>(argv + 8)); }
    case B.B_ISINSTANCE: {
      if (!argRangeClinic("isinstance", nargs, 2, 2)) return ERROR;
      const r = isInstance(load<u64>(argv), load<u64>(argv + 8));
      return r < 0 ? ERROR : boxBool(r == 1);
    }
    case B.B_ISSUBCLASS: {
      if (!argRangeClinic("issubclass", nargs, 2, 2)) return ERROR;
      const r = isSubclass(load<u64>(argv), load<u64>(argv + 8));
      return r < 0 ? ERROR : boxBool(r == 1);
    }
    case B.B_SETATTR: {
      if (!argRangeClinic("setattr", nargs, 3, 3)) return ERROR;
      return setAttr(load<u64>(argv), load<u64>(argv + 8), load<u64>(argv + 16));
    }
    case B.B_DELATTR: {
      if (!argRangeClinic("delattr", nargs, 2, 2)) return ERROR;
      return delAttr(load<u64>(argv), load<u64>(argv + 8));
    }
    case B.B_HASATTR: {
      if (!argRangeClinic("hasattr", nargs, 2, 2)) return ERROR;
      const name = load<u64>(argv + 8);
      if (kindOf(name) != K.K_STR) return raiseTypeMsg("attribute name must be string, not ", name, "");
      const r = getAttr(load<u64>(argv), name);
      if (r == ERROR) {
        if (X.excIsSub(typeOf(pendingLocal()), X.E_AttributeError)) { errClear(); return FALSE; }
        return ERROR;
      }
      decref(r);
      return TRUE;
    }
    case B.B_SYS_GETRECLIMIT: return boxSmall(recursionLimit());
    case B.B_SYS_SETRECLIMIT: { if (!exactlyOne("setrecursionlimit", nargs)) return ERROR; return setRecursionLimit(load<u64>(argv)); }
    case B.B_SYS_GET_INT_MAX: return boxSmall(4300);
    case B.B_SYS_SET_INT_MAX: return NONE;
  }
  return raiseLit(X.E_SystemError, "unknown builtin");
}

import { pendingExc } from "./errors";
function pendingLocal(): u64 { return pendingExc(); }

export function builtinNameOf(id: u32): string {
  switch (id) {
    case B.B_LEN: return "len"; case B.B_REPR: return "repr"; case B.B_ABS: return "abs";
    case B.B_ANY: return "any"; case B.B_ALL: return "all"; case B.B_HASH: return "hash";
    case B.B_ORD: return "ord"; case B.B_CHR: return "chr"; case B.B_HEX: return "hex";
    case B.B_OCT: return "oct"; case B.B_BIN: return "bin"; case B.B_DIVMOD: return "divmod";
    case B.B_ISINSTANCE: return "isinstance"; case B.B_ISSUBCLASS: return "issubclass";
    case B.B_ID: return "id"; case B.B_CALLABLE: return "callable"; case B.B_ASCII: return "ascii";
    case B.B_SETATTR: return "setattr"; case B.B_HASATTR: return "hasattr"; case B.B_DELATTR: return "delattr";
    case B.B_INPUT: return "input";
  }
  return "builtin";
}

// ---- direct intrinsics for the compiler ----
export function molt_builtin_len(v: u64): u64 { return lenOf(v); }
export function molt_builtin_print1(v: u64): u64 {
  const sb = sbNew(32);
  if (!strInto(sb, v)) { sbFree(sb); return ERROR; }
  sbByte(sb, 10);
  writeOut(1, sbData(sb), sbLen(sb));
  sbFree(sb);
  return NONE;
}
export function molt_builtin_print(argv: i32, nargs: i32, kwnames: u64): u64 { return builtinPrint(<usize>argv, <u32>nargs, kwnames); }
export function molt_builtin_isinstance(v: u64, cls: u64): u64 {
  const r = isInstance(v, cls);
  return r < 0 ? ERROR : boxBool(r == 1);
}
export function molt_builtin_repr(v: u64): u64 { return molt_repr(v); }
export function molt_builtin_hash(v: u64): u64 { const h = hashValue(v); return h == -1 ? ERROR : intFromI64(h); }
export function molt_builtin_next(it: u64, dflt: u64): u64 { return builtinNext(it, dflt == ERROR ? 0 : dflt); }
