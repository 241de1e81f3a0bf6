// int/float formatting: format specs go through the numeric library
// (num/format-spec.ts + num/num-format.ts); printf-style conversions are
// mapped onto equivalent specs.
import { ptrOf, ERROR, isFloat, floatOf, isSmallInt, intOf, isBool, boxPtr } from "./value";
import { kindOf } from "./types";
import * as K from "./kinds";
import { raiseLit, raiseSb, sbTypeName } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbByte, sbBytes, sbLit, sbFree, sbCp, sbData, sbLen, sbI64 } from "./strbuf";
import { sbFinish, STR_DATA, strBytes } from "./str";
import { parseFormatSpec, SPEC_SIZE, fmtErr, fmtErrChar, fmtErrSep, FMT_INVALID, FMT_MISSING_PRECISION, FMT_TOO_MANY_DIGITS,
  FMT_BOTH_SEPARATORS, FMT_SEP_WITH_TYPE, FMT_UNKNOWN_CODE, FMT_INT_PRECISION, FMT_C_SIGN, FMT_C_ALT, FMT_INT_Z, FMT_C_RANGE } from "./num/format-spec";
import { formatInt, formatFloat, formatErrCode, errChar } from "./num/num-format";
import { numOutLen } from "./num/bigint-str";
import { numFree, numFreeInt } from "./num/mem";
import { numErr, clearNumErr, ERR_FORMAT } from "./num/errors";
import { bigFromI64 } from "./num/bigint";
import { numErrRaise } from "./int-big";
import { intToF64 } from "./int";

const SPEC: usize = memory.data(32, 8);

function specError(code: i32, ch: u32, spec: usize, slen: u32, v: u64): u64 {
  const sb = sbNew();
  switch (code) {
    case FMT_INVALID:
      sbLit(sb, "Invalid format specifier '"); sbBytes(sb, spec, slen); sbLit(sb, "' for object of type '"); sbTypeName(sb, v); sbLit(sb, "'"); break;
    case FMT_MISSING_PRECISION: sbLit(sb, "Format specifier missing precision"); break;
    case FMT_TOO_MANY_DIGITS: sbLit(sb, "Too many decimal digits in format string"); break;
    case FMT_BOTH_SEPARATORS: sbLit(sb, "Cannot specify both ',' and '_'."); break;
    case FMT_SEP_WITH_TYPE: sbLit(sb, "Cannot specify '"); sbCp(sb, fmtErrSep); sbLit(sb, "' with '"); sbCp(sb, ch); sbLit(sb, "'."); break;
    case FMT_UNKNOWN_CODE: sbLit(sb, "Unknown format code '"); sbCp(sb, ch); sbLit(sb, "' for object of type '"); sbTypeName(sb, v); sbLit(sb, "'"); break;
    case FMT_INT_PRECISION: sbLit(sb, "Precision not allowed in integer format specifier"); break;
    case FMT_C_SIGN: sbLit(sb, "Sign not allowed with integer format specifier 'c'"); break;
    case FMT_C_ALT: sbLit(sb, "Alternate form (#) not allowed with integer format specifier 'c'"); break;
    case FMT_INT_Z: sbLit(sb, "Negative zero coercion (z) not allowed in integer format specifier"); break;
    case FMT_C_RANGE: sbFree(sb); return raiseLit(X.E_OverflowError, "%c arg not in range(0x110000)");
    default: sbLit(sb, "bad format specifier");
  }
  return raiseSb(X.E_ValueError, sb);
}

/** Formats number v with a parsed spec at SPEC; appends to out. */
function formatParsed(v: u64, spec: usize, slen: u32, out: u32): bool {
  let buf: usize = 0;
  if (isFloat(v)) buf = formatFloat(floatOf(v), SPEC);
  else if (kindOf(v) == K.K_INT && !isSmallInt(v)) buf = formatInt(load<u32>(ptrOf(v), 8), SPEC);
  else {
    const r = bigFromI64(isBool(v) ? <i64>(v & 1) : intOf(v));
    buf = formatInt(r, SPEC);
    numFreeInt(r);
  }
  if (buf == 0) {
    if (numErr == ERR_FORMAT) { clearNumErr(); specError(formatErrCode(), errChar, spec, slen, v); return false; }
    numErrRaise();
    return false;
  }
  sbBytes(out, buf, <u32>numOutLen);
  numFree(buf);
  return true;
}

