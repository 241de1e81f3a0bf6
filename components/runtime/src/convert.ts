// str() and repr() of every builtin kind, written into string builders.
import { NONE, TRUE, FALSE, ERROR, isFloat, isSmallInt, intOf, floatOf, ptrOf, boxPtr, NOTIMPL, ELLIPSIS } from "./value";
import { incref } from "./object";
import { kindOf, typeOf, typeName, typeFlags, TF_HEAP } from "./types";
import * as K from "./kinds";
import { sbNew, sbByte, sbBytes, sbLit, sbI64, sbU64, sbFree } from "./strbuf";
import { sbFinish, strBytes, strData, STR_DATA } from "./str";
import { strReprInto } from "./str-repr";
import { tupLen, tupItem } from "./tuple";
import { listLen, listItem } from "./list";
import { excArgs } from "./exceptions";
import * as X from "./exceptions";
import { raiseLit } from "./errors";
import { floatRepr } from "./num/float-repr";
import { complexReprInto } from "./complex";
import { unicodeErrorStrInto } from "./unicode-errors";
import { intReprInto } from "./int";
import { containerReprInto } from "./convert-containers";

// ---- recursion guard for self-containing containers ----
const GUARD_MAX: u32 = 512;
const GUARD: usize = memory.data(512 * 4, 4);
let guardN: u32 = 0;

/** 1 if p is already being repr'd, 0 if entered, -1 on overflow (error set). */
export function reprEnter(p: u32): i32 {
  for (let i: u32 = 0; i < guardN; i++) if (load<u32>(GUARD + (i << 2)) == p) return 1;
  if (guardN >= GUARD_MAX) { raiseLit(X.E_RecursionError, "maximum recursion depth exceeded while getting the repr of an object"); return -1; }
  store<u32>(GUARD + (guardN << 2), p);
  guardN++;
  return 0;
}
export function reprLeave(): void { guardN--; }

export function sbStrObj(sb: u32, s: u64): void {
  const p = ptrOf(s);
  sbBytes(sb, p + STR_DATA, strBytes(p));
}

export function sbHexAddr(sb: u32, p: u32): void {
  sbLit(sb, "0x");
  const HEXD = "0123456789abcdef";
  let started = false;
  const v: u64 = 0x7f0000000000 | <u64>p;
  for (let i = 11; i >= 0; i--) {
    const d = <u32>((v >> (<u64>i * 4)) & 15);
    if (d != 0 || started || i == 0) { started = true; sbByte(sb, <u32>HEXD.charCodeAt(d)); }
  }
}

export function floatReprInto(sb: u32, f: f64): void {
  const buf = memory.data(40);
  const n = floatRepr(f, buf);
  sbBytes(sb, buf, <u32>n);
}

export function typeNameInto(sb: u32, t: u32): void {
  const n = ptrOf(typeName(t));
  sbBytes(sb, n + STR_DATA, strBytes(n));
}

