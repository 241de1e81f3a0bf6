// int/float formatting: bridges the format spec to the numeric library.
// Temporary implementation until num/num-format.ts is wired: handles the
// common cases (d, x, o, b, n, f, e, g, %, repr) with width/fill/sign.
import { ptrOf, ERROR, isFloat, floatOf, isSmallInt, intOf, isBool } from "./value";
import { kindOf } from "./types";
import * as K from "./kinds";
import { raiseLit, raiseSb, sbTypeName } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbByte, sbBytes, sbLit, sbFree, sbCp, sbData, sbLen, sbI64, sbRepeat } from "./strbuf";
import { sbFinish } from "./str";
import { floatReprInto, reprInto } from "./convert";
import { isIntLike, intToF64 } from "./int";
import { parseSpec, padInto, fFill, fAlign, fSign, fAlt, fZero, fWidth, fGroup, fPrec, fType } from "./format";
import { appendDigits } from "./int-format";

function fixedDigits(sb: u32, f: f64, prec: i32): void {
  // f >= 0, finite. Uses scaled integer arithmetic for moderate values.
  let p = prec;
  if (p > 17) p = 17;
  const scale = Math.pow(10, <f64>p);
  let x = f * scale;
  if (x < 9.0e18) {
    let r = Math.round(x);
    if (Math.abs(x - Math.floor(x) - 0.5) < 1e-9 * (x > 1 ? x : 1)) {
      // tie-ish: round half even on the scaled value
      r = 2.0 * Math.round(x / 2.0);
    }
    const iv = <u64>r;
    const ip = <u64>(iv / <u64>scale);
    const fp = iv % <u64>scale;
    appendDigits(sb, ip, 10, false);
    if (prec > 0) {
      sbByte(sb, 46);
      const tmp = sbNew(24);
      appendDigits(tmp, fp, 10, false);
      sbRepeat(sb, 48, p - <i32>sbLen(tmp));
      sbBytes(sb, sbData(tmp), sbLen(tmp));
      sbFree(tmp);
      sbRepeat(sb, 48, prec - p);
    }
    return;
  }
  // huge: fall back to repr digits
  floatReprInto(sb, f);
}

function expDigits(sb: u32, f: f64, prec: i32, upper: bool): void {
  let e: i32 = 0;
  let m = f;
  if (m != 0) {
    e = <i32>Math.floor(Math.log10(m));
    m = m / Math.pow(10, <f64>e);
    if (m >= 10) { m /= 10; e++; }
    if (m < 1) { m *= 10; e--; }
  }
  const t = sbNew(32);
  fixedDigits(t, m, prec);
  // rounding may produce 10.xxx
  if (sbLen(t) >= 2 && load<u8>(sbData(t)) == 49 && load<u8>(sbData(t) + 1) == 48) {
    sbFree(t);
    const t2 = sbNew(32);
    fixedDigits(t2, m / 10, prec);
    e++;
    sbBytes(sb, sbData(t2), sbLen(t2));
    sbFree(t2);
  } else { sbBytes(sb, sbData(t), sbLen(t)); sbFree(t); }
  sbByte(sb, upper ? 69 : 101);
  sbByte(sb, e < 0 ? 45 : 43);
  if (e < 0) e = -e;
  if (e < 10) sbByte(sb, 48);
  sbI64(sb, e);
}

function genDigits(sb: u32, f: f64, prec: i32, upper: bool, alt: bool): void {
  let p = prec == 0 ? 1 : prec;
  let e: i32 = f == 0 ? 0 : <i32>Math.floor(Math.log10(f));
  // check rounding bump
  if (f != 0) { const r = Math.round(f / Math.pow(10, <f64>(e - p + 1))) * Math.pow(10, <f64>(e - p + 1)); if (r >= Math.pow(10, <f64>(e + 1))) e++; }
  const t = sbNew(40);
  if (e >= -4 && e < p) fixedDigits(t, f, p - 1 - e);
  else expDigits(t, f, p - 1, upper);
  // strip trailing zeros unless alt
  let len = sbLen(t);
  const d = sbData(t);
  if (!alt) {
    let epos = len;
    for (let i: u32 = 0; i < len; i++) if ((load<u8>(d + i) | 32) == 101) { epos = i; break; }
    let hasDot = false;
    for (let i: u32 = 0; i < epos; i++) if (load<u8>(d + i) == 46) hasDot = true;
    if (hasDot) {
      let k = epos;
      while (k > 0 && load<u8>(d + k - 1) == 48) k--;
      if (k > 0 && load<u8>(d + k - 1) == 46) k--;
      sbBytes(sb, d, k);
      sbBytes(sb, d + epos, len - epos);
      sbFree(t);
      return;
    }
  }
  sbBytes(sb, d, len);
  sbFree(t);
}

