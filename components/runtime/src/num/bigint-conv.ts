// Big int <-> float and hash, with CPython's exact semantics.
import { bigLen, bigIsNeg, bigFinish } from './bigint';
import { limb, setLimb, magBitLength } from './bigint-mag';
import { numNewInt } from './mem';
import { setNumErr, ERR_INT_TOO_LARGE_FLOAT, ERR_FLOAT_NAN_TO_INT, ERR_FLOAT_INF_TO_INT } from './errors';

// Bits [lo, lo+64) of a magnitude, plus whether any bit below lo is set.
let stickyLow = false;
function bitsAt(p: usize, n: i32, lo: i64): u64 {
  const w = <i32>(lo >> 5), o = <u32>(lo & 31);
  let v: u64 = 0;
  for (let k = 2; k >= 0; k--) {
    const i = w + k;
    const l: u64 = i < n ? limb(p, i) : 0;
    // assemble 96 bits then shift
    if (k == 2) v = l << (64 - o) ; // top contribution (only if o > 0)
    if (k == 1) v |= l << (32 - o);
    if (k == 0) v |= l >> o;
  }
  if (o == 0) { v = (w + 1 < n ? <u64>limb(p, w + 1) << 32 : 0) | (w < n ? <u64>limb(p, w) : 0); }
  let s = false;
  for (let i = 0; i < w && !s; i++) s = limb(p, i) != 0;
  if (!s && o != 0 && w < n) s = (limb(p, w) & ((<u32>1 << o) - 1)) != 0;
  stickyLow = s;
  return v;
}

// Correctly rounded (half-even) float(int). Overflow -> ERR_INT_TOO_LARGE_FLOAT (returns 0).
export function bigToF64(a: usize): f64 {
  const n = bigLen(a);
  const neg = bigIsNeg(a);
  const nb = magBitLength(a + 4, n);
  let r: f64;
  if (nb <= 64) {
    r = <f64>bitsAt(a + 4, n, 0); // u64 -> f64 conversion rounds half-even
  } else {
    if (nb > 1024) { setNumErr(ERR_INT_TOO_LARGE_FLOAT); return 0; }
    // Keep 63 top bits plus a sticky bit for everything below: one
    // rounding step from 64 bits to 53 is then exact half-even.
    const sh = nb - 63;
    let top = bitsAt(a + 4, n, sh) & 0x7fffffffffffffff;
    top = (top << 1) | (stickyLow ? 1 : 0);
    r = <f64>top;               // rounds to 53 bits
    // scale by 2^(sh-1): exact unless it overflows
    const e = <i32>sh - 1;
    r = r * reinterpret<f64>(<u64>(1023 + min(e, 1000)) << 52);
    if (e > 1000) r = r * reinterpret<f64>(<u64>(1023 + e - 1000) << 52);
    if (r == Infinity) { setNumErr(ERR_INT_TOO_LARGE_FLOAT); return 0; }
  }
  return neg ? -r : r;
}

// int(x) for a float: truncates toward zero; NaN/inf -> error codes.
export function bigFromF64(x: f64): usize {
  if (isNaN(x)) { setNumErr(ERR_FLOAT_NAN_TO_INT); return 0; }
  if (!isFinite(x)) { setNumErr(ERR_FLOAT_INF_TO_INT); return 0; }
  const t = Math.trunc(x);
  const bits = reinterpret<u64>(t);
  const be = <i32>((bits >> 52) & 0x7ff);
  const neg = t < 0;
  if (be < 1023) { const r = numNewInt(0); store<i32>(r, 0); return r; }
  const m = (bits & 0xfffffffffffff) | (<u64>1 << 52);
  const e = be - 1075; // value = m * 2^e
  if (e <= 0) {
    const v = m >> <u64>(-e);
    const r = numNewInt(2);
    setLimb(r + 4, 0, <u32>v); setLimb(r + 4, 1, <u32>(v >> 32));
    return bigFinish(r, 2, neg);
  }
  const w = e >> 5, o = e & 31;
  const n = w + 3;
  const r = numNewInt(n);
  memory.fill(r + 4, 0, <usize>n << 2);
  const lo = m << <u64>o; // up to 84 bits: split across three limbs
  setLimb(r + 4, w, <u32>lo);
  setLimb(r + 4, w + 1, <u32>(lo >> 32));
  setLimb(r + 4, w + 2, o > 11 ? <u32>(m >> <u64>(64 - o)) : 0);
  return bigFinish(r, n, neg);
}

// hash(int): |a| mod (2^61 - 1) with the sign, -1 -> -2 (CPython).
export function bigHash(a: usize): i64 {
  const P: u64 = (<u64>1 << 61) - 1;
  const n = bigLen(a);
  let h: u64 = 0;
  for (let i = n - 1; i >= 0; i--) {
    // h * 2^32 mod P is a 61-bit rotation
    h = ((h << 32) & P) | (h >> 29);
    h += limb(a + 4, i);
    if (h >= P) h -= P;
  }
  let r = <i64>h;
  if (bigIsNeg(a)) r = -r;
  return r == -1 ? -2 : r;
}
