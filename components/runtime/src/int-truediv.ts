// int / int when an operand is beyond 2^53: correctly rounded like CPython's
// long_true_divide (scale a so the quotient has 55+ bits, divide, round once).
import { ERROR, boxSmall, boxFloat, isSmallInt, intOf } from "./value";
import { decref } from "./object";
import { OP_LSHIFT, OP_RSHIFT, OP_FLOORDIV, OP_MOD, OP_SUB, intAbs, intToI64 } from "./int";
import { bigBinop, bigIsNegObj, intBitLength } from "./int-big";
import { raiseLit } from "./errors";
import * as X from "./exceptions";

function bits(v: u64): i64 { const b = intBitLength(v); return intOf(b); } // bit lengths are small ints
function isZero(v: u64): bool { return isSmallInt(v) && intOf(v) == 0; }

/** 2^e for -1022 <= e <= 1023. */
@inline function p2(e: i32): f64 { return reinterpret<f64>(<u64>(e + 1023) << 52); }

/** a / b for ints; b is not zero. Borrowed arguments. */
export function bigTrueDiv(a: u64, b: u64): u64 {
  const neg = bigIsNegObj(a) != bigIsNegObj(b);
  if (isZero(a)) return boxFloat(neg ? -0.0 : 0.0);
  const x = intAbs(a), y = intAbs(b);
  const diff = bits(x) - bits(y);
  if (diff > 1024) { decref(x); decref(y); return raiseLit(X.E_OverflowError, "integer division result too large for a float"); }
  if (diff < -1021 - 53 - 1) { decref(x); decref(y); return boxFloat(neg ? -0.0 : 0.0); }
  const shift = <i32>((diff > -1021 ? diff : -1021) - 53 - 2);
  let inexact = false;
  let xs: u64;
  if (shift >= 0) {
    xs = bigBinop(OP_RSHIFT, x, boxSmall(shift));
    const back = bigBinop(OP_LSHIFT, xs, boxSmall(shift));
    const d = bigBinop(OP_SUB, x, back);
    inexact = !isZero(d);
    decref(back); decref(d);
  } else {
    xs = bigBinop(OP_LSHIFT, x, boxSmall(-shift));
  }
  const q = bigBinop(OP_FLOORDIV, xs, y);
  const r = bigBinop(OP_MOD, xs, y);
  if (!isZero(r)) inexact = true;
  decref(r); decref(xs); decref(x); decref(y);
  if (q == ERROR) return ERROR;
  // q < 2^57 here, so the rounding is done on a machine word
  let qi = intToI64(q);
  decref(q);
  const qBits = <i32>(64 - clz<i64>(qi));
  let extra = (qBits > -1021 - shift ? qBits : -1021 - shift) - 53;
  if (extra > 0) {
    const mask: i64 = (<i64>1) << (extra - 1);
    let low = qi | (inexact ? 1 : 0);
    if ((low & mask) != 0 && (low & (3 * mask - 1)) != 0) low += mask;
    qi = low & ~(2 * mask - 1);
  }
  // exact: qi has at most 54 significant bits, and the product is representable
  const res = shift >= -1000 ? <f64>qi * p2(shift) : (<f64>qi * p2(-64)) * p2(shift + 64);
  if (!isFinite(res) || shift + qBits > 1024) return raiseLit(X.E_OverflowError, "integer division result too large for a float");
  return boxFloat(neg ? -res : res);
}
