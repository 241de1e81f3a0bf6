// Signed big integers. A big int is a *record* at address p:
//   i32 size at p (|size| = limb count, sign = sign of the number, 0 = zero),
//   then |size| u32 limbs (little-endian magnitude, no leading zero limb).
// Same idea as CPython's ob_size. Results are fresh records from numNewInt();
// inputs are never modified. Functions returning 0 have set numErr.
import { limb, setLimb, magNorm, magCmp, magAdd, magSub, magShl, magShr, magBitLength, magMulSmall } from './bigint-mag';
import { magMul } from './bigint-mul';
import { magDivRem, divQLen, divRLen } from './bigint-div';
import { numAlloc, numFree, numNewInt } from './mem';
import { setNumErr, ERR_ZERO_DIV, ERR_NEG_SHIFT, ERR_SHIFT_TOO_LARGE } from './errors';

// Static record for the constant 1.
const ONE: usize = memory.data<u32>([1, 1]);

// @ts-ignore: decorator
@inline export function bigSize(p: usize): i32 { return load<i32>(p); }
// @ts-ignore: decorator
@inline export function bigLen(p: usize): i32 { const s = load<i32>(p); return s < 0 ? -s : s; }
// @ts-ignore: decorator
@inline export function bigLimbs(p: usize): usize { return p + 4; }
// @ts-ignore: decorator
@inline export function bigIsNeg(p: usize): bool { return load<i32>(p) < 0; }

// Stores the normalized size of a record whose limbs are already written.
export function bigFinish(r: usize, n: i32, neg: bool): usize {
  n = magNorm(r + 4, n);
  store<i32>(r, neg && n != 0 ? -n : n);
  return r;
}

// Scratch record (numAlloc); publish() copies it into a numNewInt record.
export function tmpInt(n: i32): usize { return numAlloc(4 + (<usize>n << 2)); }
export function publish(t: usize): usize {
  const n = bigLen(t);
  const r = numNewInt(n);
  memory.copy(r, t, 4 + (<usize>n << 2));
  numFree(t);
  return r;
}

export function bigFromI64(v: i64): usize {
  const r = numNewInt(2);
  const m = v < 0 ? <u64>(-v) : <u64>v;
  setLimb(r + 4, 0, <u32>m); setLimb(r + 4, 1, <u32>(m >> 32));
  return bigFinish(r, 2, v < 0);
}

export function bigFromU64(m: u64, neg: bool): usize {
  const r = numNewInt(2);
  setLimb(r + 4, 0, <u32>m); setLimb(r + 4, 1, <u32>(m >> 32));
  return bigFinish(r, 2, neg);
}

// Magnitude as u64 if it fits (len <= 2).
function magU64(p: usize): u64 {
  const n = bigLen(p);
  if (n == 0) return 0;
  if (n == 1) return limb(p + 4, 0);
  return (<u64>limb(p + 4, 1) << 32) | limb(p + 4, 0);
}

export function bigFitsI64(p: usize): bool {
  const n = bigLen(p);
  if (n > 2) return false;
  const m = magU64(p);
  return bigIsNeg(p) ? m <= 0x8000000000000000 : m <= 0x7fffffffffffffff;
}

// Value as i64 (wraps if it does not fit: check bigFitsI64 first).
export function bigToI64(p: usize): i64 {
  const m = <i64>magU64(p);
  return bigIsNeg(p) ? -m : m;
}

// True when the value fits the NaN-box small int (-2^47 .. 2^47-1).
export function bigFitsSmall(p: usize): bool {
  if (bigLen(p) > 2) return false;
  const m = magU64(p);
  return bigIsNeg(p) ? m <= (<u64>1 << 47) : m < (<u64>1 << 47);
}
// Same range check for an i64.
// @ts-ignore: decorator
@inline export function i64FitsSmall(v: i64): bool { return v >= -(<i64>1 << 47) && v < (<i64>1 << 47); }

export function bigCmp(a: usize, b: usize): i32 {
  const sa = bigSize(a), sb = bigSize(b);
  if (sa != sb) return sa < sb ? -1 : 1;
  const c = magCmp(a + 4, bigLen(a), b + 4, bigLen(b));
  return sa < 0 ? -c : c;
}

export function bigSign(a: usize): i32 { const s = bigSize(a); return s < 0 ? -1 : s > 0 ? 1 : 0; }

function copyNeg(a: usize, neg: bool): usize {
  const n = bigLen(a);
  const r = numNewInt(n);
  memory.copy(r + 4, a + 4, <usize>n << 2);
  return bigFinish(r, n, neg);
}
export function bigNeg(a: usize): usize { return copyNeg(a, !bigIsNeg(a)); }
export function bigAbs(a: usize): usize { return copyNeg(a, false); }
export function bigCopy(a: usize): usize { return copyNeg(a, bigIsNeg(a)); }

// |a| + |b| or |a| - |b| with the given sign of a; bneg flips b for sub.
function addSigned(a: usize, b: usize, bneg: bool): usize {
  const an = bigLen(a), bn = bigLen(b);
  const aneg = bigIsNeg(a);
  const r = numNewInt(max(an, bn) + 1);
  if (aneg == bneg) {
    const n = an >= bn ? magAdd(r + 4, a + 4, an, b + 4, bn) : magAdd(r + 4, b + 4, bn, a + 4, an);
    return bigFinish(r, n, aneg);
  }
  const c = magCmp(a + 4, an, b + 4, bn);
  if (c >= 0) return bigFinish(r, magSub(r + 4, a + 4, an, b + 4, bn), aneg);
  return bigFinish(r, magSub(r + 4, b + 4, bn, a + 4, an), bneg);
}
export function bigAdd(a: usize, b: usize): usize { return addSigned(a, b, bigIsNeg(b)); }
export function bigSub(a: usize, b: usize): usize { return addSigned(a, b, !bigIsNeg(b) && bigSize(b) != 0); }