/** Appends repr(v); returns false with an exception set on failure. */
export function reprInto(sb: u32, v: u64): bool {
  if (isFloat(v)) { floatReprInto(sb, floatOf(v)); return true; }
  if (isSmallInt(v)) { sbI64(sb, intOf(v)); return true; }
  if (v == NONE) { sbLit(sb, "None"); return true; }
  if (v == TRUE) { sbLit(sb, "True"); return true; }
  if (v == FALSE) { sbLit(sb, "False"); return true; }
  if (v == NOTIMPL) { sbLit(sb, "NotImplemented"); return true; }
  if (v == ELLIPSIS) { sbLit(sb, "Ellipsis"); return true; }
  const p = ptrOf(v);
  const k = kindOf(v);
  switch (k) {
    case K.K_STR: strReprInto(sb, p, false); return true;
    case K.K_COMPLEX: complexReprInto(sb, p); return true;
    case K.K_INT: return intReprInto(sb, v);
    case K.K_TYPE: {
      sbLit(sb, "<class '");
      if (typeFlags(p) & TF_HEAP) {
        const m = load<u64>(p, 48);
        if (m != NONE) { sbStrObj(sb, m); sbByte(sb, 46); }
        sbStrObj(sb, load<u64>(p, 56));
      } else typeNameInto(sb, p);
      sbLit(sb, "'>");
      return true;
    }
    case K.K_EXC: {
      typeNameInto(sb, typeOf(v));
      const a = ptrOf(excArgs(p));
      const n = tupLen(a);
      if (n == 1) {
        sbByte(sb, 40);
        if (!reprInto(sb, tupItem(a, 0))) return false;
        sbByte(sb, 41);
        return true;
      }
      return reprInto(sb, excArgs(p));
    }
    case K.K_FUNC: {
      sbLit(sb, "<function "); sbStrObj(sb, load<u64>(p, 24)); sbLit(sb, " at "); sbHexAddr(sb, p); sbByte(sb, 62);
      return true;
    }
    case K.K_BUILTIN: {
      const self = load<u64>(p, 16);
      if (self == 0) { sbLit(sb, "<built-in function "); sbStrObj(sb, load<u64>(p, 24)); sbByte(sb, 62); }
      else {
        sbLit(sb, "<built-in method "); sbStrObj(sb, load<u64>(p, 24)); sbLit(sb, " of ");
        typeNameInto(sb, typeOf(self)); sbLit(sb, " object at "); sbHexAddr(sb, ptrOf(self)); sbByte(sb, 62);
      }
      return true;
    }
    case K.K_BOUND: {
      sbLit(sb, "<bound method ");
      const f = load<u64>(p, 8);
      if (kindOf(f) == K.K_FUNC) sbStrObj(sb, load<u64>(ptrOf(f), 24)); else sbLit(sb, "?");
      sbLit(sb, " of ");
      if (!reprInto(sb, load<u64>(p, 16))) return false;
      sbByte(sb, 62);
      return true;
    }
    case K.K_FILE: {
      const fd = load<u32>(p, 8);
      sbLit(sb, fd == 1 ? "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>" :
        fd == 2 ? "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>" :
        "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
      return true;
    }
    case K.K_MODULE: {
      sbLit(sb, "<module '"); sbStrObj(sb, load<u64>(p, 8)); sbLit(sb, "' (built-in)>");
      return true;
    }
    case K.K_CELL: {
      sbLit(sb, "<cell at "); sbHexAddr(sb, p); sbLit(sb, ": ");
      const c = load<u64>(p, 8);
      if (c == ERROR) sbLit(sb, "empty>");
      else { typeNameInto(sb, typeOf(c)); sbLit(sb, " object at "); sbHexAddr(sb, ptrOf(c)); sbByte(sb, 62); }
      return true;
    }
  }
  const r = containerReprInto(sb, v, k);
  if (r == 1) return true;
  if (r == -1) return false;
  sbByte(sb, 60); typeNameInto(sb, typeOf(v)); sbLit(sb, " object at "); sbHexAddr(sb, p); sbByte(sb, 62);
  return true;
}

/** Appends str(v). */
export function strInto(sb: u32, v: u64): bool {
  const k = kindOf(v);
  if (k == K.K_STR) { sbStrObj(sb, v); return true; }
  if (k == K.K_EXC) return excStrInto(sb, v);
  return reprInto(sb, v);
}

export function excStrInto(sb: u32, v: u64): bool {
  const p = ptrOf(v);
  const a = ptrOf(excArgs(p));
  const n = tupLen(a);
  const t = typeOf(v);
  if (n == 0) return true;
  if (n == 5 && unicodeErrorStrInto(sb, v)) return true;
  if (n == 1) {
    if (X.isExcType(t) && X.excIsSub(t, X.E_KeyError)) return reprInto(sb, tupItem(a, 0));
    return strInto(sb, tupItem(a, 0));
  }
  if (X.excIsSub(t, X.E_OSError) && kindOf(tupItem(a, 0)) == K.K_INT && n <= 3) {
    sbLit(sb, "[Errno "); if (!strInto(sb, tupItem(a, 0))) return false; sbLit(sb, "] ");
    if (!strInto(sb, tupItem(a, 1))) return false;
    if (n == 3) { sbLit(sb, ": "); if (!reprInto(sb, tupItem(a, 2))) return false; }
    return true;
  }
  return reprInto(sb, excArgs(p));
}

export function molt_repr(v: u64): u64 {
  if (kindOf(v) == K.K_STR && false) return v;
  const sb = sbNew();
  if (!reprInto(sb, v)) { sbFree(sb); return ERROR; }
  return sbFinish(sb);
}

export function molt_str(v: u64): u64 {
  if (kindOf(v) == K.K_STR) { incref(v); return v; }
  const sb = sbNew();
  if (!strInto(sb, v)) { sbFree(sb); return ERROR; }
  return sbFinish(sb);
}

export function molt_ascii(v: u64): u64 {
  const r = molt_repr(v);
  if (r == ERROR) return r;
  const p = ptrOf(r);
  if (strBytes(p) == load<u32>(p, 12)) return r;
  // re-escape non-ASCII characters
  const sb = sbNew();
  const d = strData(p);
  const n = strBytes(p);
  let i: u32 = 0;
  while (i < n) {
    const b = load<u8>(d + i);
    if (b < 0x80) { sbByte(sb, b); i++; continue; }
    // reuse the escaper through a tiny path
    let c: u32; let l: u32;
    if (b < 0xE0) { c = ((<u32>b & 0x1F) << 6) | (load<u8>(d + i + 1) & 63); l = 2; }
    else if (b < 0xF0) { c = ((<u32>b & 0x0F) << 12) | ((<u32>load<u8>(d + i + 1) & 63) << 6) | (load<u8>(d + i + 2) & 63); l = 3; }
    else { c = ((<u32>b & 0x07) << 18) | ((<u32>load<u8>(d + i + 1) & 63) << 12) | ((<u32>load<u8>(d + i + 2) & 63) << 6) | (load<u8>(d + i + 3) & 63); l = 4; }
    i += l;
    const HEXD = "0123456789abcdef";
    if (c < 0x100) { sbLit(sb, "\\x"); for (let s = 1; s >= 0; s--) sbByte(sb, <u32>HEXD.charCodeAt((c >> (<u32>s * 4)) & 15)); }
    else if (c < 0x10000) { sbLit(sb, "\\u"); for (let s = 3; s >= 0; s--) sbByte(sb, <u32>HEXD.charCodeAt((c >> (<u32>s * 4)) & 15)); }
    else { sbLit(sb, "\\U"); for (let s = 7; s >= 0; s--) sbByte(sb, <u32>HEXD.charCodeAt((c >> (<u32>s * 4)) & 15)); }
  }
  X.excPtr(r);
  const out = sbFinish(sb);
  decrefStr(r);
  return out;
}

import { decref } from "./object";
function decrefStr(v: u64): void { decref(v); }
export function boxAny(p: u32): u64 { return boxPtr(p); }
