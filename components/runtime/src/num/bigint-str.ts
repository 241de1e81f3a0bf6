// Big int <-> text. Decimal output converts to base 10^9 chunks, splitting
// large numbers recursively by 10^(9*2^k) so the work is a few big
// divisions instead of a quadratic number of single-limb passes.
// CPython 3.12's int_max_str_digits limit applies to non-power-of-two bases.
import { limb, setLimb, magNorm, magDivSmall, magMulSmall, magCmp } from './bigint-mag';
import { magMul } from './bigint-mul';
import { magDivRem, divQLen, divRLen } from './bigint-div';
import { bigLen, bigIsNeg, bigFinish, tmpInt, publish } from './bigint';
import { numAlloc, numFree, numNewInt } from './mem';
import { setNumErr, setNumErrArg, ERR_STR_DIGITS_TO_STR } from './errors';

// sys.get_int_max_str_digits(); 0 disables the check.
export let maxStrDigits: i32 = 4300;
export function setMaxStrDigits(n: i32): void { maxStrDigits = n; }

// Length of the last text result (pointer returned by the function).
export let numOutLen: i32 = 0;
export function setOutLen(n: i32): void { numOutLen = n; }

const DC_CUTOFF = 60; // limbs; below this, repeated division by 10^9

// Writes x (9-digit chunks, little-endian, count c) as decimal at out,
// zero-padding to `width` digits if width > 0. Returns digits written.
function writeChunks(ch: usize, c: i32, out: usize, width: i32): i32 {
  let n = 0;
  // total digits of the top chunk
  let top = limb(ch, c - 1);
  let topDigits = 1;
  for (let t = top; t >= 10; t /= 10) topDigits++;
  let total = topDigits + (c - 1) * 9;
  let p = out;
  if (width > total) { memory.fill(p, 48, width - total); p += width - total; n += width - total; }
  for (let i = c - 1; i >= 0; i--) {
    let v = limb(ch, i);
    const w = i == c - 1 ? topDigits : 9;
    for (let k = w - 1; k >= 0; k--) { store<u8>(p + k, 48 + v % 10); v /= 10; }
    p += w; n += w;
  }
  return n;
}

// Small magnitudes: repeated division by 10^9 into chunks; writes digits.
function smallToDec(a: usize, an: i32, out: usize, width: i32): i32 {
  if (an == 0) {
    if (width <= 0) { store<u8>(out, 48); return 1; }
    memory.fill(out, 48, width); return width;
  }
  const t = numAlloc(<usize>an << 2);
  memory.copy(t, a, <usize>an << 2);
  const ch = numAlloc(<usize>(an * 10 / 9 + 2) << 2);
  let c = 0, n = an;
  while (n > 0) { setLimb(ch, c++, magDivSmall(t, n, 1000000000)); n = magNorm(t, n); }
  const r = writeChunks(ch, c, out, width);
  numFree(ch); numFree(t);
  return r;
}

// Powers 10^(9*2^k) as (ptr, len) pairs, built on demand per conversion.
let powPtr: usize = 0;
let powLen: usize = 0;

function dcToDec(a: usize, an: i32, out: usize, width: i32, k: i32): i32 {
  if (an < DC_CUTOFF || k < 0) return smallToDec(a, an, out, width);
  const p = load<usize>(powPtr + (<usize>k << 2)), pn = load<i32>(powLen + (<usize>k << 2));
  if (magCmp(a, an, p, pn) < 0) return dcToDec(a, an, out, width, k - 1);
  const q = numAlloc(<usize>(an - pn + 1) << 2);
  const r = numAlloc(<usize>pn << 2);
  magDivRem(a, an, p, pn, q, r);
  const qn = divQLen, rn = divRLen;
  const lowDigits = 9 << k;
  const hiWidth = width > 0 ? width - lowDigits : 0;
  let n = dcToDec(q, qn, out, hiWidth, k - 1);
  n += dcToDec(r, rn, out + n, lowDigits, k - 1);
  numFree(r); numFree(q);
  return n;
}

