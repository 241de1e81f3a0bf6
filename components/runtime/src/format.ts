// format(value, spec): the format-spec mini-language. str specs are handled
// here; int/float specs go through the numeric library (num/num-format.ts)
// via format-num.ts.
import { ptrOf, ERROR, NONE, isFloat, floatOf, isSmallInt, intOf, boxFloat } from "./value";
import { decref, incref } from "./object";
import { kindOf, typeOf } from "./types";
import * as K from "./kinds";
import { raiseLit, raiseSb, sbTypeName } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbByte, sbBytes, sbLit, sbFree, sbCp, sbData, sbLen, sbI64 } from "./strbuf";
import { sbFinish, STR_DATA, strBytes, strCps, decodeAt, decLen, countCps } from "./str";
import { molt_str, strInto, floatReprInto } from "./convert";
import { isIntLike, intToF64 } from "./int";
import { formatNumberSpec, printfNumber } from "./format-num";

// parsed spec (static): fill, align, sign, alt, zero, width, grouping, precision, type
export let fFill: u32 = 32;
export let fAlign: u32 = 0;
export let fSign: u32 = 0;
export let fAlt = false;
export let fZero = false;
export let fWidth: i32 = -1;
export let fGroup: u32 = 0;
export let fPrec: i32 = -1;
export let fType: u32 = 0;
export let fZ = false;

@inline function isAlign(c: u32): bool { return c == 60 || c == 62 || c == 61 || c == 94; }

function badSpec(spec: u64, v: u64): bool {
  const sb = sbNew(); sbLit(sb, "Invalid format specifier '"); sbBytes(sb, ptrOf(spec) + STR_DATA, strBytes(ptrOf(spec)));
  sbLit(sb, "' for object of type '"); sbTypeName(sb, v); sbLit(sb, "'");
  raiseSb(X.E_ValueError, sb);
  return false;
}

/** Parses a spec str into the f* globals. */
export function parseSpec(spec: u64, v: u64): bool {
  const p = ptrOf(spec);
  const d = p + STR_DATA;
  const n = strBytes(p);
  fFill = 32; fAlign = 0; fSign = 0; fAlt = false; fZero = false; fWidth = -1; fGroup = 0; fPrec = -1; fType = 0; fZ = false;
  let i: u32 = 0;
  if (n > 0) {
    const c0 = decodeAt(d); const l0 = decLen;
    if (l0 < n && isAlign(load<u8>(d + l0))) { fFill = c0; fAlign = load<u8>(d + l0); i = l0 + 1; }
    else if (isAlign(c0)) { fAlign = c0; i = 1; }
  }
  if (i < n && (load<u8>(d + i) == 43 || load<u8>(d + i) == 45 || load<u8>(d + i) == 32)) { fSign = load<u8>(d + i); i++; }
  if (i < n && load<u8>(d + i) == 122) { fZ = true; i++; }
  if (i < n && load<u8>(d + i) == 35) { fAlt = true; i++; }
  if (i < n && load<u8>(d + i) == 48) { fZero = true; i++; }
  while (i < n && load<u8>(d + i) >= 48 && load<u8>(d + i) <= 57) { fWidth = (fWidth < 0 ? 0 : fWidth) * 10 + (load<u8>(d + i) - 48); i++; }
  if (i < n && (load<u8>(d + i) == 44 || load<u8>(d + i) == 95)) { fGroup = load<u8>(d + i); i++; }
  if (i < n && load<u8>(d + i) == 46) {
    i++;
    if (i >= n || load<u8>(d + i) < 48 || load<u8>(d + i) > 57) { raiseLit(X.E_ValueError, "Format specifier missing precision"); return false; }
    fPrec = 0;
    while (i < n && load<u8>(d + i) >= 48 && load<u8>(d + i) <= 57) { fPrec = fPrec * 10 + (load<u8>(d + i) - 48); i++; }
  }
  if (i < n) { fType = load<u8>(d + i); i++; }
  if (i < n) return badSpec(spec, v);
  if (fZero && fAlign == 0) { fFill = 48; fAlign = 61; }
  return true;
}

/** Pads the UTF-8 text in piece per fFill/fAlign/fWidth into out. */
export function padInto(out: u32, src: usize, len: u32, defaultAlign: u32): void {
  const cps = <i32>countCps(src, len);
  const pad = fWidth > cps ? fWidth - cps : 0;
  const a = fAlign == 0 ? defaultAlign : fAlign;
  let left = 0, right = 0;
  if (a == 60) right = pad; else if (a == 62) left = pad; else if (a == 94) { left = pad >> 1; right = pad - left; } else left = pad;
  for (let k = 0; k < left; k++) sbCp(out, fFill);
  sbBytes(out, src, len);
  for (let k = 0; k < right; k++) sbCp(out, fFill);
}

function formatStr(v: u64, spec: u64): u64 {
  if (!parseSpec(spec, v)) return ERROR;
  if (fType != 0 && fType != 115) {
    const sb = sbNew(); sbLit(sb, "Unknown format code '"); sbCp(sb, fType); sbLit(sb, "' for object of type 'str'");
    return raiseSb(X.E_ValueError, sb);
  }
  if (fSign != 0) return raiseLit(X.E_ValueError, "Sign not allowed in string format specifier");
  if (fAlt) return raiseLit(X.E_ValueError, "Alternate form (#) not allowed in string format specifier");
  if (fAlign == 61) return raiseLit(X.E_ValueError, "'=' alignment not allowed in string format specifier");
  if (fGroup != 0) { const sb = sbNew(); sbLit(sb, "Cannot specify '"); sbCp(sb, fGroup); sbLit(sb, "' with 's'."); return raiseSb(X.E_ValueError, sb); }
  const p = ptrOf(v);
  let len = strBytes(p);
  if (fPrec >= 0 && <u32>fPrec < strCps(p)) {
    let off: u32 = 0, c: i32 = 0;
    while (c < fPrec) { decodeAt(p + STR_DATA + off); off += decLen; c++; }
    len = off;
  }
  const out = sbNew(len + 8);
  padInto(out, p + STR_DATA, len, 60);
  return sbFinish(out);
}

/** format(v, spec) — spec is a str (0 = ""). */
export function formatValue(v: u64, spec: u64): u64 {
  if (spec != 0 && kindOf(spec) != K.K_STR) {
    const sb = sbNew(); sbLit(sb, "format() argument 2 must be str, not "); sbTypeName(sb, spec);
    return raiseSb(X.E_TypeError, sb);
  }
  const empty = spec == 0 || strBytes(ptrOf(spec)) == 0;
  const k = kindOf(v);
  if (empty) return molt_str(v);
  if (k == K.K_STR) return formatStr(v, spec);
  if (k == K.K_INT || k == K.K_BOOL || k == K.K_FLOAT) return formatNumberSpec(v, spec);
  const sb = sbNew(); sbLit(sb, "unsupported format string passed to "); sbTypeName(sb, v); sbLit(sb, ".__format__");
  return raiseSb(X.E_TypeError, sb);
}

export function molt_format(v: u64, spec: u64): u64 { return formatValue(v, spec); }

/** %d %x %f ... for printf-style formatting. */
export function formatNumberPrintf(sb: u32, v: u64, conv: u32, plus: bool, space: bool, alt: bool, prec: i32): bool {
  return printfNumber(sb, v, conv, plus, space, alt, prec);
}
