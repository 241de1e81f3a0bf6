// float(text) with CPython's syntax and correctly rounded results.
// Syntax: whitespace, sign, inf/infinity/nan (any case), digits with single
// underscores between digits, optional fraction and exponent.
// Value: exact fast path when the digits fit 2^53 and 10^|e| is exact
// (|e| <= 22); otherwise exact big-int arithmetic (D * 10^E, or the quotient
// D * 2^s / 10^-E with a sticky remainder bit) and one final rounding.
import { spaceLen } from './bigint-parse';
import { magFromDigits, pow10Mag, mulTmp } from './bigint-str';
import { bigLen, tmpInt, bigFinish } from './bigint';
import { limb, magBitLength, magShl } from './bigint-mag';
import { magDivRem, divQLen, divRLen } from './bigint-div';
import { roundToF64 } from './float-build';
import { numAlloc, numFree } from './mem';
import { setNumErr, ERR_FLOAT_PARSE } from './errors';

const EXACT10: StaticArray<f64> = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

const MAX_DIGITS = 800; // beyond 768 significant digits only a sticky digit matters

function lower(c: u32): u32 { return c | 32; }
function matchWord(p: usize, e: usize, w: string): bool {
  if (<i32>(e - p) != w.length) return false;
  for (let i = 0; i < w.length; i++) if (lower(load<u8>(p + i)) != <u32>w.charCodeAt(i)) return false;
  return true;
}

// @ts-ignore: decorator
@inline function isDigit(c: u32): bool { return c - 48 < 10; }

// Parses float(text); on bad syntax returns 0 with ERR_FLOAT_PARSE.
export function parseFloat64(s: usize, len: i32): f64 {
  let p = s, e = s + len;
  while (p < e) { const k = spaceLen(p, e); if (!k) break; p += k; }
  while (e > p) {
    // trailing whitespace: test each candidate width
    if (spaceLen(e - 1, e) == 1) { e--; continue; }
    if (e - p >= 2 && spaceLen(e - 2, e) == 2) { e -= 2; continue; }
    if (e - p >= 3 && spaceLen(e - 3, e) == 3) { e -= 3; continue; }
    break;
  }
  let neg = false;
  if (p < e && (load<u8>(p) == 43 || load<u8>(p) == 45)) { neg = load<u8>(p) == 45; p++; }
  if (p < e && !isDigit(load<u8>(p)) && load<u8>(p) != 46) {
    if (matchWord(p, e, 'inf') || matchWord(p, e, 'infinity')) return neg ? -Infinity : Infinity;
    if (matchWord(p, e, 'nan')) return neg ? -NaN : NaN;
    setNumErr(ERR_FLOAT_PARSE); return 0;
  }
  // Mantissa digits (significant ones go to a buffer), point, exponent.
  const buf = numAlloc(MAX_DIGITS + 2);
  let nd = 0;          // significant digits stored
  let dropped = false; // nonzero digit beyond MAX_DIGITS
  let exp10: i64 = 0;  // value = digits * 10^exp10
  let seenDigit = false, seenPoint = false;
  let prev: u32 = 0;
  let ok = true;
  while (p < e) {
    const c = <u32>load<u8>(p);
    if (isDigit(c)) {
      seenDigit = true;
      if (nd == 0 && c == 48) { if (seenPoint) exp10--; }
      else if (nd < MAX_DIGITS) { store<u8>(buf + nd, c); nd++; if (seenPoint) exp10--; }
      else { if (c != 48) dropped = true; if (!seenPoint) exp10++; }
    } else if (c == 95) {
      if (!isDigit(prev) || p + 1 >= e || !isDigit(load<u8>(p + 1))) { ok = false; break; }
    } else if (c == 46 && !seenPoint) {
      if (prev == 95) { ok = false; break; }
      seenPoint = true;
    } else break;
    prev = c; p++;
  }
  if (!seenDigit) ok = false;
  if (ok && p < e) {
    // exponent
    const c = <u32>load<u8>(p);
    if ((c | 32) != 101) ok = false;
    else {
      p++;
      let eneg = false;
      if (p < e && (load<u8>(p) == 43 || load<u8>(p) == 45)) { eneg = load<u8>(p) == 45; p++; }
      let ev: i64 = 0, any = false; prev = 0;
      while (p < e) {
        const d = <u32>load<u8>(p);
        if (isDigit(d)) { if (ev < 100000000) ev = ev * 10 + (d - 48); any = true; }
        else if (d == 95 && isDigit(prev) && p + 1 < e && isDigit(load<u8>(p + 1))) {}
        else break;
        prev = d; p++;
      }
      if (!any || p != e) ok = false;
      exp10 += eneg ? -ev : ev;
    }
  }
  if (!ok) { numFree(buf); setNumErr(ERR_FLOAT_PARSE); return 0; }
  if (dropped) { store<u8>(buf + nd, 49); nd++; exp10--; }
  const r = decimalToF64(buf, nd, exp10);
  numFree(buf);
  return neg ? -r : r;
}