export function bigMul(a: usize, b: usize): usize {
  const an = bigLen(a), bn = bigLen(b);
  const r = numNewInt(an + bn);
  const n = magMul(r + 4, a + 4, an, b + 4, bn);
  return bigFinish(r, n, bigIsNeg(a) != bigIsNeg(b));
}

// Floor division and modulo (Python signs): results in divModQ / divModR.
export let divModQ: usize = 0;
export let divModR: usize = 0;

// Computes both; wantQ/wantR select which records are built. Returns false on b == 0.
export function bigDivMod(a: usize, b: usize, wantQ: bool, wantR: bool): bool {
  const an = bigLen(a), bn = bigLen(b);
  if (bn == 0) { setNumErr(ERR_ZERO_DIV); return false; }
  const aneg = bigIsNeg(a), bneg = bigIsNeg(b);
  const q = wantQ ? numNewInt(max(an - bn + 2, 1)) : tmpInt(max(an - bn + 2, 1));
  const r = wantR ? numNewInt(bn + 1) : tmpInt(bn + 1);
  magDivRem(a + 4, an, b + 4, bn, q + 4, r + 4);
  let qn = divQLen, rn = divRLen;
  if (aneg != bneg && rn != 0) {
    // floor: q = -(q + 1), r = |b| - r with b's sign
    setLimb(q + 4, qn, 0);
    const c = magMulSmall(q + 4, qn, 1, 1);
    if (c) { setLimb(q + 4, qn, c); qn++; } else { qn = magNorm(q + 4, qn + 1); }
    rn = magSub(r + 4, b + 4, bn, r + 4, rn);
  }
  divModQ = wantQ ? bigFinish(q, qn, aneg != bneg) : 0;
  divModR = wantR ? bigFinish(r, rn, bneg) : 0;
  if (!wantR) numFree(r);
  if (!wantQ) numFree(q);
  return true;
}

export function bigFloorDiv(a: usize, b: usize): usize { return bigDivMod(a, b, true, false) ? divModQ : 0; }
export function bigMod(a: usize, b: usize): usize { return bigDivMod(a, b, false, true) ? divModR : 0; }

// Truncating magnitude quotient helper for other modules (no signs).
export { divQLen, divRLen };

// a << s. s < 0 -> ERR_NEG_SHIFT.
export function bigShl(a: usize, s: i64): usize {
  if (s < 0) { setNumErr(ERR_NEG_SHIFT); return 0; }
  const an = bigLen(a);
  if (an == 0) return bigFromI64(0);
  if (s > 0x3fffffff) { setNumErr(ERR_SHIFT_TOO_LARGE); return 0; }
  const r = numNewInt(an + <i32>(s >> 5) + 1);
  const n = magShl(r + 4, a + 4, an, <i32>s);
  return bigFinish(r, n, bigIsNeg(a));
}

// a >> s, rounding toward -infinity like Python.
export function bigShr(a: usize, s: i64): usize {
  if (s < 0) { setNumErr(ERR_NEG_SHIFT); return 0; }
  const an = bigLen(a);
  const neg = bigIsNeg(a);
  if (s >= (<i64>an << 5)) return bigFromI64(neg ? -1 : 0);
  const r = numNewInt(an + 1);
  if (!neg) return bigFinish(r, magShr(r + 4, a + 4, an, <i32>s), false);
  // -((|a| - 1) >> s) - 1
  memory.copy(r + 4, a + 4, <usize>an << 2);
  let n = magSub(r + 4, r + 4, an, ONE + 4, 1);
  n = magShr(r + 4, r + 4, n, <i32>s);
  setLimb(r + 4, n, 0);
  const c = magMulSmall(r + 4, n, 1, 1);
  if (c) { setLimb(r + 4, n, c); n++; }
  return bigFinish(r, n, true);
}


export function bigBitLength(a: usize): i64 { return magBitLength(a + 4, bigLen(a)); }

// Writes the n-limb two's complement form of a into dst.
function toTwos(a: usize, dst: usize, n: i32): void {
  const an = bigLen(a);
  memory.fill(dst, 0, <usize>n << 2);
  memory.copy(dst, a + 4, <usize>an << 2);
  if (bigIsNeg(a)) negateTwos(dst, n);
}
function negateTwos(p: usize, n: i32): void {
  let c: u64 = 1;
  for (let i = 0; i < n; i++) { c += <u64>(~limb(p, i)); setLimb(p, i, <u32>c); c >>= 32; }
}

// op: 0 = and, 1 = or, 2 = xor; on infinite two's complement.
export function bigBitwise(a: usize, b: usize, op: i32): usize {
  const n = max(bigLen(a), bigLen(b)) + 1;
  const x = numNewInt(n);
  const y = numAlloc(<usize>n << 2);
  toTwos(a, x + 4, n); toTwos(b, y, n);
  for (let i = 0; i < n; i++) {
    const u = limb(x + 4, i), v = limb(y, i);
    setLimb(x + 4, i, op == 0 ? u & v : op == 1 ? u | v : u ^ v);
  }
  numFree(y);
  const neg = (limb(x + 4, n - 1) >> 31) != 0;
  if (neg) negateTwos(x + 4, n);
  return bigFinish(x, n, neg);
}

// ~a == -(a + 1)
export function bigInvert(a: usize): usize {
  const t = bigAdd(a, ONE);
  store<i32>(t, -bigSize(t));
  return t;
}

// Constant records usable as operands.
export function bigOne(): usize { return ONE; }
