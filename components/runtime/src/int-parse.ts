// int(x) and int(text, base) with CPython's syntax and messages.
import { ptrOf, ERROR, boxSmall, isFloat, floatOf, isSmallInt, isBool, NONE } from "./value";
import { incref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { raiseLit, raiseSb, raiseTypeMsg } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbLit } from "./strbuf";
import { reprInto } from "./convert";
import { STR_DATA, strBytes } from "./str";
import { intFromI64, isIntLike, intFitsI64, intToI64 } from "./int";
import { bigFromDigitsObj, bigFromF64Obj } from "./int-big";

@inline function isSpace(c: u32): bool { return c == 32 || (c >= 9 && c <= 13); }

function digitVal(c: u32): u32 {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

function invalid(orig: u64, base: i64): u64 {
  const sb = sbNew();
  sbLit(sb, "invalid literal for int() with base ");
  sbI64Local(sb, base);
  sbLit(sb, ": ");
  reprInto(sb, orig);
  return raiseSb(X.E_ValueError, sb);
}
import { sbI64 } from "./strbuf";
function sbI64Local(sb: u32, v: i64): void { sbI64(sb, v); }

/** Parses ASCII digits at [p, e) with base (0 = auto). Returns ERROR with ValueError using orig. */
export function parseIntText(p: usize, e: usize, base0: i64, orig: u64): u64 {
  let base = base0;
  while (p < e && isSpace(load<u8>(p))) p++;
  while (e > p && isSpace(load<u8>(e - 1))) e--;
  let neg = false;
  if (p < e && (load<u8>(p) == 43 || load<u8>(p) == 45)) { neg = load<u8>(p) == 45; p++; }
  if (p >= e) return invalid(orig, base0);
  let prefixed = false;
  if (load<u8>(p) == 48 && p + 1 < e) {
    const c = load<u8>(p + 1) | 32;
    if ((c == 120 && (base == 16 || base == 0)) || (c == 111 && (base == 8 || base == 0)) || (c == 98 && (base == 2 || base == 0))) {
      base = c == 120 ? 16 : c == 111 ? 8 : 2;
      p += 2;
      prefixed = true;
      if (p < e && load<u8>(p) == 95) p++; // 0x_1 allowed
    }
  }
  if (base == 0) {
    base = 10;
    // leading zeros not allowed for nonzero decimal in base 0
    if (load<u8>(p) == 48) {
      let q = p;
      while (q < e && (load<u8>(q) == 48 || load<u8>(q) == 95)) q++;
      if (q < e) return invalid(orig, base0);
    }
  }
  if (p >= e) return invalid(orig, base0);
  // validate and accumulate
  let v: u64 = 0;
  let overflow = false;
  let prevUnderscore = true;
  const ds = p;
  let nd: i32 = 0;
  for (let q = p; q < e; q++) {
    const c = <u32>load<u8>(q);
    if (c == 95) { if (prevUnderscore) return invalid(orig, base0); prevUnderscore = true; continue; }
    const d = digitVal(c);
    if (d >= <u32>base) return invalid(orig, base0);
    prevUnderscore = false;
    nd++;
    if (!overflow) {
      const nv = v * <u64>base + d;
      if (v > (0x7FFF_FFFF_FFFF_FFFF - d) / <u64>base) overflow = true; else v = nv;
    }
  }
  if (prevUnderscore) return invalid(orig, base0);
  if (!overflow) return intFromI64(neg ? -<i64>v : <i64>v);
  return bigFromDigitsObj(ds, e, <i32>base, neg);
}

export function intFromStr(v: u64, base: u64): u64 {
  if (!isIntLike(base)) return raiseTypeMsg("", base, " object cannot be interpreted as an integer");
  const b = intToI64(base);
  if (b != 0 && (b < 2 || b > 36)) return raiseLit(X.E_ValueError, "int() base must be >= 2 and <= 36, or 0");
  const k = kindOf(v);
  if (k == K.K_STR) {
    const p = ptrOf(v);
    if (strBytes(p) != strCps(p)) return parseIntUnicode(p, b, v);
    return parseIntText(p + STR_DATA, p + STR_DATA + strBytes(p), b, v);
  }
  if (k == K.K_BYTES) {
    const p = ptrOf(v);
    return parseIntText(p + 24, p + 24 + load<u32>(p, 8), b, v);
  }
  return raiseLit(X.E_TypeError, "int() can't convert non-string with explicit base");
}

export function intFromValue(v: u64): u64 {
  if (isSmallInt(v)) return v;
  if (isBool(v)) return boxSmall(<i64>(v & 1));
  if (isFloat(v)) {
    const f = floatOf(v);
    if (f != f) return raiseLit(X.E_ValueError, "cannot convert float NaN to integer");
    if (!isFinite(f)) return raiseLit(X.E_OverflowError, "cannot convert float infinity to integer");
    const t = Math.trunc(f);
    if (t > -9.0e15 && t < 9.0e15) return intFromI64(<i64>t);
    return bigFromF64Obj(t);
  }
  const k = kindOf(v);
  if (k == K.K_INT) { incref(v); return v; }
  if (k == K.K_STR || k == K.K_BYTES) return intFromStr(v, boxSmall(10));
  return raiseTypeMsg("int() argument must be a string, a bytes-like object or a real number, not ", v, "");
}
export const INTPARSE_NONE: u64 = NONE;

import { decimalValue } from "./unicode-digits";
import { isSpaceCp } from "./unicode-case";
import { decodeAt, decLen, strCps } from "./str";
import { rawAlloc, rawFree } from "./alloc";
/** int(str) with non-ASCII text: Unicode digits become ASCII, Unicode spaces ' ' (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII). */
function parseIntUnicode(p: u32, base: i64, orig: u64): u64 {
  const n = strCps(p);
  const buf = rawAlloc(n == 0 ? 1 : n);
  let off: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const c = decodeAt(p + STR_DATA + off); off += decLen;
    const d = decimalValue(c);
    let a: u32 = c < 128 ? c : 0x3f; // '?' never parses, so the ValueError names the original text
    if (d >= 0) a = 0x30 + <u32>d; else if (isSpaceCp(c)) a = 0x20;
    store<u8>(buf + i, <u8>a);
  }
  const r = parseIntText(buf, buf + n, base, orig);
  rawFree(buf);
  return r;
}
