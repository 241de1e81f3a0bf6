// Magnitude primitives: little-endian u32 limb arrays given as (ptr, len).
// No allocation here; callers own all buffers. Outputs may alias inputs only
// where noted.

// @ts-ignore: decorator
@inline export function limb(p: usize, i: i32): u32 { return load<u32>(p + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline export function setLimb(p: usize, i: i32, v: u32): void { store<u32>(p + (<usize>i << 2), v); }

// Length without leading zero limbs.
export function magNorm(p: usize, n: i32): i32 {
  while (n > 0 && limb(p, n - 1) == 0) n--;
  return n;
}

export function magCmp(a: usize, an: i32, b: usize, bn: i32): i32 {
  if (an != bn) return an < bn ? -1 : 1;
  for (let i = an - 1; i >= 0; i--) {
    const x = limb(a, i), y = limb(b, i);
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

// out = a + b (an >= bn); out has room for an+1 limbs; may alias a. Returns length.
export function magAdd(out: usize, a: usize, an: i32, b: usize, bn: i32): i32 {
  let c: u64 = 0;
  let i = 0;
  for (; i < bn; i++) { c += <u64>limb(a, i) + limb(b, i); setLimb(out, i, <u32>c); c >>= 32; }
  for (; i < an; i++) { c += <u64>limb(a, i); setLimb(out, i, <u32>c); c >>= 32; }
  if (c) { setLimb(out, i, <u32>c); i++; }
  return i;
}

// out = a - b, requires a >= b (an >= bn); may alias a. Returns normalized length.
export function magSub(out: usize, a: usize, an: i32, b: usize, bn: i32): i32 {
  let br: i64 = 0;
  let i = 0;
  for (; i < bn; i++) { br += <i64>limb(a, i) - limb(b, i); setLimb(out, i, <u32>br); br >>= 32; }
  for (; i < an; i++) { br += <i64>limb(a, i); setLimb(out, i, <u32>br); br >>= 32; }
  return magNorm(out, an);
}

// In place: p[0..n) = p * m + add; returns the carry limb.
export function magMulSmall(p: usize, n: i32, m: u32, add: u32): u32 {
  let c: u64 = add;
  for (let i = 0; i < n; i++) { c += <u64>limb(p, i) * m; setLimb(p, i, <u32>c); c >>= 32; }
  return <u32>c;
}

// In place: p = p / d; returns the remainder.
export function magDivSmall(p: usize, n: i32, d: u32): u32 {
  let r: u64 = 0;
  for (let i = n - 1; i >= 0; i--) {
    const cur = (r << 32) | limb(p, i);
    const q = cur / d;
    r = cur - q * d;
    setLimb(p, i, <u32>q);
  }
  return <u32>r;
}

// out = a << s bits (out needs an + s/32 + 1 limbs; no alias). Returns length.
export function magShl(out: usize, a: usize, an: i32, s: i32): i32 {
  const w = s >>> 5, b = s & 31;
  memory.fill(out, 0, <usize>w << 2);
  if (b == 0) { memory.copy(out + (<usize>w << 2), a, <usize>an << 2); return magNorm(out, an + w); }
  let carry: u32 = 0;
  for (let i = 0; i < an; i++) {
    const x = limb(a, i);
    setLimb(out, i + w, (x << b) | carry);
    carry = x >>> (32 - b);
  }
  setLimb(out, an + w, carry);
  return magNorm(out, an + w + 1);
}

// out = a >> s bits (out needs max(an - s/32, 0) limbs; may alias a). Returns length.
export function magShr(out: usize, a: usize, an: i32, s: i32): i32 {
  const w = s >>> 5, b = s & 31;
  if (w >= an) return 0;
  const n = an - w;
  if (b == 0) { memory.copy(out, a + (<usize>w << 2), <usize>n << 2); return n; }
  for (let i = 0; i < n; i++) {
    const lo = limb(a, i + w) >>> b;
    const hi = i + w + 1 < an ? limb(a, i + w + 1) << (32 - b) : 0;
    setLimb(out, i, lo | hi);
  }
  return magNorm(out, n);
}

export function magBitLength(p: usize, n: i32): i64 {
  if (n == 0) return 0;
  return (<i64>(n - 1) << 5) + 32 - clz<u32>(limb(p, n - 1));
}
