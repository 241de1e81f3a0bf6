// Bridge between int objects and the numeric library's big integers
// (components/runtime/src/num/). Until that lands, overflow raises.
import { ERROR, ptrOf, boxSmall } from "./value";
import { kindOf } from "./types";
import { K_INT } from "./kinds";
import { raiseLit } from "./errors";
import * as X from "./exceptions";

@inline export function bigIsBig(v: u64): bool { return (v >> 48) == 0xFFFC; }

export function bigFromI64Obj(i: i64): u64 {
  return raiseLit(X.E_OverflowError, "integer overflow (big ints not wired yet)");
}
export function bigReprInto(sb: u32, v: u64): bool { return false; }
export function bigBinop(op: i32, a: u64, b: u64): u64 {
  return raiseLit(X.E_OverflowError, "integer overflow (big ints not wired yet)");
}
export function bigToF64(v: u64): f64 { return 0; }
export function bigFitsI64Obj(v: u64): bool { return false; }
export function bigToI64Obj(v: u64): i64 { return 0; }
export function bigHash(v: u64): i64 { return 0; }
export function bigKindCheck(v: u64): bool { return kindOf(v) == K_INT && ptrOf(v) != 0; }
export function bigZero(): u64 { return boxSmall(0); }
export const BIG_ERR: u64 = ERROR;
export function bigFromDigitsObj(s: usize, e: usize, base: i32, neg: bool): u64 {
  return raiseLit(X.E_OverflowError, "integer overflow (big ints not wired yet)");
}
export function bigFromF64Obj(f: f64): u64 { return raiseLit(X.E_OverflowError, "integer overflow (big ints not wired yet)"); }
export function bigIsNegObj(v: u64): bool { return false; }
export function bigPowMod(a: u64, b: u64, m: u64): u64 { return raiseLit(X.E_OverflowError, "integer overflow (big ints not wired yet)"); }
export function bigToBaseStr(v: u64, base: u32): u64 { return raiseLit(X.E_OverflowError, "integer overflow (big ints not wired yet)"); }
export function intBitLength(v: u64): u64 {
  if ((v >> 48) == 0xFFF9 || (v >> 48) == 0xFFFA) {
    let x = (v >> 48) == 0xFFFA ? <i64>(v & 1) : (<i64>(v << 16)) >> 16;
    if (x < 0) x = -x;
    return boxSmall(64 - clz<i64>(x));
  }
  return raiseLit(X.E_OverflowError, "integer overflow (big ints not wired yet)");
}
