// Shortest round-trip decimal digits of a double (Ryu, Adams 2018: exact
// 128-bit fixed-point approximations of powers of 5 make the interval test
// exact), plus CPython's repr(float) layout on top of the digits.
import { POW5_INV, POW5 } from './ryu-tables';
import { mulHi64 } from './u128';

// Static scratch for digit strings (at most 17 digits).
const DIGITS: usize = memory.data(32);

// Results of shortestDigits(): value = ryuDigits * 10^ryuExp.
export let ryuDigits: u64 = 0;
export let ryuExp: i32 = 0;

// @ts-ignore: decorator
@inline function pow5bits(e: i32): i32 { return ((e * 1217359) >>> 19) + 1; }
// @ts-ignore: decorator
@inline function log10Pow2(e: i32): i32 { return (e * 78913) >>> 18; }
// @ts-ignore: decorator
@inline function log10Pow5(e: i32): i32 { return (e * 732923) >>> 20; }

function pow5Factor(v: u64): i32 {
  let n = 0;
  while (v % 5 == 0) { v /= 5; n++; }
  return n;
}

// (m * mul) >> j for the 128-bit table entry at index idx; 64 < j < 128.
// @ts-ignore: decorator
@inline function mulShift(m: u64, tab: StaticArray<u64>, idx: i32, j: i32): u64 {
  const lo = unchecked(tab[idx << 1]), hi = unchecked(tab[(idx << 1) + 1]);
  const high0 = mulHi64(m, lo);
  const low1 = m * hi;
  let high1 = mulHi64(m, hi);
  const sum = high0 + low1;
  if (sum < high0) high1++;
  const d = j - 64;
  return (high1 << (64 - d)) | (sum >> d);
}

// Shortest digits for a finite, nonzero double given its raw fields.
export function shortestDigits(ieeeMant: u64, ieeeExp: i32): void {
  let e2: i32, m2: u64;
  if (ieeeExp == 0) { e2 = 1 - 1023 - 52 - 2; m2 = ieeeMant; }
  else { e2 = ieeeExp - 1023 - 52 - 2; m2 = (<u64>1 << 52) | ieeeMant; }
  const even = (m2 & 1) == 0;
  const mv = m2 << 2;
  // Lower gap is half as wide at powers of two (except the smallest normal).
  const mmShift: u64 = (ieeeMant != 0 || ieeeExp <= 1) ? 1 : 0;
  let vr: u64, vp: u64, vm: u64, e10: i32;
  let vmTZ = false, vrTZ = false;
  if (e2 >= 0) {
    const q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
    e10 = q;
    const k = 125 + pow5bits(q) - 1;
    const i = -e2 + q + k;
    vr = mulShift(mv, POW5_INV, q, i);
    vp = mulShift(mv + 2, POW5_INV, q, i);
    vm = mulShift(mv - 1 - mmShift, POW5_INV, q, i);
    if (q <= 21) {
      // Exact results only possible when the scaled value divides by 5^q.
      if (mv % 5 == 0) vrTZ = pow5Factor(mv) >= q;
      else if (even) vmTZ = pow5Factor(mv - 1 - mmShift) >= q;
      else vp -= pow5Factor(mv + 2) >= q ? 1 : 0;
    }
  } else {
    const q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
    e10 = q + e2;
    const i = -e2 - q;
    const k = pow5bits(i) - 125;
    const j = q - k;
    vr = mulShift(mv, POW5, i, j);
    vp = mulShift(mv + 2, POW5, i, j);
    vm = mulShift(mv - 1 - mmShift, POW5, i, j);
    if (q <= 1) {
      vrTZ = true;
      if (even) vmTZ = mmShift == 1;
      else vp--;
    } else if (q < 63) {
      vrTZ = (mv & ((<u64>1 << q) - 1)) == 0;
    }
  }
  let removed = 0;
  let last: u64 = 0;
  let out: u64;
  if (vmTZ || vrTZ) {
    // Rare exact case: track trailing zeros for correct tie handling.
    while (vp / 10 > vm / 10) {
      vmTZ = vmTZ && vm % 10 == 0;
      vrTZ = vrTZ && last == 0;
      last = vr % 10;
      vr /= 10; vp /= 10; vm /= 10; removed++;
    }
    if (vmTZ) {
      while (vm % 10 == 0) {
        vrTZ = vrTZ && last == 0;
        last = vr % 10;
        vr /= 10; vp /= 10; vm /= 10; removed++;
      }
    }
    if (vrTZ && last == 5 && vr % 2 == 0) last = 4; // exact tie: round to even
    out = vr + ((vr == vm && (!even || !vmTZ)) || last >= 5 ? 1 : 0);
  } else {
    let roundUp = false;
    if (vp / 100 > vm / 100) {
      roundUp = vr % 100 >= 50;
      vr /= 100; vp /= 100; vm /= 100; removed += 2;
    }
    while (vp / 10 > vm / 10) {
      roundUp = vr % 10 >= 5;
      vr /= 10; vp /= 10; vm /= 10; removed++;
    }
    out = vr + (vr == vm || roundUp ? 1 : 0);
  }
  ryuDigits = out;
  ryuExp = e10 + removed;
}

