// Integer powers: a ** b (b >= 0) by left-to-right square-and-multiply, and
// pow(a, b, m) including negative b via the modular inverse (Python 3.8+).
import { bigLen, bigIsNeg, bigSize, bigFinish, tmpInt, publish, bigFromI64, bigDivMod, divModQ, divModR, bigSub, bigMul, bigCmp, bigAdd } from './bigint';
import { limb, magBitLength } from './bigint-mag';
import { mulTmp } from './bigint-str';
import { magDivRem, divRLen } from './bigint-div';
import { numFree, numFreeInt } from './mem';
import { setNumErr, ERR_NEG_POW, ERR_POW_MOD_ZERO, ERR_NOT_INVERTIBLE } from './errors';

function bitAt(e: usize, i: i64): bool { return ((limb(e + 4, <i32>(i >> 5)) >> <u32>(i & 31)) & 1) != 0; }

// a ** e. e < 0 -> 0 with ERR_NEG_POW (the caller computes the float power).
export function bigPow(a: usize, e: usize): usize {
  if (bigIsNeg(e)) { setNumErr(ERR_NEG_POW); return 0; }
  const nb = magBitLength(e + 4, bigLen(e));
  let r = tmpInt(1); store<i32>(r, 1); store<u32>(r + 4, 1);
  for (let i = nb - 1; i >= 0; i--) {
    let t = mulTmp(r, r); numFree(r); r = t;
    if (bitAt(e, i)) { t = mulTmp(r, a); numFree(r); r = t; }
  }
  return publish(r);
}

// Scratch record r mod m (m > 0 magnitude record); frees r.
function modTmp(r: usize, m: usize): usize {
  const rn = bigLen(r), mn = bigLen(m);
  const o = tmpInt(mn);
  magDivRem(r + 4, rn, m + 4, mn, 0, o + 4);
  bigFinish(o, divRLen, false);
  numFree(r);
  return o;
}

// Inverse of a modulo m (0 <= a < m, m > 0) by extended Euclid, or 0.
function modInverse(a: usize, m: usize): usize {
  // invariant: r0 = s0 * a (mod m), r1 = s1 * a (mod m)
  let r0 = bigAdd(m, ZERO), r1 = bigAdd(a, ZERO);
  let s0 = bigFromI64(0), s1 = bigFromI64(1);
  while (bigSize(r1) != 0) {
    bigDivMod(r0, r1, true, true);
    const q = divModQ, rr = divModR;
    const qs = bigMul(q, s1);
    const ns = bigSub(s0, qs);
    numFreeInt(qs); numFreeInt(q); numFreeInt(r0); numFreeInt(s0);
    r0 = r1; r1 = rr; s0 = s1; s1 = ns;
  }
  numFreeInt(r1); numFreeInt(s1);
  const one = bigCmp(r0, ONE) == 0;
  numFreeInt(r0);
  if (!one) { numFreeInt(s0); return 0; }
  bigDivMod(s0, m, false, true);
  numFreeInt(s0);
  return divModR;
}

const ZERO: usize = memory.data<u32>([0]);
const ONE: usize = memory.data<u32>([1, 1]);

// pow(a, e, m) with Python's rules: m == 0 -> ERR_POW_MOD_ZERO; e < 0 needs
// a invertible mod m (ERR_NOT_INVERTIBLE); result takes m's sign (floor mod).
export function bigPowMod(a: usize, e: usize, m: usize): usize {
  if (bigSize(m) == 0) { setNumErr(ERR_POW_MOD_ZERO); return 0; }
  const mneg = bigIsNeg(m);
  const am = tmpInt(bigLen(m));
  memory.copy(am + 4, m + 4, <usize>bigLen(m) << 2); store<i32>(am, bigLen(m));
  // base = a mod |m| in [0, |m|)
  bigDivMod(a, am, false, true);
  let base = divModR;
  if (bigIsNeg(e)) {
    const inv = modInverse(base, am);
    numFreeInt(base);
    if (inv == 0) { numFree(am); setNumErr(ERR_NOT_INVERTIBLE); return 0; }
    base = inv;
  }
  const en = bigLen(e);
  const nb = magBitLength(e + 4, en);
  let r = tmpInt(1); store<i32>(r, 1); store<u32>(r + 4, 1);
  r = modTmp(r, am);
  for (let i = nb - 1; i >= 0; i--) {
    let t = mulTmp(r, r); numFree(r); r = modTmp(t, am);
    if (bitAt(e, i)) { t = mulTmp(r, base); numFree(r); r = modTmp(t, am); }
  }
  numFreeInt(base);
  if (mneg && bigSize(r) != 0) {
    // floor mod with negative modulus: r - |m|
    const t = bigSub(r, am);
    numFree(r); numFree(am);
    return t;
  }
  numFree(am);
  return publish(r);
}
