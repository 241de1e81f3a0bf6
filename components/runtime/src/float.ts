// float arithmetic with CPython semantics and messages.
import { boxFloat, ERROR } from "./value";
import { raiseLit, raiseStr } from "./errors";
import * as X from "./exceptions";
import { OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW } from "./int";
import { tup2Own } from "./tuple";
import { boxSmall } from "./value";
import { strLit } from "./str";
import { floatPowComplex } from "./complex";

export function floatFloorDiv(x: f64, y: f64): f64 {
  const mod = x % y;
  let div = (x - mod) / y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) div -= 1.0;
  }
  if (div != 0) {
    let fd = Math.floor(div);
    if (div - fd > 0.5) fd += 1.0;
    return fd;
  }
  return copysign<f64>(0.0, x / y);
}

export function floatMod(x: f64, y: f64): f64 {
  let mod = x % y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else mod = copysign<f64>(0.0, y);
  return mod;
}

export function floatPow(x: f64, y: f64): u64 {
  if (x == 0 && y < 0) return raiseLit(X.E_ZeroDivisionError, "0.0 cannot be raised to a negative power");
  if (x < 0 && y != Math.floor(y) && isFinite(y) && isFinite(x)) {
    return floatPowComplex(x, y); // CPython hands this to complex.__pow__
  }
  const r = Math.pow(x, y);
  if (!isFinite(r) && isFinite(x) && isFinite(y)) {
    return raiseOverflow34();
  }
  return boxFloat(r);
}

export function raiseOverflow34(): u64 {
  const t = tup2Own(boxSmall(34), strLit("Numerical result out of range"));
  return raiseStrArgs(X.E_OverflowError, t);
}

function raiseStrArgs(t: u32, args: u64): u64 {
  return raiseWithArgs(t, args);
}

import { setPending } from "./errors";
function raiseWithArgs(t: u32, args: u64): u64 { return setPending(X.excNew(t, args)); }

export function floatBinop(op: i32, x: f64, y: f64): u64 {
  switch (op) {
    case OP_ADD: return boxFloat(x + y);
    case OP_SUB: return boxFloat(x - y);
    case OP_MUL: return boxFloat(x * y);
    case OP_TRUEDIV:
      if (y == 0) return raiseLit(X.E_ZeroDivisionError, "float division by zero");
      return boxFloat(x / y);
    case OP_FLOORDIV:
      if (y == 0) return raiseLit(X.E_ZeroDivisionError, "float floor division by zero");
      return boxFloat(floatFloorDiv(x, y));
    case OP_MOD:
      if (y == 0) return raiseLit(X.E_ZeroDivisionError, "float modulo");
      return boxFloat(floatMod(x, y));
    case OP_POW: return floatPow(x, y);
  }
  return ERROR;
}
export function unusedRaiseStr(t: u32, v: u64): u64 { return raiseStr(t, v); }
