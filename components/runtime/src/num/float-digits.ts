// Exact decimal digits of a double for fixed-precision formatting (%f, %e,
// %g, round): R = round-half-even(x * 10^s) computed with big ints, so every
// digit is the correctly rounded one no matter how many are asked for.
import { tmpInt, bigFinish, bigLen } from './bigint';
import { setLimb, limb, magShl, magCmp, magNorm } from './bigint-mag';
import { pow10Mag, mulTmp, magToDec, numOutLen } from './bigint-str';
import { magDivRem, divQLen, divRLen } from './bigint-div';
import { numAlloc, numFree } from './mem';

// Results: fdDigits (numAlloc buffer, caller frees), fdLen digits, and the
// decimal point position: value = 0.DIGITS * 10^fdDecpt. fdLen == 0 means
// the value rounded to zero (fixed mode).
export let fdDigits: usize = 0;
export let fdLen: i32 = 0;
export let fdDecpt: i32 = 0;

function u64Rec(v: u64): usize {
  const r = tmpInt(2);
  setLimb(r + 4, 0, <u32>v); setLimb(r + 4, 1, <u32>(v >> 32));
  return bigFinish(r, 2, false);
}

// round(x * 10^s) for positive finite x; digits into fdDigits/fdLen.
function scaledRound(x: f64, s: i32): void {
  const bits = reinterpret<u64>(x);
  const be = <i32>((bits >> 52) & 0x7ff);
  let m = bits & 0xfffffffffffff;
  let e = be == 0 ? -1074 : be - 1075;
  if (be != 0) m |= <u64>1 << 52;
  // num = m * 2^max(e,0) * 10^max(s,0); den = 2^max(-e,0) * 10^max(-s,0)
  let num = u64Rec(m);
  if (s > 0) { const p = pow10Mag(s); const t = mulTmp(num, p); numFree(p); numFree(num); num = t; }
  let den = u64Rec(1);
  if (s < 0) { numFree(den); den = pow10Mag(-s); }
  if (e > 0) num = shl(num, e);
  if (e < 0) den = shl(den, -e);
  const nn = bigLen(num), dn = bigLen(den);
  const q = tmpInt(max(nn - dn + 2, 1));
  const r = tmpInt(dn + 1);
  magDivRem(num + 4, nn, den + 4, dn, q + 4, r + 4);
  let qn = divQLen;
  const rn = divRLen;
  // compare 2r with den
  const r2 = tmpInt(rn + 1);
  const r2n = magShl(r2 + 4, r + 4, rn, 1);
  const c = magCmp(r2 + 4, r2n, den + 4, dn);
  if (c > 0 || (c == 0 && qn > 0 && (limb(q + 4, 0) & 1) != 0)) {
    setLimb(q + 4, qn, 0);
    let carry: u64 = 1;
    for (let i = 0; i <= qn && carry; i++) { carry += limb(q + 4, i); setLimb(q + 4, i, <u32>carry); carry >>= 32; }
    qn = magNorm(q + 4, qn + 1);
  }
  if (qn == 0) { fdDigits = numAlloc(1); fdLen = 0; }
  else { fdDigits = magToDec(q + 4, qn, 0); fdLen = numOutLen; }
  numFree(r2); numFree(r); numFree(q); numFree(den); numFree(num);
}

function shl(a: usize, k: i32): usize {
  const n = bigLen(a);
  const t = tmpInt(n + (k >> 5) + 2);
  bigFinish(t, magShl(t + 4, a + 4, n, k), false);
  numFree(a);
  return t;
}

// fixed: n digits after the point (may be negative); else n >= 1 significant digits.
export function exactDigits(x: f64, fixed: bool, n: i32): void {
  if (fixed) {
    scaledRound(x, n);
    fdDecpt = fdLen - n;
    return;
  }
  // k = floor(log10 x) estimate, corrected until exactly n digits come out.
  let k = <i32>Math.floor(Math.log10(x));
  while (true) {
    const s = n - 1 - k;
    scaledRound(x, s);
    if (fdLen > n) { numFree(fdDigits); k++; continue; }
    if (fdLen < n) { numFree(fdDigits); k--; continue; }
    fdDecpt = fdLen - s;
    return;
  }
}