// Decimal digits of a magnitude into a fresh numAlloc buffer (no sign, no limit check).
export function magToDec(a: usize, an: i32, lead: i32): usize {
  // digits <= an*32*log10(2) + 1 < an * 9.64 + 1
  const cap = <usize>an * 10 + 2 + <usize>lead;
  const out = numAlloc(cap);
  if (an < DC_CUTOFF) { numOutLen = lead + smallToDec(a, an, out + lead, 0); return out; }
  // Build 10^(9*2^k) while its square could still be below a.
  const maxK = 24;
  powPtr = numAlloc(maxK * 4); powLen = numAlloc(maxK * 4);
  let k = 0;
  let p = numAlloc(4); store<u32>(p, 1000000000);
  let pn = 1;
  store<usize>(powPtr, p); store<i32>(powLen, 1);
  while (pn * 2 - 1 <= an) {
    const sq = numAlloc(<usize>(pn * 2) << 2);
    const sn = magMul(sq, p, pn, p, pn);
    k++;
    store<usize>(powPtr + (<usize>k << 2), sq); store<i32>(powLen + (<usize>k << 2), sn);
    p = sq; pn = sn;
  }
  numOutLen = lead + dcToDec(a, an, out + lead, 0, k);
  for (let i = k; i >= 0; i--) numFree(load<usize>(powPtr + (<usize>i << 2)));
  numFree(powLen); numFree(powPtr);
  return out;
}

// Early reject (CPython does this before converting): digit count of a
// bits-long number is at least floor((bits-1)*log10(2)) + 1.
function exceedsDigitLimit(an: i32): bool {
  if (maxStrDigits <= 0) return false;
  const bits = <f64>(an - 1) * 32;
  return bits * 0.30102999566398114 > <f64>maxStrDigits + 1;
}

// str(int): returns a numAlloc buffer of numOutLen ASCII bytes, or 0 with
// ERR_STR_DIGITS_TO_STR when the digit count exceeds maxStrDigits.
export function bigToDecStr(a: usize): usize {
  const an = bigLen(a);
  const neg = bigIsNeg(a);
  if (exceedsDigitLimit(an)) { setNumErr(ERR_STR_DIGITS_TO_STR); setNumErrArg(maxStrDigits); return 0; }
  const out = magToDec(a + 4, an, neg ? 1 : 0);
  if (neg) store<u8>(out, 45);
  if (maxStrDigits > 0 && numOutLen - (neg ? 1 : 0) > maxStrDigits) {
    numFree(out); setNumErr(ERR_STR_DIGITS_TO_STR); setNumErrArg(maxStrDigits); return 0;
  }
  return out;
}

// Digits of |a| in base 2^bits (1, 3 or 4), lower-case unless upper.
// Writes `prefix` bytes before the digits (space reserved), returns buffer.
export function bigToPow2Str(a: usize, bits: i32, upper: bool, sign: bool, prefix: bool): usize {
  const an = bigLen(a);
  const totalBits = an == 0 ? 1 : <i32>((<i64>(an - 1) << 5) + 32 - clz<u32>(limb(a + 4, an - 1)));
  const nd = max(1, (totalBits + bits - 1) / bits);
  const neg = sign && bigIsNeg(a);
  const lead = (neg ? 1 : 0) + (prefix ? 2 : 0);
  const out = numAlloc(<usize>(nd + lead));
  let p = out;
  if (neg) store<u8>(p++, 45);
  if (prefix) { store<u8>(p++, 48); store<u8>(p++, bits == 4 ? (upper ? 88 : 120) : bits == 3 ? 111 : 98); }
  const mask: u32 = (1 << bits) - 1;
  const alpha: u32 = upper ? 55 : 87;
  for (let i = 0; i < nd; i++) {
    const bit = (nd - 1 - i) * bits;
    const w = bit >>> 5, o = bit & 31;
    let v: u64 = w < an ? <u64>limb(a + 4, w) : 0;
    if (w + 1 < an) v |= <u64>limb(a + 4, w + 1) << 32;
    const d = <u32>(v >> o) & mask;
    store<u8>(p++, d < 10 ? 48 + d : alpha + d);
  }
  numOutLen = nd + lead;
  return out;
}

