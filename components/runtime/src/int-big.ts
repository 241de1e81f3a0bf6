// Bridge between int objects and the numeric library's big integers.
// A heap int is: header | 8 record ptr u32 (num/ record: i32 size, u32 limbs).
// Values that fit 48 bits are always boxed inline (never heap ints).
import { ERROR, ptrOf, boxPtr, boxSmall, boxFloat, isSmallInt, intOf, isBool } from "./value";
import { objNew } from "./object";
import { T_INT, kindOf } from "./types";
import { K_INT } from "./kinds";
import { raiseLit, raiseSb } from "./errors";
import * as X from "./exceptions";
import { sbBytes, sbNew, sbLit, sbI64 } from "./strbuf";
import { sbFinish } from "./str";
import * as N from "./num/bigint";
import { bigPow, bigPowMod as numPowMod } from "./num/bigint-pow";
import { bigToF64 as numToF64, bigFromF64, bigHash as numHash } from "./num/bigint-conv";
import { bigToDecStr, bigToPow2Str, numOutLen } from "./num/bigint-str";
import { bigFromStr } from "./num/bigint-parse";
import { numErr, clearNumErr, numErrArg, ERR_ZERO_DIV, ERR_NEG_SHIFT, ERR_NEG_POW, ERR_POW_MOD_ZERO, ERR_NOT_INVERTIBLE,
  ERR_INT_TOO_LARGE_FLOAT, ERR_STR_DIGITS_TO_STR, ERR_STR_DIGITS_FROM_STR, ERR_SHIFT_TOO_LARGE, ERR_INVALID_LITERAL, ERR_BASE_RANGE } from "./num/errors";
import { numFree, numFreeInt } from "./num/mem";
import { bigTrueDiv } from "./int-truediv";
import { OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW, OP_LSHIFT, OP_RSHIFT, OP_AND, OP_OR, OP_XOR } from "./int";

@inline export function bigIsBig(v: u64): bool { return (v >> 48) == 0xFFFC; }
@inline function recOf(v: u64): usize { return load<u32>(ptrOf(v), 8); }

export function bigDealloc(p: u32): void { numFreeInt(load<u32>(p, 8)); }

/** Wraps a fresh record as an int value (small if it fits). */
export function wrapRec(r: usize): u64 {
  if (N.bigFitsSmall(r)) {
    const v = N.bigToI64(r);
    numFreeInt(r);
    return boxSmall(v);
  }
  const p = objNew(T_INT, 16);
  store<u32>(p, <u32>r, 8);
  return boxPtr(p);
}

let tmpA: usize = 0;
/** Record for an int-like value; sets tmpA when it is a temporary to free. */
function rec(v: u64): usize {
  if (bigIsBig(v)) { tmpA = 0; return recOf(v); }
  const r = N.bigFromI64(isBool(v) ? <i64>(v & 1) : intOf(v));
  tmpA = r;
  return r;
}

