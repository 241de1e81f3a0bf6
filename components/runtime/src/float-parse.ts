// float(x): from numbers and from text (CPython syntax).
import { ptrOf, ERROR, boxFloat, isFloat, isSmallInt, intOf, isBool } from "./value";
import { kindOf } from "./types";
import * as K from "./kinds";
import { raiseSb, raiseTypeMsg, raiseLit } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbLit } from "./strbuf";
import { reprInto } from "./convert";
import { STR_DATA, strBytes } from "./str";
import { intToF64 } from "./int";
import { parseFloatText, parseOk } from "./float-text";

export function floatFromText(v: u64, p: usize, n: u32): u64 {
  const f = parseFloatText(p, n);
  if (!parseOk) {
    const sb = sbNew(); sbLit(sb, "could not convert string to float: "); reprInto(sb, v);
    return raiseSb(X.E_ValueError, sb);
  }
  return boxFloat(f);
}

export function floatFromValue(v: u64): u64 {
  if (isFloat(v)) return v;
  if (isSmallInt(v)) return boxFloat(<f64>intOf(v));
  if (isBool(v)) return boxFloat(<f64>(v & 1));
  const k = kindOf(v);
  if (k == K.K_INT) {
    const f = intToF64(v);
    if (!isFinite(f)) return raiseLit(X.E_OverflowError, "int too large to convert to float");
    return boxFloat(f);
  }
  if (k == K.K_STR) { const p = ptrOf(v); return floatFromText(v, p + STR_DATA, strBytes(p)); }
  if (k == K.K_BYTES) { const p = ptrOf(v); return floatFromText(v, p + 24, load<u32>(p, 8)); }
  return raiseTypeMsg("float() argument must be a string or a real number, not ", v, "");
}
