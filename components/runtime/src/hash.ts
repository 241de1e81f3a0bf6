// CPython 3.12 hashing with PYTHONHASHSEED=0: siphash13 (zero key) for
// str/bytes, modular (2**61-1) for numbers, xxHash-style for tuples.

export const HASH_MODULUS: u64 = (<u64>1 << 61) - 1;
export const HASH_BITS: i32 = 61;

let v0: u64 = 0;
let v1: u64 = 0;
let v2: u64 = 0;
let v3: u64 = 0;
let tail: u64 = 0;
let ntail: u32 = 0;
let total: u64 = 0;

@inline function sipRound(): void {
  v0 += v1; v2 += v3;
  v1 = rotl<u64>(v1, 13) ^ v0; v3 = rotl<u64>(v3, 16) ^ v2;
  v0 = rotl<u64>(v0, 32);
  v2 += v1; v0 += v3;
  v1 = rotl<u64>(v1, 17) ^ v2; v3 = rotl<u64>(v3, 21) ^ v0;
  v2 = rotl<u64>(v2, 32);
}

export function sipBegin(): void {
  v0 = 0x736f6d6570736575; v1 = 0x646f72616e646f6d;
  v2 = 0x6c7967656e657261; v3 = 0x7465646279746573;
  tail = 0; ntail = 0; total = 0;
}

@inline function sipWord(m: u64): void {
  v3 ^= m; sipRound(); v0 ^= m;
}

export function sipByte(b: u32): void {
  tail |= (<u64>(b & 0xFF)) << (<u64>(ntail << 3));
  ntail++;
  total++;
  if (ntail == 8) { sipWord(tail); tail = 0; ntail = 0; }
}

export function sipBytes(p: usize, n: u32): void {
  let i: u32 = 0;
  if (ntail == 0) {
    while (i + 8 <= n) { sipWord(load<u64>(p + i)); i += 8; }
    total += i;
  }
  for (; i < n; i++) sipByte(load<u8>(p + i));
}

export function sipEnd(): i64 {
  const b: u64 = (total << 56) | tail;
  v3 ^= b; sipRound(); v0 ^= b;
  v2 ^= 0xff;
  sipRound(); sipRound(); sipRound();
  let h = <i64>((v0 ^ v1) ^ (v2 ^ v3));
  if (h == -1) h = -2;
  return h;
}

export function hashBytes(p: usize, n: u32): i64 {
  if (n == 0) return 0;
  sipBegin();
  sipBytes(p, n);
  return sipEnd();
}

@inline export function fixHash(h: i64): i64 { return h == -1 ? -2 : h; }

/** Hash of a machine integer, CPython's modular reduction. */
export function hashI64(v: i64): i64 {
  const neg = v < 0;
  let a: u64 = neg ? <u64>(-v) : <u64>v;
  if (v == i64.MIN_VALUE) a = <u64>1 << 63;
  let x = a % HASH_MODULUS;
  let h: i64 = neg ? -<i64>x : <i64>x;
  return fixHash(h);
}

export function frexpMant(v: f64): f64 {
  // mantissa in [0.5, 1) with the sign of v; exponent via frexpExp
  if (v == 0) return v;
  const bits = reinterpret<u64>(v);
  let e = <i32>((bits >> 52) & 0x7FF);
  if (e == 0) { // subnormal
    const m = frexpMant(v * 18014398509481984.0); // 2**54
    return m;
  }
  return reinterpret<f64>((bits & 0x800F_FFFF_FFFF_FFFF) | (<u64>1022 << 52));
}

export function frexpExp(v: f64): i32 {
  if (v == 0) return 0;
  const bits = reinterpret<u64>(v);
  let e = <i32>((bits >> 52) & 0x7FF);
  if (e == 0) return frexpExp(v * 18014398509481984.0) - 54;
  return e - 1022;
}

export function hashF64(v: f64): i64 {
  if (!isFinite(v)) {
    if (v != v) return 0;
    return v > 0 ? 314159 : -314159;
  }
  let m = frexpMant(v);
  let e = frexpExp(v);
  let sign: i64 = 1;
  if (m < 0) { sign = -1; m = -m; }
  let x: u64 = 0;
  while (m != 0) {
    x = ((x << 28) & HASH_MODULUS) | (x >> (<u64>(HASH_BITS - 28)));
    m *= 268435456.0;
    e -= 28;
    const y = <u64>m;
    m -= <f64>y;
    x += y;
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << <u64>e) & HASH_MODULUS) | (x >> <u64>(HASH_BITS - e));
  let r = <i64>x * sign;
  return fixHash(r);
}

export const XXPRIME_1: u64 = 11400714785074694791;
export const XXPRIME_2: u64 = 14029467366897019727;
export const XXPRIME_5: u64 = 2870177450012600261;

@inline export function xxStep(acc: u64, lane: u64): u64 {
  acc += lane * XXPRIME_2;
  acc = rotl<u64>(acc, 31);
  return acc * XXPRIME_1;
}

export function xxFinish(acc: u64, len: u64): i64 {
  acc += len ^ (XXPRIME_5 ^ 3527539);
  if (acc == <u64>-1) return 1546275796;
  return <i64>acc;
}