// Magnitude from pure digit bytes (values < base, no separators) into a
// scratch record. Decimal uses 9-digit chunks; large decimal inputs are split
// recursively (value = hi * 10^len(lo) + lo) so Karatsuba does the work.
export function magFromDigits(s: usize, n: i32, base: i32): usize {
  if (base == 10 && n > 2000) return decDC(s, n);
  // chunk: the largest k with base^k < 2^32
  let k = 1; let bk: u64 = <u64>base;
  while (bk * <u64>base <= 0xffffffff) { bk *= <u64>base; k++; }
  const cap = <i32>(<f64>n * Math.log2(<f64>base) / 32) + 2;
  const r = tmpInt(cap);
  let len = 0;
  let i = 0;
  const first = n % k == 0 ? k : n % k;
  let take = first;
  while (i < n) {
    let v: u32 = 0; let m: u32 = 1;
    for (let j = 0; j < take; j++) { v = v * base + digitVal(load<u8>(s + i + j)); m *= base; }
    i += take; take = k;
    const c = magMulSmall(r + 4, len, m, v);
    if (c) { setLimb(r + 4, len, c); len++; }
  }
  return bigFinish(r, len, false);
}

export function digitVal(c: u32): u32 {
  if (c - 48 < 10) return c - 48;
  if (c - 97 < 26) return c - 87;
  if (c - 65 < 26) return c - 55;
  return 99;
}

// Recursive decimal: split at a multiple of 9 digits near the middle.
function decDC(s: usize, n: i32): usize {
  if (n <= 2000) return magFromDigits(s, n, 10);
  const lo = n >> 1;
  const hi = magFromDigits(s, n - lo, 10);
  const low = decDC(s + (n - lo), lo);
  const p = pow10Mag(lo);
  const hn = bigLen(hi), pn = bigLen(p), ln = bigLen(low);
  const r = tmpInt(hn + pn + 1);
  setLimb(r + 4, hn + pn, 0);
  const mn = magMul(r + 4, hi + 4, hn, p + 4, pn);
  // r += low
  let c: u64 = 0;
  let i = 0;
  const top = max(mn, ln);
  for (; i < top; i++) {
    c += <u64>(i < mn ? limb(r + 4, i) : 0) + (i < ln ? limb(low + 4, i) : 0);
    setLimb(r + 4, i, <u32>c); c >>= 32;
  }
  if (c) { setLimb(r + 4, i, <u32>c); i++; }
  numFree(p); numFree(low); numFree(hi);
  return bigFinish(r, i, false);
}

// 10^e as a scratch record (square-and-multiply).
export function pow10Mag(e: i32): usize {
  let r = tmpInt(1); setLimb(r + 4, 0, 1); store<i32>(r, 1);
  let b = tmpInt(1); setLimb(b + 4, 0, 10); store<i32>(b, 1);
  while (true) {
    if (e & 1) { const t = mulTmp(r, b); numFree(r); r = t; }
    e >>= 1;
    if (e == 0) break;
    const t = mulTmp(b, b); numFree(b); b = t;
  }
  numFree(b);
  return r;
}

export function mulTmp(a: usize, b: usize): usize {
  const an = bigLen(a), bn = bigLen(b);
  const r = tmpInt(an + bn);
  return bigFinish(r, magMul(r + 4, a + 4, an, b + 4, bn), bigIsNeg(a) != bigIsNeg(b));
}

export { publish, numNewInt, magNorm };
