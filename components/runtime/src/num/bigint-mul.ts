// Magnitude multiplication: schoolbook below KARATSUBA_CUTOFF limbs,
// Karatsuba above (O(n^1.585)), with unbalanced operands cut into pieces.
import { limb, setLimb, magNorm, magAdd, magSub } from './bigint-mag';
import { numAlloc, numFree } from './mem';

const KARATSUBA_CUTOFF = 48;

// out[0..an+bn) = a * b. out must not alias a or b. Returns normalized length.
export function magMul(out: usize, a: usize, an: i32, b: usize, bn: i32): i32 {
  if (an < bn) { const t = a; a = b; b = t; const tn = an; an = bn; bn = tn; }
  if (bn == 0) return 0;
  if (bn < KARATSUBA_CUTOFF) { schoolbook(out, a, an, b, bn); return magNorm(out, an + bn); }
  if (bn * 2 <= an) { unbalanced(out, a, an, b, bn); return magNorm(out, an + bn); }
  karatsuba(out, a, an, b, bn);
  return magNorm(out, an + bn);
}

function schoolbook(out: usize, a: usize, an: i32, b: usize, bn: i32): void {
  memory.fill(out, 0, <usize>(an + bn) << 2);
  for (let j = 0; j < bn; j++) {
    const m = <u64>limb(b, j);
    if (m == 0) continue;
    let c: u64 = 0;
    const o = out + (<usize>j << 2);
    for (let i = 0; i < an; i++) {
      c += <u64>limb(a, i) * m + limb(o, i);
      setLimb(o, i, <u32>c);
      c >>= 32;
    }
    setLimb(o, an, <u32>c);
  }
}

// a much longer than b: multiply b by bn-sized slices of a and accumulate.
function unbalanced(out: usize, a: usize, an: i32, b: usize, bn: i32): void {
  memory.fill(out, 0, <usize>(an + bn) << 2);
  const tmp = numAlloc(<usize>(bn * 2) << 2);
  for (let off = 0; off < an; off += bn) {
    const sn = min(bn, an - off);
    const sl = magNorm(a + (<usize>off << 2), sn);
    if (sl == 0) continue;
    const pn = magMul(tmp, a + (<usize>off << 2), sl, b, bn);
    const dst = out + (<usize>off << 2);
    addInto(dst, an + bn - off, tmp, pn);
  }
  numFree(tmp);
}

// dst[0..dn) += src[0..sn), carrying as far as needed (never beyond dn).
export function addInto(dst: usize, dn: i32, src: usize, sn: i32): void {
  let c: u64 = 0;
  let i = 0;
  for (; i < sn; i++) { c += <u64>limb(dst, i) + limb(src, i); setLimb(dst, i, <u32>c); c >>= 32; }
  for (; c != 0 && i < dn; i++) { c += <u64>limb(dst, i); setLimb(dst, i, <u32>c); c >>= 32; }
}

// an >= bn > an/2: split both at h; z1 = (a0+a1)(b0+b1) - z0 - z2.
function karatsuba(out: usize, a: usize, an: i32, b: usize, bn: i32): void {
  const h = (an + 1) >> 1;
  const a0n = magNorm(a, h), b0n = magNorm(b, h);
  const a1 = a + (<usize>h << 2), b1 = b + (<usize>h << 2);
  const a1n = an - h, b1n = bn - h;
  memory.fill(out, 0, <usize>(an + bn) << 2);
  // z0 into out[0..2h), z2 into out[2h..)
  const z0n = magMul(out, a, a0n, b, b0n);
  const z2n = magMul(out + (<usize>(2 * h) << 2), a1, a1n, b1, b1n);
  const sa = numAlloc(<usize>(h + 1) << 2);
  const sb = numAlloc(<usize>(h + 1) << 2);
  const san = a0n >= a1n ? magAdd(sa, a, a0n, a1, a1n) : magAdd(sa, a1, a1n, a, a0n);
  const sbn = b0n >= b1n ? magAdd(sb, b, b0n, b1, b1n) : magAdd(sb, b1, b1n, b, b0n);
  const z1 = numAlloc(<usize>(2 * h + 2) << 2);
  let z1n = magMul(z1, sa, san, sb, sbn);
  z1n = magSub(z1, z1, z1n, out, z0n);
  z1n = magSub(z1, z1, z1n, out + (<usize>(2 * h) << 2), z2n);
  addInto(out + (<usize>h << 2), an + bn - h, z1, z1n);
  numFree(z1); numFree(sb); numFree(sa);
}
