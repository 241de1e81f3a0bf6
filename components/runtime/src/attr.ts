// Attribute access: type MRO dicts hold builtin methods (builtin function
// objects with no self); instances get them bound. Special attributes of
// builtin kinds are answered here. User classes (next issue) reuse the MRO walk.
import { rangeFieldV } from "./range-big";
import { unicodeErrorAttr } from "./unicode-errors";
import { complexHash, complexTruthy, cxRe, cxIm, cxNew, complexFromArgs } from "./complex";
import { ptrOf, boxPtr, ERROR, NONE, isSmallInt, boxSmall, isFloat, floatOf, boxFloat, isBool } from "./value";
import { incref, decref } from "./object";
import { kindOf, typeOf, typeMro, typeDict, typeName, typeBase, T_OBJECT, boxType, typeFlags, TF_HEAP } from "./types";
import * as K from "./kinds";
import { tupLen, tupItem, emptyTupleV } from "./tuple";
import { dictGet, dictNew, dictSet } from "./dict";
import { raiseSb, sbTypeName, raiseLit } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbLit } from "./strbuf";
import { builtinNew, builtinId } from "./func";
import { callBuiltin } from "./builtins-dispatch";
import { callValue } from "./call";
import { sbStrObj, typeNameInto } from "./convert";
import { kwIs } from "./args";
import { excArgs } from "./exceptions";

/** Looks name up along the type's MRO; borrowed value or 0. */
export function typeLookup(t: u32, name: u64): u64 {
  const mro = typeMro(t);
  if (mro == NONE) {
    let b = t;
    while (b != 0) {
      const d = typeDict(b);
      if (d != NONE) { const v = dictGet(ptrOf(d), name); if (v != 0 && v != ERROR) return v; }
      b = typeBase(b);
    }
    return 0;
  }
  const mp = ptrOf(mro);
  const n = tupLen(mp);
  for (let i: u32 = 0; i < n; i++) {
    const d = typeDict(ptrOf(tupItem(mp, i)));
    if (d != NONE) {
      const v = dictGet(ptrOf(d), name);
      if (v == ERROR) return 0;
      if (v != 0) return v;
    }
  }
  return 0;
}

/** Registers a builtin method (id) under name on type t. */
export function addMethod(t: u32, name: u64, id: u32, classMethod: bool = false): void {
  let d = typeDict(t);
  if (d == NONE) { d = boxPtr(dictNew()); store<u64>(t, d, 40); }
  const f = builtinNew(id, name, 0);
  if (classMethod) store<u32>(ptrOf(f), 1, 12);
  dictSet(ptrOf(d), name, f);
  decref(f);
}

function noAttr(v: u64, name: u64): u64 {
  const sb = sbNew();
  if (kindOf(v) == K.K_TYPE) {
    sbLit(sb, "type object '"); typeNameInto(sb, ptrOf(v)); sbLit(sb, "' has no attribute '");
  } else if (kindOf(v) == K.K_MODULE) {
    sbLit(sb, "module '"); sbStrObj(sb, load<u64>(ptrOf(v), 8)); sbLit(sb, "' has no attribute '");
  } else {
    sbLit(sb, "'"); sbTypeName(sb, v); sbLit(sb, "' object has no attribute '");
  }
  sbStrObj(sb, name); sbLit(sb, "'");
  return raiseSb(X.E_AttributeError, sb);
}

@inline function nr(v: u64): u64 { incref(v); return v; }