export function numErrRaise(): u64 {
  const e = numErr;
  clearNumErr();
  switch (e) {
    case ERR_ZERO_DIV: return raiseLit(X.E_ZeroDivisionError, "integer division or modulo by zero");
    case ERR_NEG_SHIFT: return raiseLit(X.E_ValueError, "negative shift count");
    case ERR_POW_MOD_ZERO: return raiseLit(X.E_ValueError, "pow() 3rd argument cannot be 0");
    case ERR_NOT_INVERTIBLE: return raiseLit(X.E_ValueError, "base is not invertible for the given modulus");
    case ERR_INT_TOO_LARGE_FLOAT: return raiseLit(X.E_OverflowError, "int too large to convert to float");
    case ERR_SHIFT_TOO_LARGE: return raiseLit(X.E_OverflowError, "too many digits in integer");
    case ERR_BASE_RANGE: return raiseLit(X.E_ValueError, "int() base must be >= 2 and <= 36, or 0");
    case ERR_STR_DIGITS_TO_STR: {
      const sb = sbNew(); sbLit(sb, "Exceeds the limit ("); sbI64(sb, numErrArg);
      sbLit(sb, " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
      return raiseSb(X.E_ValueError, sb);
    }
    case ERR_STR_DIGITS_FROM_STR: {
      const sb = sbNew(); sbLit(sb, "Exceeds the limit (4300 digits) for integer string conversion: value has "); sbI64(sb, numErrArg);
      sbLit(sb, " digits; use sys.set_int_max_str_digits() to increase the limit");
      return raiseSb(X.E_ValueError, sb);
    }
  }
  return raiseLit(X.E_OverflowError, "integer operation failed");
}

export function bigFromI64Obj(i: i64): u64 { return wrapRec(N.bigFromI64(i)); }

const NO_OUT: u64 = 0xFFFE_0000_0000_00FE;
export function bigBinop(op: i32, a: u64, b: u64): u64 {
  const ra = rec(a); const ta = tmpA;
  let rb: usize = 0, tb: usize = 0;
  if (op < 101) { rb = rec(b); tb = tmpA; }
  let r: usize = 0;
  let out: u64 = NO_OUT; // not 0: the float 0.0 is boxed as 0
  switch (op) {
    case OP_ADD: r = N.bigAdd(ra, rb); break;
    case OP_SUB: r = N.bigSub(ra, rb); break;
    case OP_MUL: r = N.bigMul(ra, rb); break;
    case OP_FLOORDIV:
      if (N.bigSign(rb) == 0) { out = raiseLit(X.E_ZeroDivisionError, "integer division or modulo by zero"); break; }
      r = N.bigFloorDiv(ra, rb); break;
    case OP_MOD:
      if (N.bigSign(rb) == 0) { out = raiseLit(X.E_ZeroDivisionError, "integer modulo by zero"); break; }
      r = N.bigMod(ra, rb); break;
    case OP_TRUEDIV: {
      if (N.bigSign(rb) == 0) { out = raiseLit(X.E_ZeroDivisionError, "division by zero"); break; }
      out = bigTrueDiv(a, b);
      break;
    }
    case OP_POW: {
      if (N.bigIsNeg(rb)) {
        const x = numToF64(ra); if (numErr) { out = numErrRaise(); break; }
        const y = numToF64(rb);
        if (x == 0) { out = raiseLit(X.E_ZeroDivisionError, "0.0 cannot be raised to a negative power"); break; }
        out = boxFloat(Math.pow(x, y));
        break;
      }
      r = bigPow(ra, rb); break;
    }
    case OP_LSHIFT: case OP_RSHIFT: {
      if (N.bigIsNeg(rb)) { out = raiseLit(X.E_ValueError, "negative shift count"); break; }
      if (!N.bigFitsI64(rb)) {
        if (op == OP_RSHIFT) { out = boxSmall(N.bigIsNeg(ra) ? -1 : 0); break; }
        out = raiseLit(X.E_OverflowError, "too many digits in integer"); break;
      }
      const s = N.bigToI64(rb);
      r = op == OP_LSHIFT ? N.bigShl(ra, s) : N.bigShr(ra, s);
      break;
    }
    case OP_AND: r = N.bigBitwise(ra, rb, 0); break;
    case OP_OR: r = N.bigBitwise(ra, rb, 1); break;
    case OP_XOR: r = N.bigBitwise(ra, rb, 2); break;
    case 100: out = boxSmall(N.bigCmp(ra, rb)); break;
    case 101: r = N.bigNeg(ra); break;
    case 102: r = N.bigInvert(ra); break;
    case 103: r = N.bigAbs(ra); break;
  }
  if (ta) numFreeInt(ta);
  if (tb) numFreeInt(tb);
  if (out != NO_OUT) return out;
  if (r == 0) return numErrRaise();
  return wrapRec(r);
}

export function bigReprInto(sb: u32, v: u64): bool {
  const s = bigToDecStr(recOf(v));
  if (s == 0) { numErrRaise(); return false; }
  sbBytes(sb, s, <u32>numOutLen);
  numFree(s);
  return true;
}
export function bigToF64(v: u64): f64 {
  const f = numToF64(recOf(v));
  if (numErr) { clearNumErr(); return Infinity * <f64>(N.bigSign(recOf(v))); }
  return f;
}
export function bigFitsI64Obj(v: u64): bool { return N.bigFitsI64(recOf(v)); }
export function bigToI64Obj(v: u64): i64 { return N.bigToI64(recOf(v)); }
export function bigHash(v: u64): i64 { return numHash(recOf(v)); }
export function bigIsNegObj(v: u64): bool { return bigIsBig(v) ? N.bigIsNeg(recOf(v)) : (isSmallInt(v) && intOf(v) < 0); }

/** Big int from validated digit text [s, e) (underscores allowed) in base; neg applies the sign. */
export function bigFromDigitsObj(s: usize, e: usize, base: i32, neg: bool): u64 {
  const r = bigFromStr(s, <i32>(e - s), base);
  if (r == 0) { if (numErr == ERR_INVALID_LITERAL) { clearNumErr(); return raiseLit(X.E_ValueError, "invalid literal for int()"); } return numErrRaise(); }
  if (neg) { const n = N.bigNeg(r); numFreeInt(r); return wrapRec(n); }
  return wrapRec(r);
}
export function bigFromF64Obj(f: f64): u64 {
  const r = bigFromF64(f);
  if (r == 0) return numErrRaise();
  return wrapRec(r);
}
export function bigPowMod(a: u64, b: u64, m: u64): u64 {
  const ra = rec(a); const ta = tmpA;
  const rb = rec(b); const tb = tmpA;
  const rm = rec(m); const tm = tmpA;
  const r = numPowMod(ra, rb, rm);
  if (ta) numFreeInt(ta); if (tb) numFreeInt(tb); if (tm) numFreeInt(tm);
  if (r == 0) return numErrRaise();
  return wrapRec(r);
}
export function bigToBaseStr(v: u64, base: u32): u64 {
  const bits = base == 16 ? 4 : base == 8 ? 3 : 1;
  const s = bigToPow2Str(recOf(v), bits, false, true, true);
  if (s == 0) return numErrRaise();
  const sb = sbNew(<u32>numOutLen);
  sbBytes(sb, s, <u32>numOutLen);
  numFree(s);
  return sbFinish(sb);
}
export function intBitLength(v: u64): u64 {
  if (!bigIsBig(v)) {
    let x = isBool(v) ? <i64>(v & 1) : intOf(v);
    if (x < 0) x = -x;
    return boxSmall(64 - clz<i64>(x));
  }
  return boxSmall(N.bigBitLength(recOf(v)));
}
export function bigKind(v: u64): bool { return kindOf(v) == K_INT; }
export const BIG_ERR: u64 = ERROR;