function groupInto(out: u32, src: usize, n: u32, sep: u32, every: u32): void {
  // group the integer part (digits before '.' or 'e')
  let ip: u32 = 0;
  while (ip < n && load<u8>(src + ip) >= 48 && load<u8>(src + ip) <= 57) ip++;
  for (let i: u32 = 0; i < ip; i++) {
    if (i > 0 && (ip - i) % every == 0) sbByte(out, sep);
    sbByte(out, load<u8>(src + i));
  }
  sbBytes(out, src + ip, n - ip);
}

/** Writes sign + body (digits) for value with type t. */
function body(sb: u32, v: u64, t: u32, prec: i32, alt: bool): bool {
  const isF = isFloat(v);
  if (t == 0 && !isF) t = 100;
  if (isF || t == 102 || t == 70 || t == 101 || t == 69 || t == 103 || t == 71 || t == 37 || t == 0) {
    let f = isF ? floatOf(v) : intToF64(v);
    f = Math.abs(f);
    if (f != f) { sbLit(sb, t == 70 || t == 69 || t == 71 ? "NAN" : "nan"); return true; }
    if (!isFinite(f)) { sbLit(sb, t == 70 || t == 69 || t == 71 ? "INF" : "inf"); return true; }
    switch (t) {
      case 102: case 70: fixedDigits(sb, f, prec < 0 ? 6 : prec); if (alt && prec == 0) sbByte(sb, 46); return true;
      case 101: case 69: expDigits(sb, f, prec < 0 ? 6 : prec, t == 69); return true;
      case 103: case 71: genDigits(sb, f, prec < 0 ? 6 : prec, t == 71, alt); return true;
      case 37: fixedDigits(sb, f * 100, prec < 0 ? 6 : prec); sbByte(sb, 37); return true;
      case 0:
        if (prec < 0) { floatReprInto(sb, f); return true; }
        genDigits(sb, f, prec, false, alt);
        return true;
    }
    return false;
  }
  // integers
  if (!isSmallInt(v) && !isBool(v)) { return reprInto(sb, v); }
  let x = isBool(v) ? <i64>(v & 1) : intOf(v);
  if (x < 0) x = -x;
  switch (t) {
    case 100: case 110: appendDigits(sb, <u64>x, 10, false); return true;
    case 120: if (alt) sbLit(sb, "0x"); appendDigits(sb, <u64>x, 16, false); return true;
    case 88: if (alt) sbLit(sb, "0X"); appendDigits(sb, <u64>x, 16, true); return true;
    case 111: if (alt) sbLit(sb, "0o"); appendDigits(sb, <u64>x, 8, false); return true;
    case 98: if (alt) sbLit(sb, "0b"); appendDigits(sb, <u64>x, 2, false); return true;
    case 99: sbCp(sb, <u32>x); return true;
  }
  return false;
}

function isNeg(v: u64): bool {
  if (isFloat(v)) { const f = floatOf(v); return f < 0 || (f == 0 && 1 / f < 0); }
  if (isSmallInt(v)) return intOf(v) < 0;
  return false;
}

