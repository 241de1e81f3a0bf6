// Methods of int, float, range and slice that need more than a line:
// int.bit_count, as_integer_ratio, to_bytes/from_bytes, float.hex/fromhex, range.index/count,
// slice.indices.
import { rangeIsBig, rangeContainsV, rangeIndexV } from "./range-big";
import { ptrOf, ERROR, NONE, boxSmall, boxBool, floatOf, isSmallInt, intOf, isBool, isFloat, boxFloat } from "./value";
import { decref, incref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { noArgs, exactlyOne } from "./args";
import { raiseLit, raiseSb, raiseTypeMsg } from "./errors";
import * as X from "./exceptions";
import { STR_DATA, strBytes, sbFinish } from "./str";
import { sbNew, sbLit, sbByte, sbI64 } from "./strbuf";
import { isIntLike, intFitsI64, intToI64, intFromI64 } from "./int";
import { bigToBaseStr } from "./int-big";
import { tup2Own, tupNew, tupSet } from "./tuple";
import { boxPtr } from "./value";
import { molt_lshift } from "./ops";
import { molt_repr } from "./convert";
import { rangeStart, rangeStep, rangeContainsInt } from "./range";
import { sliceIndices, sStart, sStop, sStep } from "./slice";
import { sbStrObj } from "./convert";
import { intToBytes, intFromBytes } from "./int-bytes";

export const M_BIT_COUNT: u32 = 360;
export const M_INT_RATIO: u32 = 361;
export const M_FLOAT_RATIO: u32 = 362;
export const M_FLOAT_HEX: u32 = 363;
export const M_FLOAT_FROMHEX: u32 = 364;
export const M_RANGE_INDEX: u32 = 365;
export const M_RANGE_COUNT: u32 = 366;
export const M_SLICE_INDICES: u32 = 367;
export const M_TO_BYTES: u32 = 368;
export const M_FROM_BYTES: u32 = 369;

function bitCount(v: u64): u64 {
  if (isSmallInt(v) || isBool(v)) {
    const i = isBool(v) ? <i64>(v & 1) : intOf(v);
    return boxSmall(popcnt<i64>(i < 0 ? -i : i));
  }
  // big ints: count the 1s of the binary text (sign and "0b" are not 1s)
  const s = bigToBaseStr(v, 2);
  if (s == ERROR) return ERROR;
  const p = ptrOf(s), n = strBytes(p);
  let c: i64 = 0;
  for (let i: u32 = 0; i < n; i++) if (load<u8>(p + STR_DATA + i) == 0x31) c++;
  decref(s);
  return boxSmall(c);
}

function floatRatio(f: f64): u64 {
  if (isNaN(f)) return raiseLit(X.E_ValueError, "cannot convert NaN to integer ratio");
  if (!isFinite(f)) return raiseLit(X.E_OverflowError, "cannot convert Infinity to integer ratio");
  if (f == 0) return tup2Own(boxSmall(0), boxSmall(1));
  const bits = reinterpret<u64>(f);
  const be = <i32>((bits >> 52) & 0x7ff);
  let m = <i64>(bits & 0xF_FFFF_FFFF_FFFF);
  let e: i32;
  if (be == 0) e = -1074; else { m |= <i64>1 << 52; e = be - 1075; }
  const tz = <i32>ctz<i64>(m);
  m >>= tz; e += tz;
  if (f < 0) m = -m;
  if (e >= 0) {
    const mv = intFromI64(m);
    const num = molt_lshift(mv, boxSmall(e));
    decref(mv);
    if (num == ERROR) return ERROR;
    return tup2Own(num, boxSmall(1));
  }
  const den = molt_lshift(boxSmall(1), boxSmall(-e));
  if (den == ERROR) return ERROR;
  return tup2Own(intFromI64(m), den);
}

const HEX = "0123456789abcdef";

function floatHex(f: f64): u64 {
  const sb = sbNew();
  if (isNaN(f)) { sbLit(sb, "nan"); return sbFinish(sb); }
  if (f < 0 || (f == 0 && 1 / f < 0)) sbByte(sb, 0x2d);
  if (!isFinite(f)) { sbLit(sb, "inf"); return sbFinish(sb); }
  if (f == 0) { sbLit(sb, "0x0.0p+0"); return sbFinish(sb); }
  const bits = reinterpret<u64>(f);
  const be = <i32>((bits >> 52) & 0x7ff);
  const frac = bits & 0xF_FFFF_FFFF_FFFF;
  sbLit(sb, be == 0 ? "0x0." : "0x1.");
  for (let i = 12; i >= 0; i--) sbByte(sb, HEX.charCodeAt(<i32>((frac >> (<u64>i * 4)) & 15)));
  const e = be == 0 ? -1022 : be - 1023;
  sbByte(sb, 0x70);
  if (e >= 0) sbByte(sb, 0x2b);
  sbI64(sb, e);
  return sbFinish(sb);
}

@inline function hexVal(c: u32): i32 {
  if (c >= 0x30 && c <= 0x39) return <i32>c - 0x30;
  c |= 0x20;
  if (c >= 0x61 && c <= 0x66) return <i32>c - 0x61 + 10;
  return -1;
}
@inline function isWs(c: u32): bool { return c == 0x20 || (c >= 9 && c <= 13); }

function lower(p: usize, a: u32, b: u32, lit: string): bool {
  if (<i32>(b - a) != lit.length) return false;
  for (let i: u32 = 0; i < b - a; i++) if ((<u32>load<u8>(p + a + i) | 0x20) != <u32>lit.charCodeAt(i)) return false;
  return true;
}

/** 2^e as f64 (exact for the whole double range, including subnormals). */
function pow2(e: i32): f64 {
  let r: f64 = 1;
  while (e > 1000) { r *= reinterpret<f64>(<u64>2023 << 52); e -= 1000; }
  while (e < -1000) { r *= reinterpret<f64>(<u64>23 << 52); e += 1000; }
  return r * reinterpret<f64>(<u64>(e + 1023) << 52);
}

function fromHex(s: u64): u64 {
  if (kindOf(s) != K.K_STR) return raiseTypeMsg("must be str, not ", s, "");
  const sp = ptrOf(s), p = sp + STR_DATA;
  let a: u32 = 0, b = strBytes(sp);
  while (a < b && isWs(load<u8>(p + a))) a++;
  while (b > a && isWs(load<u8>(p + b - 1))) b--;
  let neg = false;
  if (a < b && (load<u8>(p + a) == 0x2d || load<u8>(p + a) == 0x2b)) { neg = load<u8>(p + a) == 0x2d; a++; }
  if (lower(p, a, b, "inf") || lower(p, a, b, "infinity")) return boxFloat(neg ? -Infinity : Infinity);
  if (lower(p, a, b, "nan")) return boxFloat(NaN);
  if (b - a >= 2 && load<u8>(p + a) == 0x30 && (load<u8>(p + a + 1) | 0x20) == 0x78) a += 2;
  // mantissa: keep 60 significant bits, fold the rest into a sticky bit
  let m: u64 = 0, exp: i32 = 0, nd = 0, sticky = false, dot = false;
  while (a < b) {
    const c = load<u8>(p + a);
    if (c == 0x2e && !dot) { dot = true; a++; continue; }
    const d = hexVal(c);
    if (d < 0) break;
    nd++;
    if (m >> 56 == 0) { m = (m << 4) | <u64>d; if (dot) exp -= 4; }
    else { if (d != 0) sticky = true; if (!dot) exp += 4; }
    a++;
  }
  if (nd == 0) return raiseLit(X.E_ValueError, "invalid hexadecimal floating-point string");
  if (a < b && (load<u8>(p + a) | 0x20) == 0x70) {
    a++;
    let eneg = false;
    if (a < b && (load<u8>(p + a) == 0x2d || load<u8>(p + a) == 0x2b)) { eneg = load<u8>(p + a) == 0x2d; a++; }
    if (a >= b) return raiseLit(X.E_ValueError, "invalid hexadecimal floating-point string");
    let e: i64 = 0;
    while (a < b) {
      const c = load<u8>(p + a);
      if (c < 0x30 || c > 0x39) break;
      if (e < 100000000) e = e * 10 + <i64>(c - 0x30);
      a++;
    }
    exp += <i32>(eneg ? -e : e);
  }
  if (a != b) return raiseLit(X.E_ValueError, "invalid hexadecimal floating-point string");
  if (m == 0) return boxFloat(neg ? -0.0 : 0.0);
  // value = m * 2^exp; round m to the precision the result has (53 bits, fewer if subnormal)
  const top = 63 - <i32>clz<u64>(m);       // bit index of the leading 1
  const e2 = top + exp;                    // binary exponent of the value
  if (e2 > 1023) return raiseLit(X.E_OverflowError, "hexadecimal value too large to represent as a float");
  let keep = 53;
  if (e2 < -1022) keep = 53 - (-1022 - e2);
  if (keep < 0) keep = 0;
  const drop = top + 1 - keep;
  if (drop > 0) {
    const half = drop > 64 ? 0 : (<u64>1 << <u64>(drop - 1));
    const rest = drop >= 64 ? m : m & ((<u64>1 << <u64>drop) - 1);
    let q = drop >= 64 ? 0 : m >> <u64>drop;
    if (drop <= 64 && (rest > half || (rest == half && (sticky || (q & 1) != 0)))) q++;
    m = q; exp += drop;
  }
  const r = <f64>m * pow2(exp);
  if (!isFinite(r)) return raiseLit(X.E_OverflowError, "hexadecimal value too large to represent as a float");
  return boxFloat(neg ? -r : r);
}

function rangeIndexOf(self: u64, v: u64, count: bool): u64 {
  const p = ptrOf(self);
  let hit = false;
  let i: i64 = 0;
  if (isIntLike(v) && (rangeIsBig(p) || !intFitsI64(v))) {
    const h = rangeContainsV(p, v) != 0;
    if (count) return boxSmall(h ? 1 : 0);
    if (h) return rangeIndexV(p, v);
  } else if (isIntLike(v) && intFitsI64(v)) {
    i = intToI64(v);
    hit = rangeContainsInt(p, i);
  } else if (isFloat(v)) { // found by ==, like any sequence
    const f = floatOf(v);
    if (f == Math.floor(f) && Math.abs(f) < 9.0e18) { i = <i64>f; hit = rangeContainsInt(p, i); }
  }
  if (count) return boxSmall(hit ? 1 : 0);
  if (!hit) {
    const sb = sbNew();
    const r = molt_repr(v);
    if (r == ERROR) return ERROR;
    sbStrObj(sb, r); decref(r);
    sbLit(sb, " is not in range");
    return raiseSb(X.E_ValueError, sb);
  }
  return boxSmall((i - rangeStart(p)) / rangeStep(p));
}

function sliceIndicesMethod(self: u64, n: u64): u64 {
  if (!isIntLike(n)) return raiseTypeMsg("'", n, "' object cannot be interpreted as an integer");
  if (!intFitsI64(n)) return raiseLit(X.E_OverflowError, "Python int too large to convert to C ssize_t");
  const len = intToI64(n);
  if (len < 0) return raiseLit(X.E_ValueError, "length should not be negative");
  if (!sliceIndices(self, len)) return ERROR;
  const q = tupNew(3);
  tupSet(q, 0, boxSmall(sStart)); tupSet(q, 1, boxSmall(sStop)); tupSet(q, 2, boxSmall(sStep));
  return boxPtr(q);
}

export function callNumMethod(id: u32, self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  switch (id) {
    case M_BIT_COUNT: if (!noArgs("int.bit_count", nargs)) return ERROR; return bitCount(self);
    case M_INT_RATIO: {
      if (!noArgs("int.as_integer_ratio", nargs)) return ERROR;
      const v = isBool(self) ? boxSmall(<i64>(self & 1)) : self;
      if (!isBool(self)) incref(v);
      return tup2Own(v, boxSmall(1));
    }
    case M_FLOAT_RATIO: if (!noArgs("float.as_integer_ratio", nargs)) return ERROR; return floatRatio(floatOf(self));
    case M_FLOAT_HEX: if (!noArgs("float.hex", nargs)) return ERROR; return floatHex(floatOf(self));
    case M_FLOAT_FROMHEX: if (!exactlyOne("fromhex", nargs)) return ERROR; return fromHex(load<u64>(argv));
    case M_RANGE_INDEX: if (!exactlyOne("index", nargs)) return ERROR; return rangeIndexOf(self, load<u64>(argv), false);
    case M_RANGE_COUNT: if (!exactlyOne("count", nargs)) return ERROR; return rangeIndexOf(self, load<u64>(argv), true);
    case M_TO_BYTES: return intToBytes(self, argv, nargs, kwnames);
    case M_FROM_BYTES: return intFromBytes(argv, nargs, kwnames);
    case M_SLICE_INDICES: if (!exactlyOne("indices", nargs)) return ERROR; return sliceIndicesMethod(self, load<u64>(argv));
  }
  return raiseLit(X.E_SystemError, "bad method");
}