export function formatNumberSpec(v: u64, spec: u64): u64 {
  const sp = ptrOf(spec);
  const s = sp + STR_DATA, n = strBytes(sp);
  if (!parseFormatSpec(s, <i32>n, SPEC)) return specError(fmtErr, fmtErrChar, s, n, v);
  const out = sbNew(32);
  if (!formatParsed(v, s, n, out)) { sbFree(out); return ERROR; }
  return sbFinish(out);
}

/** printf-style number conversion into sb (sign included, no padding). */
export function printfNumber(sb: u32, v: u64, conv: u32, plus: bool, space: bool, alt: bool, prec: i32): bool {
  const k = kindOf(v);
  if (k != K.K_INT && k != K.K_BOOL && k != K.K_FLOAT) {
    const eb = sbNew();
    if (conv == 100 || conv == 105 || conv == 117) { sbLit(eb, "%"); sbCp(eb, conv); sbLit(eb, " format: a real number is required, not "); }
    else if (conv == 120 || conv == 88 || conv == 111) { sbLit(eb, "%"); sbCp(eb, conv); sbLit(eb, " format: an integer is required, not "); }
    else sbLit(eb, "must be real number, not ");
    sbTypeName(eb, v);
    raiseSb(X.E_TypeError, eb);
    return false;
  }
  const isInt = conv == 100 || conv == 105 || conv == 117 || conv == 120 || conv == 88 || conv == 111;
  if (isInt && k == K.K_FLOAT && conv != 100 && conv != 105 && conv != 117) {
    const eb = sbNew(); sbLit(eb, "%"); sbCp(eb, conv); sbLit(eb, " format: an integer is required, not float");
    raiseSb(X.E_TypeError, eb);
    return false;
  }
  let val = v;
  if (isInt && k == K.K_FLOAT) {
    const f = floatOf(v);
    if (!isFinite(f)) { raiseLit(f != f ? X.E_ValueError : X.E_OverflowError, f != f ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer"); return false; }
    val = intFromF(f);
  }
  if (!isInt && k != K.K_FLOAT) val = floatFromIntLocal(v);
  // build an equivalent format spec: [sign][#][.prec]type
  const t = sbNew(16);
  if (plus) sbByte(t, 43); else if (space) sbByte(t, 32);
  if (alt && conv != 111) sbByte(t, 35);
  if (!isInt) { sbByte(t, 46); sbI64(t, prec < 0 ? 6 : prec); }
  sbByte(t, conv == 105 || conv == 117 ? 100 : conv);
  const ok = parseFormatSpec(sbData(t), <i32>sbLen(t), SPEC);
  if (!ok) { sbFree(t); raiseLit(X.E_ValueError, "bad format"); return false; }
  const body = sbNew(32);
  const good = formatParsed(val, sbData(t), sbLen(t), body);
  sbFree(t);
  if (!good) { sbFree(body); return false; }
  const d = sbData(body), n = sbLen(body);
  if (isInt && prec > 0) {
    // %.Nd pads the digits with zeros after the sign
    let st: u32 = 0;
    if (n > 0 && (load<u8>(d) == 45 || load<u8>(d) == 43 || load<u8>(d) == 32)) st = 1;
    sbBytes(sb, d, st);
    if (conv == 111 && alt) sbLit(sb, "0o");
    for (let i = <i32>(n - st); i < prec; i++) sbByte(sb, 48);
    sbBytes(sb, d + st, n - st);
  } else {
    let st: u32 = 0;
    if (conv == 111 && alt) {
      if (n > 0 && (load<u8>(d) == 45 || load<u8>(d) == 43 || load<u8>(d) == 32)) st = 1;
      sbBytes(sb, d, st); sbLit(sb, "0o");
    }
    sbBytes(sb, d + st, n - st);
  }
  sbFree(body);
  return true;
}
import { intFromI64 } from "./int";
import { boxFloat } from "./value";
import { bigFromF64Obj } from "./int-big";
function intFromF(f: f64): u64 { const t = Math.trunc(f); return Math.abs(t) < 9.0e15 ? intFromI64(<i64>t) : bigFromF64Obj(t); }
function floatFromIntLocal(v: u64): u64 { return boxFloat(intToF64(v)); }
export const FN_SPEC_SIZE: i32 = SPEC_SIZE;