export function formatNumberSpec(v: u64, spec: u64): u64 {
  if (!parseSpec(spec, v)) return ERROR;
  const isF = isFloat(v);
  const t = fType;
  const okInt = t == 0 || t == 100 || t == 120 || t == 88 || t == 111 || t == 98 || t == 99 || t == 110 || t == 101 || t == 69 || t == 102 || t == 70 || t == 103 || t == 71 || t == 37;
  const okFloat = t == 0 || t == 101 || t == 69 || t == 102 || t == 70 || t == 103 || t == 71 || t == 37 || t == 110;
  if ((isF && !okFloat) || (!isF && !okInt)) {
    const sb = sbNew(); sbLit(sb, "Unknown format code '"); sbCp(sb, t); sbLit(sb, "' for object of type '"); sbTypeName(sb, v); sbLit(sb, "'");
    return raiseSb(X.E_ValueError, sb);
  }
  if (!isF && fPrec >= 0 && (t == 0 || t == 100 || t == 120 || t == 88 || t == 111 || t == 98 || t == 99 || t == 110)) {
    return raiseLit(X.E_ValueError, "Precision not allowed in integer format specifier");
  }
  const neg = isNeg(v);
  const b = sbNew(32);
  if (!body(b, v, t == 110 ? (isF ? 103 : 100) : t, fPrec, fAlt)) { sbFree(b); return ERROR; }
  let bb = b;
  if (fGroup != 0) {
    const g = sbNew(sbLen(b) + 8);
    const d = sbData(b);
    let pre: u32 = 0;
    if (sbLen(b) >= 2 && load<u8>(d) == 48 && (load<u8>(d + 1) | 32) >= 98 && (load<u8>(d + 1) | 32) <= 120) pre = 2;
    sbBytes(g, d, pre);
    const every: u32 = (t == 120 || t == 88 || t == 111 || t == 98) ? 4 : 3;
    groupInto(g, d + pre, sbLen(b) - pre, fGroup, every);
    sbFree(b);
    bb = g;
  }
  const out = sbNew(sbLen(bb) + 8);
  const signCh: u32 = neg ? 45 : fSign == 43 ? 43 : fSign == 32 ? 32 : 0;
  if (fAlign == 61) {
    // pad between sign/prefix and digits
    const d = sbData(bb);
    let pre: u32 = 0;
    if (fAlt && sbLen(bb) >= 2 && load<u8>(d) == 48 && (load<u8>(d + 1) | 32) >= 98) pre = 2;
    const total = <i32>(sbLen(bb) + (signCh ? 1 : 0));
    if (signCh) sbByte(out, signCh);
    sbBytes(out, d, pre);
    for (let k = total; k < fWidth; k++) sbCp(out, fFill);
    sbBytes(out, d + pre, sbLen(bb) - pre);
  } else {
    const tmp = sbNew(sbLen(bb) + 2);
    if (signCh) sbByte(tmp, signCh);
    sbBytes(tmp, sbData(bb), sbLen(bb));
    padInto(out, sbData(tmp), sbLen(tmp), 62);
    sbFree(tmp);
  }
  sbFree(bb);
  return sbFinish(out);
}

/** printf-style number conversion into sb (sign included, no padding). */
export function printfNumber(sb: u32, v: u64, conv: u32, plus: bool, space: bool, alt: bool, prec: i32): bool {
  const k = kindOf(v);
  if (k != K.K_INT && k != K.K_BOOL && k != K.K_FLOAT) {
    const eb = sbNew();
    if (conv == 100 || conv == 105 || conv == 117) { sbLit(eb, "%"); sbCp(eb, conv); sbLit(eb, " format: a real number is required, not "); }
    else if (conv == 120 || conv == 88 || conv == 111) { sbLit(eb, "%"); sbCp(eb, conv); sbLit(eb, " format: an integer is required, not "); }
    else { sbLit(eb, "must be real number, not "); }
    sbTypeName(eb, v);
    raiseSb(X.E_TypeError, eb);
    return false;
  }
  if ((conv == 120 || conv == 88 || conv == 111) && k == K.K_FLOAT) {
    const eb = sbNew(); sbLit(eb, "%"); sbCp(eb, conv); sbLit(eb, " format: an integer is required, not float");
    raiseSb(X.E_TypeError, eb);
    return false;
  }
  let val = v;
  if ((conv == 100 || conv == 105 || conv == 117) && k == K.K_FLOAT) {
    const f = floatOf(v);
    if (!isFinite(f)) { raiseLit(f != f ? X.E_ValueError : X.E_OverflowError, f != f ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer"); return false; }
    val = intFromF(f);
  }
  const neg = isNeg(val);
  if (neg) sbByte(sb, 45); else if (plus) sbByte(sb, 43); else if (space) sbByte(sb, 32);
  let t = conv;
  if (t == 105 || t == 117) t = 100;
  if (t == 100 && prec >= 0 && !isFloat(val)) {
    // %.3d pads with zeros
    const tmp = sbNew(24);
    body(tmp, val, 100, -1, false);
    sbRepeat(sb, 48, prec - <i32>sbLen(tmp));
    sbBytes(sb, sbData(tmp), sbLen(tmp));
    sbFree(tmp);
    return true;
  }
  if (t == 111 && alt) { sbLit(sb, "0o"); return body(sb, val, 111, -1, false); }
  return body(sb, val, t, t == 100 ? -1 : prec, alt);
}
import { intFromI64 } from "./int";
function intFromF(f: f64): u64 { return intFromI64(<i64>Math.trunc(f)); }
