// Magnitude division (Knuth, TAOCP vol. 2, 4.3.1, Algorithm D) on u32 limbs.
import { limb, setLimb, magNorm, magDivSmall, magShl, magShr, magCmp } from './bigint-mag';
import { numAlloc, numFree } from './mem';

export let divQLen: i32 = 0;
export let divRLen: i32 = 0;

// q = a / b, r = a % b for magnitudes (bn > 0). q needs an-bn+1 limbs
// (or 1), r needs bn limbs; either may be 0 to skip. Lengths in divQLen/divRLen.
export function magDivRem(a: usize, an: i32, b: usize, bn: i32, q: usize, r: usize): void {
  if (magCmp(a, an, b, bn) < 0) {
    divQLen = 0;
    if (r) memory.copy(r, a, <usize>an << 2);
    divRLen = an;
    return;
  }
  if (bn == 1) {
    const t = q ? q : numAlloc(<usize>an << 2);
    memory.copy(t, a, <usize>an << 2);
    const rem = magDivSmall(t, an, limb(b, 0));
    divQLen = magNorm(t, an);
    if (!q) numFree(t);
    if (r) { setLimb(r, 0, rem); }
    divRLen = rem ? 1 : 0;
    return;
  }
  // Normalize so the divisor's top bit is set: quotient digit estimates are then off by at most 2.
  const s = clz<u32>(limb(b, bn - 1));
  const u = numAlloc(<usize>(an + 1) << 2);
  const v = numAlloc(<usize>(bn + 1) << 2);
  magShl(v, b, bn, s);
  memory.fill(u, 0, <usize>(an + 1) << 2);
  magShl(u, a, an, s);
  const m = an - bn;
  const vt = <u64>limb(v, bn - 1), vs = <u64>limb(v, bn - 2);
  for (let j = m; j >= 0; j--) {
    const num = (<u64>limb(u, j + bn) << 32) | limb(u, j + bn - 1);
    let qh = num / vt;
    let rh = num - qh * vt;
    while (qh > 0xffffffff || qh * vs > ((rh << 32) | limb(u, j + bn - 2))) {
      qh--; rh += vt;
      if (rh > 0xffffffff) break;
    }
    // u[j..j+bn] -= qh * v
    let borrow: i64 = 0;
    let carry: u64 = 0;
    for (let i = 0; i < bn; i++) {
      carry += qh * limb(v, i);
      const t = <i64>limb(u, i + j) - <i64>(carry & 0xffffffff) + borrow;
      setLimb(u, i + j, <u32>t);
      borrow = t >> 32;
      carry >>= 32;
    }
    const t = <i64>limb(u, j + bn) - <i64>carry + borrow;
    setLimb(u, j + bn, <u32>t);
    if (t < 0) {
      // Estimate was one too large: add the divisor back.
      qh--;
      let c: u64 = 0;
      for (let i = 0; i < bn; i++) { c += <u64>limb(u, i + j) + limb(v, i); setLimb(u, i + j, <u32>c); c >>= 32; }
      setLimb(u, j + bn, limb(u, j + bn) + <u32>c);
    }
    if (q) setLimb(q, j, <u32>qh);
  }
  if (q) divQLen = magNorm(q, m + 1);
  if (r) divRLen = magShr(r, u, magNorm(u, bn), s);
  else divRLen = magNorm(u, bn) > 0 ? 1 : 0; // only zero/nonzero is meaningful
  numFree(v); numFree(u);
}
