// Float arithmetic with CPython's semantics for //, %, divmod, ** and round.
import { setNumErr, ERR_FLOAT_DIV_ZERO, ERR_ZERO_NEG_POW, ERR_COMPLEX_POW, ERR_FLOAT_OVERFLOW, ERR_ROUND_OVERFLOW, ERR_FLOAT_NAN_TO_INT, ERR_FLOAT_INF_TO_INT } from './errors';
import { exactDigits, fdDigits, fdLen, fdDecpt } from './float-digits';
import { decimalToF64 } from './float-parse';
import { numFree, numNewInt } from './mem';
import { bigFinish } from './bigint';
import { setLimb } from './bigint-mag';
import { bigFromF64 } from './bigint-conv';

// divmod(x, y): results in fdivQ (floor quotient) and fdivR (modulo).
export let fdivQ: f64 = 0;
export let fdivR: f64 = 0;

// Returns false (ERR_FLOAT_DIV_ZERO) when y == 0. Same steps as CPython's float_divmod.
export function floatDivmod(x: f64, y: f64): bool {
  if (y == 0) { setNumErr(ERR_FLOAT_DIV_ZERO); return false; }
  let mod = x % y; // fmod, exact
  let div = (x - mod) / y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) { mod += y; div -= 1.0; }
  } else mod = y < 0 ? -0.0 : 0.0;
  let fl: f64;
  if (div != 0) { fl = Math.floor(div); if (div - fl > 0.5) fl += 1.0; }
  else fl = (x / y) < 0 || (1 / (x / y)) < 0 ? -0.0 : 0.0;
  fdivQ = fl; fdivR = mod;
  return true;
}

export function floatMod(x: f64, y: f64): f64 {
  if (y == 0) { setNumErr(ERR_FLOAT_DIV_ZERO); return 0; }
  let mod = x % y;
  if (mod != 0) { if ((y < 0) != (mod < 0)) mod += y; }
  else mod = y < 0 ? -0.0 : 0.0;
  return mod;
}

export function floatFloorDiv(x: f64, y: f64): f64 { return floatDivmod(x, y) ? fdivQ : 0; }

function isOddInt(w: f64): bool { return Math.floor(w) == w && Math.abs(w) < 9007199254740992.0 * 2 && (Math.abs(w) % 2.0) == 1.0; }

// x ** y as CPython's float_pow (errors: ERR_ZERO_NEG_POW, ERR_COMPLEX_POW, ERR_FLOAT_OVERFLOW).
export function floatPow(v: f64, w: f64): f64 {
  if (w == 0) return 1.0;
  if (isNaN(v)) return v;
  if (isNaN(w)) return v == 1.0 ? 1.0 : w;
  if (!isFinite(w)) {
    const av = Math.abs(v);
    if (av == 1.0) return 1.0;
    if ((w > 0) == (av > 1.0)) return Infinity;
    return 0.0;
  }
  if (!isFinite(v)) {
    const odd = isOddInt(w);
    if (w > 0) return odd ? v : Math.abs(v);
    return odd ? (v < 0 ? -0.0 : 0.0) : 0.0;
  }
  if (v == 0) {
    const odd = isOddInt(w);
    if (w < 0) { setNumErr(ERR_ZERO_NEG_POW); return 0; }
    return odd ? v : 0.0;
  }
  let neg = false;
  if (v < 0) {
    if (w != Math.floor(w)) { setNumErr(ERR_COMPLEX_POW); return 0; }
    v = -v;
    neg = isOddInt(w);
  }
  if (v == 1.0) return neg ? -1.0 : 1.0;
  let r = Math.pow(v, w);
  if (neg) r = -r;
  if (!isFinite(r)) { setNumErr(ERR_FLOAT_OVERFLOW); return 0; }
  return r;
}

// round(x, n) -> float: correctly rounded to n decimals (half-even on exact
// ties, as CPython's dtoa mode 3), then read back.
export function floatRound(x: f64, n: i64): f64 {
  if (x == 0 || !isFinite(x)) return x;
  if (n > 323) return x;
  if (n < -308) return x < 0 ? -0.0 : 0.0;
  const neg = x < 0;
  exactDigits(Math.abs(x), true, <i32>n);
  let r: f64;
  if (fdLen == 0) r = 0;
  else r = decimalToF64(fdDigits, fdLen, <i64>fdDecpt - fdLen);
  numFree(fdDigits);
  if (!isFinite(r)) { setNumErr(ERR_ROUND_OVERFLOW); return 0; }
  return neg ? -r : r;
}

// round(x) -> int record (half-even); errors as int(float).
export function floatRoundToInt(x: f64): usize {
  if (isNaN(x)) { setNumErr(ERR_FLOAT_NAN_TO_INT); return 0; }
  if (!isFinite(x)) { setNumErr(ERR_FLOAT_INF_TO_INT); return 0; }
  return bigFromF64(nearest(x));
}

export function floatIsInteger(x: f64): bool { return isFinite(x) && Math.floor(x) == x; }

// as_integer_ratio: numerator/denominator records in ratioNum/ratioDen.
// NaN -> ERR_FLOAT_NAN_TO_INT ("cannot convert NaN to integer ratio"),
// inf -> ERR_FLOAT_INF_TO_INT ("cannot convert Infinity to integer ratio").
export let ratioNum: usize = 0;
export let ratioDen: usize = 0;
export function floatAsIntegerRatio(x: f64): bool {
  if (isNaN(x)) { setNumErr(ERR_FLOAT_NAN_TO_INT); return false; }
  if (!isFinite(x)) { setNumErr(ERR_FLOAT_INF_TO_INT); return false; }
  const bits = reinterpret<u64>(x);
  const be = <i32>((bits >> 52) & 0x7ff);
  let m = bits & 0xfffffffffffff;
  let e = be == 0 ? -1074 : be - 1075;
  if (be != 0) m |= <u64>1 << 52;
  if (m == 0) { ratioNum = bigFromF64(0); ratioDen = bigFromF64(1); return true; }
  if (e >= 0) { ratioNum = bigFromF64(x); ratioDen = bigFromF64(1); return true; }
  const tz = min(<i32>ctz(m), -e);
  m >>= <u64>tz; e += tz;
  ratioNum = bigFromF64(x < 0 ? -<f64>m : <f64>m);
  // denominator 2^-e
  const k = -e;
  const w = k >> 5;
  const r = numNewInt(w + 1);
  memory.fill(r + 4, 0, <usize>(w + 1) << 2);
  setLimb(r + 4, w, <u32>1 << <u32>(k & 31));
  ratioDen = bigFinish(r, w + 1, false);
  return true;
}
