// round(x[, ndigits]) for ints and floats (round-half-even, CPython results).
import { ERROR, NONE, isFloat, floatOf, boxFloat, isSmallInt, intOf, boxSmall, isBool } from "./value";
import { incref } from "./object";
import { raiseLit, raiseTypeMsg } from "./errors";
import * as X from "./exceptions";
import { isIntLike, intFromI64, intToI64, intFitsI64 } from "./int";
import { bigFromF64Obj } from "./int-big";
import { floatRoundDigits } from "./float-round";

function roundHalfEven(f: f64): f64 {
  const r = Math.round(f);           // rounds half up
  if (Math.abs(f - Math.trunc(f)) == 0.5) return 2.0 * Math.round(f / 2.0);
  return r;
}

export function roundValue(v: u64, nd: u64): u64 {
  if (isFloat(v)) {
    const f = floatOf(v);
    if (nd == NONE) {
      if (f != f) return raiseLit(X.E_ValueError, "cannot convert float NaN to integer");
      if (!isFinite(f)) return raiseLit(X.E_OverflowError, "cannot convert float infinity to integer");
      const r = roundHalfEven(f);
      if (Math.abs(r) < 9.0e15) return intFromI64(<i64>r);
      return bigFromF64Obj(r);
    }
    if (!isIntLike(nd)) return raiseTypeMsg("", nd, " object cannot be interpreted as an integer");
    const n = intToI64(nd);
    if (!isFinite(f) || f == 0) return v;
    return boxFloat(floatRoundDigits(f, n));
  }
  if (isIntLike(v)) {
    if (nd == NONE) { if (isBool(v)) return boxSmall(<i64>(v & 1)); incref(v); return v; }
    if (!isIntLike(nd)) return raiseTypeMsg("", nd, " object cannot be interpreted as an integer");
    const n = intToI64(nd);
    if (n >= 0) { if (isBool(v)) return boxSmall(<i64>(v & 1)); incref(v); return v; }
    if (!intFitsI64(v)) return roundBigInt(v, -n);
    const x = intToI64(v);
    if (n < -18) return boxSmall(0);
    let p: i64 = 1;
    for (let i: i64 = 0; i < -n; i++) p *= 10;
    let q = x / p, r = x % p;
    if (r < 0) { r += p; q -= 1; }
    // half to even
    if (r * 2 > p || (r * 2 == p && (q & 1) != 0)) q += 1;
    return intFromI64(q * p);
  }
  return raiseTypeMsg("type ", v, " doesn't define __round__ method");
}

import { molt_pow, molt_floordiv, molt_mod, molt_mul, molt_add } from "./ops";
import { compareBool, CMP_GT, CMP_EQ } from "./compare";
import { decref } from "./object";
/** round(v, -e) for a big int: round half to even at 10**e (CPython long_round). */
function roundBigInt(v: u64, e: i64): u64 {
  const p = molt_pow(boxSmall(10), intFromI64(e));
  if (p == ERROR) return ERROR;
  const q = molt_floordiv(v, p), r = molt_mod(v, p);
  const r2 = molt_mul(r, boxSmall(2));
  decref(r);
  const gt = compareBool(CMP_GT, r2, p), eq = compareBool(CMP_EQ, r2, p);
  decref(r2);
  const odd = molt_mod(q, boxSmall(2));
  let qq = q;
  if (gt == 1 || (eq == 1 && odd != boxSmall(0))) { qq = molt_add(q, boxSmall(1)); decref(q); }
  const out = molt_mul(qq, p);
  decref(qq); decref(p);
  return out;
}