// Not 0: the float 0.0 is boxed as 0.
const NO_ATTR: u64 = 0xFFFE_0000_0000_00FF;
/** Data attributes of builtin kinds; NO_ATTR if not special. */
function specialAttr(v: u64, name: u64): u64 {
  const k = kindOf(v);
  const p = ptrOf(v);
  if (kwIs(name, "__class__")) return nr(boxType(typeOf(v)));
  switch (k) {
    case K.K_TYPE:
      if (kwIs(name, "__name__")) return nr(typeName(p));
      if (kwIs(name, "__qualname__")) return nr(load<u64>(p, 56));
      if (kwIs(name, "__module__")) return nr(load<u64>(p, 48));
      if (kwIs(name, "__mro__")) return nr(typeMro(p));
      if (kwIs(name, "__base__")) { const b = typeBase(p); return b == 0 ? NONE : nr(boxPtr(b)); }
      if (kwIs(name, "__bases__")) { const b = typeBase(p); return b == 0 ? emptyTupleV() : tup1Local(boxPtr(b)); }
      if (kwIs(name, "__doc__")) return NONE;
      break;
    case K.K_EXC:
      if (kwIs(name, "args")) return nr(excArgs(p));
      if (kwIs(name, "__cause__")) { const c = load<u64>(p, 24); return c == 0 ? NONE : nr(c); }
      if (kwIs(name, "__context__")) { const c = load<u64>(p, 32); return c == 0 ? NONE : nr(c); }
      if (kwIs(name, "__suppress_context__")) return load<u32>(p, 40) ? 0xFFFA_0000_0000_0001 : 0xFFFA_0000_0000_0000;
      if (kwIs(name, "__traceback__")) return NONE;
      if (kwIs(name, "value") && X.excIsSub(typeOf(v), X.E_StopIteration)) {
        const a = ptrOf(excArgs(p)); return tupLen(a) > 0 ? nr(tupItem(a, 0)) : NONE;
      }
      if (kwIs(name, "code") && X.excIsSub(typeOf(v), X.E_SystemExit)) {
        const a = ptrOf(excArgs(p)); const n = tupLen(a);
        return n == 0 ? NONE : n == 1 ? nr(tupItem(a, 0)) : nr(excArgs(p));
      }
      { const u = unicodeErrorAttr(v, name); if (u != 0) return u; }
      if (kwIs(name, "errno") && X.excIsSub(typeOf(v), X.E_OSError)) {
        const a = ptrOf(excArgs(p)); return tupLen(a) >= 2 ? nr(tupItem(a, 0)) : NONE;
      }
      if (kwIs(name, "strerror") && X.excIsSub(typeOf(v), X.E_OSError)) {
        const a = ptrOf(excArgs(p)); return tupLen(a) >= 2 ? nr(tupItem(a, 1)) : NONE;
      }
      break;
    case K.K_FUNC:
      if (kwIs(name, "__name__")) return nr(load<u64>(p, 16));
      if (kwIs(name, "__qualname__")) return nr(load<u64>(p, 24));
      if (kwIs(name, "__defaults__")) return nr(load<u64>(p, 56));
      if (kwIs(name, "__kwdefaults__")) return nr(load<u64>(p, 64));
      if (kwIs(name, "__closure__")) return nr(load<u64>(p, 72));
      if (kwIs(name, "__module__")) return nr(load<u64>(p, 88));
      if (kwIs(name, "__doc__")) return NONE;
      break;
    case K.K_BUILTIN:
      if (kwIs(name, "__name__") || kwIs(name, "__qualname__")) return nr(load<u64>(p, 24));
      if (kwIs(name, "__self__")) { const s = load<u64>(p, 16); return s == 0 ? NONE : nr(s); }
      break;
    case K.K_BOUND:
      if (kwIs(name, "__self__")) return nr(load<u64>(p, 16));
      if (kwIs(name, "__func__")) return nr(load<u64>(p, 8));
      break;
    case K.K_INT: case K.K_BOOL:
      if (kwIs(name, "real") || kwIs(name, "numerator")) return isBool(v) ? boxSmall(<i64>(v & 1)) : nr(v);
      if (kwIs(name, "imag")) return boxSmall(0);
      if (kwIs(name, "denominator")) return boxSmall(1);
      break;
    case K.K_FLOAT:
      if (kwIs(name, "real")) return v;
      if (kwIs(name, "imag")) return boxFloat(0);
      break;
    case K.K_COMPLEX:
      if (kwIs(name, "real")) return boxFloat(cxRe(p));
      if (kwIs(name, "imag")) return boxFloat(cxIm(p));
      break;
    case K.K_SLICE:
      if (kwIs(name, "start")) return nr(load<u64>(p, 8));
      if (kwIs(name, "stop")) return nr(load<u64>(p, 16));
      if (kwIs(name, "step")) return nr(load<u64>(p, 24));
      break;
    case K.K_RANGE:
      if (kwIs(name, "start")) return rangeFieldV(p, 0);
      if (kwIs(name, "stop")) return rangeFieldV(p, 1);
      if (kwIs(name, "step")) return rangeFieldV(p, 2);
      break;
    case K.K_MODULE: {
      const d = load<u64>(p, 16);
      const r = dictGet(ptrOf(d), name);
      if (r != 0 && r != ERROR) return nr(r);
      break;
    }
    case K.K_GENERATOR:
      if (kwIs(name, "__name__") || kwIs(name, "__qualname__")) {
        const fr = genFrame(p);
        return fr != 0 ? nr(load<u64>(fr, 16)) : strLit("<genexpr>");
      }
      break;
    case K.K_FILE:
      if (kwIs(name, "name")) return strLocal(load<u32>(p, 8));
      break;
  }
  return NO_ATTR;
}
import { tup1 } from "./tuple";
function tup1Local(v: u64): u64 { return tup1(v); }
import { intFromI64 } from "./int";
function intLocal(i: i64): u64 { return intFromI64(i); }
import { strLit } from "./str";
function strLocal(fd: u32): u64 { return strLit(fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>"); }

export function getAttr(v: u64, name: u64): u64 {
  const s = specialAttr(v, name);
  if (s != NO_ATTR) return s;
  if (kindOf(v) == K.K_TYPE) {
    const a = typeLookup(ptrOf(v), name);
    if (a != 0) {
      // builtin classmethods (dict.fromkeys) bind to the type
      if (kindOf(a) == K.K_BUILTIN && (load<u32>(ptrOf(a), 12) & 1) != 0) return builtinNew(builtinId(ptrOf(a)), name, v);
      incref(a);
      return a;
    }
    return noAttr(v, name);
  }
  // exception / function instance dicts
  const k = kindOf(v);
  if (k == K.K_EXC || k == K.K_FUNC) {
    const d = load<u64>(ptrOf(v) + (k == K.K_EXC ? 48 : 80));
    if (d != 0) { const r = dictGet(ptrOf(d), name); if (r != 0 && r != ERROR) { incref(r); return r; } }
  }
  const a = typeLookup(typeOf(v), name);
  if (a != 0) {
    if (kindOf(a) == K.K_BUILTIN && load<u64>(ptrOf(a), 16) == 0) return builtinNew(builtinId(ptrOf(a)), name, v);
    if (kindOf(a) == K.K_FUNC) return boundNewLocal(a, v);
    incref(a);
    return a;
  }
  return noAttr(v, name);
}
import { boundNew } from "./func";
function boundNewLocal(f: u64, s: u64): u64 { return boundNew(f, s); }

export function setAttr(v: u64, name: u64, val: u64): u64 {
  const k = kindOf(v);
  if (k == K.K_EXC || k == K.K_FUNC) {
    const off: u32 = k == K.K_EXC ? 48 : 80;
    const p = ptrOf(v);
    if (k == K.K_EXC && (kwIs(name, "__cause__") || kwIs(name, "__context__"))) {
      const o: u32 = kwIs(name, "__cause__") ? 24 : 32;
      const old = load<u64>(p + o);
      incref(val);
      store<u64>(p + o, val == NONE && o == 32 ? 0 : val);
      if (o == 24) store<u32>(p, 1, 40);
      if (old != 0) decref(old);
      return NONE;
    }
    if (k == K.K_EXC && kwIs(name, "args")) {
      const old = load<u64>(p, 8);
      const t = tupleFromIterableLocal(val);
      if (t == ERROR) return ERROR;
      store<u64>(p, t, 8);
      decref(old);
      return NONE;
    }
    let d = load<u64>(p + off);
    if (d == 0) { d = boxPtr(dictNew()); store<u64>(p + off, d); }
    return dictSet(ptrOf(d), name, val) ? NONE : ERROR;
  }
  if (k == K.K_MODULE) return dictSet(ptrOf(load<u64>(ptrOf(v), 16)), name, val) ? NONE : ERROR;
  const a = typeLookup(typeOf(v), name);
  const sb = sbNew();
  if (a != 0) { sbLit(sb, "'"); sbTypeName(sb, v); sbLit(sb, "' object attribute '"); sbStrObj(sb, name); sbLit(sb, "' is read-only"); }
  else { sbLit(sb, "'"); sbTypeName(sb, v); sbLit(sb, "' object has no attribute '"); sbStrObj(sb, name); sbLit(sb, "'"); }
  return raiseSb(X.E_AttributeError, sb);
}
import { tupleFromIterable } from "./construct";
function tupleFromIterableLocal(v: u64): u64 { return tupleFromIterable(v); }

export function delAttr(v: u64, name: u64): u64 {
  const k = kindOf(v);
  if (k == K.K_EXC || k == K.K_FUNC || k == K.K_MODULE) {
    const d = k == K.K_MODULE ? load<u64>(ptrOf(v), 16) : load<u64>(ptrOf(v) + (k == K.K_EXC ? 48 : 80));
    if (d != 0) {
      const r = dictPopLocal(ptrOf(d), name);
      if (r == ERROR) return ERROR;
      if (r != 0) { decref(r); return NONE; }
    }
  }
  return noAttr(v, name);
}
import { dictPop } from "./dict";
function dictPopLocal(d: u32, k: u64): u64 { return dictPop(d, k); }

export function molt_getattr(v: u64, name: u64): u64 { return getAttr(v, name); }
export function molt_setattr(v: u64, name: u64, val: u64): u64 { return setAttr(v, name, val); }
export function molt_delattr(v: u64, name: u64): u64 { return delAttr(v, name); }

/** For call_method: the attribute found on the type (borrowed), or 0 when the
 *  generic getattr path must be used. */
export function lookupMethod(obj: u64, name: u64): u64 {
  const k = kindOf(obj);
  if (k == K.K_TYPE || k == K.K_MODULE || k == K.K_EXC || k == K.K_FUNC) return 0;
  return typeLookup(typeOf(obj), name);
}

export function callMethodFound(m: u64, obj: u64, name: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  if (m != 0) {
    const mk = kindOf(m);
    if (mk == K.K_BUILTIN && load<u64>(ptrOf(m), 16) == 0) return callBuiltin(builtinId(ptrOf(m)), obj, argv, nargs, kwnames);
  }
  const f = getAttr(obj, name);
  if (f == ERROR) return ERROR;
  const r = callValue(f, argv, nargs, kwnames);
  decref(f);
  return r;
}
export function attrRaise(): u64 { return raiseLit(X.E_AttributeError, ""); }

import { genFrame } from "./generator";