// Correctly rounded digits[0..nd) * 10^exp10 (ASCII digits, no leading zeros).
export function decimalToF64(d: usize, nd: i32, exp10: i64): f64 {
  // strip trailing zeros
  while (nd > 0 && load<u8>(d + nd - 1) == 48) { nd--; exp10++; }
  if (nd == 0) return 0;
  if (exp10 + nd > 310) return Infinity;
  if (exp10 + nd < -326) return 0;
  const e10 = <i32>exp10;
  if (nd <= 15 && e10 >= -22 && e10 <= 22) {
    let m: u64 = 0;
    for (let i = 0; i < nd; i++) m = m * 10 + (load<u8>(d + i) - 48);
    const x = <f64>m;
    return e10 >= 0 ? x * unchecked(EXACT10[e10]) : x / unchecked(EXACT10[-e10]);
  }
  const D = magFromDigits(d, nd, 10);
  if (e10 >= 0) {
    const P = pow10Mag(e10);
    const N = mulTmp(D, P);
    const r = fromMag(N, 0, false);
    numFree(N); numFree(P); numFree(D);
    return r;
  }
  // N / M with M = 10^-e10: scale N by 2^s so the quotient has >= 65 bits.
  const M = pow10Mag(-e10);
  const bn = magBitLength(D + 4, bigLen(D)), bm = magBitLength(M + 4, bigLen(M));
  let s = <i32>(bm - bn) + 66;
  if (s < 0) s = 0;
  const Ns = tmpInt(bigLen(D) + (s >> 5) + 2);
  bigFinish(Ns, magShl(Ns + 4, D + 4, bigLen(D), s), false);
  const Q = tmpInt(bigLen(Ns) - bigLen(M) + 2);
  const R = tmpInt(bigLen(M) + 1);
  magDivRem(Ns + 4, bigLen(Ns), M + 4, bigLen(M), Q + 4, R + 4);
  bigFinish(Q, divQLen, false);
  const r = fromMag(Q, -s, divRLen != 0);
  numFree(R); numFree(Q); numFree(Ns); numFree(M); numFree(D);
  return r;
}

// Rounds (record Q + sticky) * 2^e to a double.
function fromMag(Q: usize, e: i32, sticky: bool): f64 {
  const n = bigLen(Q);
  const L = <i32>magBitLength(Q + 4, n);
  // top 64 bits and the sticky remainder of the rest
  const sh = L - 64;
  let top: u64 = 0;
  if (sh <= 0) {
    top = (n > 1 ? <u64>limb(Q + 4, 1) << 32 : 0) | (n > 0 ? <u64>limb(Q + 4, 0) : 0);
    top <<= <u64>(-sh);
  } else {
    const w = sh >> 5, o = <u64>(sh & 31);
    const l0 = <u64>limb(Q + 4, w), l1: u64 = w + 1 < n ? limb(Q + 4, w + 1) : 0, l2: u64 = w + 2 < n ? limb(Q + 4, w + 2) : 0;
    top = (l0 >> o) | (l1 << (32 - o)) | (o ? l2 << (64 - o) : 0);
    if (o == 0) top = l0 | (l1 << 32);
    for (let i = 0; i < w && !sticky; i++) sticky = limb(Q + 4, i) != 0;
    if (o && (l0 & ((<u64>1 << o) - 1)) != 0) sticky = true;
  }
  return roundToF64(top, sticky, e + sh);
}
