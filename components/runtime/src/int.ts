// int objects: small ints inline (48-bit); heap big ints hold the numeric
// library's record (i32 size, u32 limbs) at payload offset 8.
import { boxSmall, fitsSmall, intOf, isSmallInt, ptrOf, ERROR, TAG_BOOL, boxFloat, isBool } from "./value";
import { sbI64 } from "./strbuf";
import { raiseLit } from "./errors";
import * as X from "./exceptions";
import { kindOf } from "./types";
import { K_INT, K_BOOL } from "./kinds";
import { bigFromI64Obj, bigIsBig, bigReprInto, bigBinop, bigToF64, bigFitsI64Obj, bigToI64Obj, bigHash } from "./int-big";

/** Is v an int (small, big or bool)? */
@inline export function isIntLike(v: u64): bool {
  const t = <u32>(v >> 48);
  if (t == 0xFFF9 || t == 0xFFFA) return true;
  return t == 0xFFFC && kindOf(v) == K_INT;
}

/** Box an i64, overflowing to a big int. */
export function intFromI64(i: i64): u64 {
  if (fitsSmall(i)) return boxSmall(i);
  return bigFromI64Obj(i);
}

/** Value of a small int or bool as i64 (caller checked). */
@inline export function smallVal(v: u64): i64 {
  return isSmallInt(v) ? intOf(v) : <i64>(v & 1);
}

/** Does the int-like v fit i64? Then i64Val gives it. */
export function intFitsI64(v: u64): bool {
  if (isSmallInt(v) || isBool(v)) return true;
  return bigFitsI64Obj(v);
}
export function intToI64(v: u64): i64 {
  if (isSmallInt(v)) return intOf(v);
  if (isBool(v)) return <i64>(v & 1);
  return bigToI64Obj(v);
}

export function intToF64(v: u64): f64 {
  if (isSmallInt(v)) return <f64>intOf(v);
  if (isBool(v)) return <f64>(v & 1);
  return bigToF64(v);
}

export function intReprInto(sb: u32, v: u64): bool {
  if (isSmallInt(v)) { sbI64(sb, intOf(v)); return true; }
  return bigReprInto(sb, v);
}

export function intHash(v: u64): i64 {
  if (isSmallInt(v)) { const i = intOf(v); return i == -1 ? -2 : i; }
  if (isBool(v)) return <i64>(v & 1);
  return bigHash(v);
}

// op codes shared with molt_inplace
export const OP_ADD: i32 = 0;
export const OP_SUB: i32 = 1;
export const OP_MUL: i32 = 2;
export const OP_MATMUL: i32 = 3;
export const OP_TRUEDIV: i32 = 4;
export const OP_FLOORDIV: i32 = 5;
export const OP_MOD: i32 = 6;
export const OP_POW: i32 = 7;
export const OP_LSHIFT: i32 = 8;
export const OP_RSHIFT: i32 = 9;
export const OP_AND: i32 = 10;
export const OP_OR: i32 = 11;
export const OP_XOR: i32 = 12;

@inline function floorDivI(a: i64, b: i64): i64 {
  let q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}
@inline function floorModI(a: i64, b: i64): i64 {
  let r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

/** i64 power with overflow detection; returns false on overflow. */
let powRes: i64 = 0;
function powI64(base: i64, exp: i64): bool {
  let r: i64 = 1;
  let b = base;
  let e = exp;
  const LIM: i64 = 0x7FFF_FFFF_FFFF;   // stay within small range for safety
  while (e > 0) {
    if (e & 1) {
      const m = r * b;
      if (b != 0 && (m / b != r || m > LIM || m < -LIM)) return false;
      r = m;
    }
    e >>= 1;
    if (e > 0) {
      const sq = b * b;
      if (b != 0 && (sq / b != b || sq > LIM)) return false;
      b = sq;
    }
  }
  powRes = r;
  return true;
}

/** Binary op on two int-like values (small, bool or big). */
export function intBinop(op: i32, a: u64, b: u64): u64 {
  if (bigIsBig(a) || bigIsBig(b)) return bigBinop(op, a, b);
  const x = smallVal(a), y = smallVal(b);
  switch (op) {
    case OP_ADD: return intFromI64(x + y);
    case OP_SUB: return intFromI64(x - y);
    case OP_MUL: {
      if ((x < 0x7FFFFF && x > -0x7FFFFF && y < 0x7FFFFF && y > -0x7FFFFF)) return intFromI64(x * y);
      const m = x * y;
      if (x != 0 && (m / x != y)) return bigBinop(op, a, b);
      return intFromI64(m);
    }
    case OP_TRUEDIV: {
      if (y == 0) return raiseLit(X.E_ZeroDivisionError, "division by zero");
      return boxFloat(<f64>x / <f64>y);
    }
    case OP_FLOORDIV: {
      if (y == 0) return raiseLit(X.E_ZeroDivisionError, "integer division or modulo by zero");
      return intFromI64(floorDivI(x, y));
    }
    case OP_MOD: {
      if (y == 0) return raiseLit(X.E_ZeroDivisionError, "integer modulo by zero");
      return intFromI64(floorModI(x, y));
    }
    case OP_POW: {
      if (y < 0) {
        if (x == 0) return raiseLit(X.E_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return boxFloat(Math.pow(<f64>x, <f64>y));
      }
      if (powI64(x, y)) return intFromI64(powRes);
      return bigBinop(op, a, b);
    }
    case OP_LSHIFT: {
      if (y < 0) return raiseLit(X.E_ValueError, "negative shift count");
      if (x == 0) return boxSmall(0);
      if (y < 16) return intFromI64(x << y);
      return bigBinop(op, a, b);
    }
    case OP_RSHIFT: {
      if (y < 0) return raiseLit(X.E_ValueError, "negative shift count");
      return boxSmall(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
    }
    case OP_AND: {
      const r = x & y;
      return (isBool(a) && isBool(b)) ? (TAG_BOOL | <u64>r) : boxSmall(r);
    }
    case OP_OR: {
      const r = x | y;
      return (isBool(a) && isBool(b)) ? (TAG_BOOL | <u64>r) : boxSmall(r);
    }
    case OP_XOR: {
      const r = x ^ y;
      return (isBool(a) && isBool(b)) ? (TAG_BOOL | <u64>r) : boxSmall(r);
    }
  }
  return ERROR;
}

/** Compare two int-likes: -1, 0, 1. */
export function intCmp(a: u64, b: u64): i32 {
  if (bigIsBig(a) || bigIsBig(b)) return <i32>intOf(bigBinop(100, a, b));
  const x = smallVal(a), y = smallVal(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function intNeg(a: u64): u64 {
  if (bigIsBig(a)) return bigBinop(101, a, 0);
  return intFromI64(-smallVal(a));
}
export function intInvert(a: u64): u64 {
  if (bigIsBig(a)) return bigBinop(102, a, 0);
  return intFromI64(~smallVal(a));
}
export function intAbs(a: u64): u64 {
  if (bigIsBig(a)) return bigBinop(103, a, 0);
  const x = smallVal(a);
  return intFromI64(x < 0 ? -x : x);
}
export function intIsZero(a: u64): bool {
  if (bigIsBig(a)) return false;
  return smallVal(a) == 0;
}
export function isBoolKind(v: u64): bool { return kindOf(v) == K_BOOL; }
export function intPtr(v: u64): u32 { return ptrOf(v); }