// Writes the decimal digits of v (no sign) at buf; returns the count.
export function writeU64(v: u64, buf: usize): i32 {
  let n = decimalLength(v);
  let p = buf + <usize>n;
  while (v >= 100) {
    const r = <u32>(v % 100); v /= 100;
    p -= 2;
    store<u8>(p, 48 + r / 10); store<u8>(p + 1, 48 + r % 10);
  }
  if (v >= 10) { p -= 2; store<u8>(p, 48 + <u32>v / 10); store<u8>(p + 1, 48 + <u32>v % 10); }
  else { store<u8>(p - 1, 48 + <u32>v); }
  return n;
}

export function decimalLength(v: u64): i32 {
  let n = 1;
  while (v >= 10000) { v /= 10000; n += 4; }
  while (v >= 10) { v /= 10; n++; }
  return n;
}

function writeSpecial(bits: u64, buf: usize): i32 {
  if ((bits & 0xfffffffffffff) != 0) { store<u8>(buf, 110); store<u8>(buf + 1, 97); store<u8>(buf + 2, 110); return 3; }
  let p = buf;
  if (bits >> 63) { store<u8>(p, 45); p++; }
  store<u8>(p, 105); store<u8>(p + 1, 110); store<u8>(p + 2, 102);
  return <i32>(p - buf) + 3;
}

// Lays out digits d[0..n) with decimal point position decpt (value =
// 0.d * 10^decpt) the way CPython's repr does: exponent form when
// decpt <= -4 or decpt > 16, otherwise fixed with at least one fraction digit.
// `digits` are ASCII at dptr. Returns bytes written at buf.
export function layoutRepr(neg: bool, dptr: usize, n: i32, decpt: i32, buf: usize): i32 {
  let p = buf;
  if (neg) { store<u8>(p++, 45); }
  if (decpt <= -4 || decpt > 16) {
    store<u8>(p++, load<u8>(dptr));
    if (n > 1) {
      store<u8>(p++, 46);
      memory.copy(p, dptr + 1, n - 1); p += n - 1;
    }
    store<u8>(p++, 101);
    let e = decpt - 1;
    if (e < 0) { store<u8>(p++, 45); e = -e; } else store<u8>(p++, 43);
    if (e < 10) store<u8>(p++, 48);
    p += writeU64(<u64>e, p);
  } else if (decpt <= 0) {
    store<u8>(p++, 48); store<u8>(p++, 46);
    for (let i = decpt; i < 0; i++) store<u8>(p++, 48);
    memory.copy(p, dptr, n); p += n;
  } else if (decpt >= n) {
    memory.copy(p, dptr, n); p += n;
    for (let i = n; i < decpt; i++) store<u8>(p++, 48);
    store<u8>(p++, 46); store<u8>(p++, 48);
  } else {
    memory.copy(p, dptr, decpt); p += decpt;
    store<u8>(p++, 46);
    memory.copy(p, dptr + decpt, n - decpt); p += n - decpt;
  }
  return <i32>(p - buf);
}

// repr(float) into buf (needs 32 bytes); returns the length.
export function floatRepr(x: f64, buf: usize): i32 {
  const bits = reinterpret<u64>(x);
  const ieeeExp = <i32>((bits >> 52) & 0x7ff);
  const mant = bits & 0xfffffffffffff;
  if (ieeeExp == 0x7ff) return writeSpecial(bits, buf);
  const neg = (bits >> 63) != 0;
  if (ieeeExp == 0 && mant == 0) {
    let p = buf;
    if (neg) store<u8>(p++, 45);
    store<u8>(p, 48); store<u8>(p + 1, 46); store<u8>(p + 2, 48);
    return <i32>(p - buf) + 3;
  }
  shortestDigits(mant, ieeeExp);
  const tmp = DIGITS;
  const n = writeU64(ryuDigits, tmp);
  return layoutRepr(neg, tmp, n, ryuExp + n, buf);
}
