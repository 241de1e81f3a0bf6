// complex: 8 real f64 | 16 imag f64. Arithmetic, repr, hash and equality
// following CPython 3.12 (Objects/complexobject.c).
import { objNew } from "./object";
import { typeForKind, kindOf } from "./types";
import * as K from "./kinds";
import { boxPtr, boxFloat, floatOf, isFloat, ptrOf, ERROR } from "./value";
import { raiseLit } from "./errors";
import * as X from "./exceptions";
import { intToF64, OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_POW } from "./int";
import { sbLen, sbData, sbSetLen, sbLit, sbByte } from "./strbuf";
import { floatReprInto } from "./convert";
import { hashF64, fixHash } from "./hash";

@inline export function cxRe(p: u32): f64 { return load<f64>(p, 8); }
@inline export function cxIm(p: u32): f64 { return load<f64>(p, 16); }

export function cxNew(re: f64, im: f64): u64 {
  const p = objNew(typeForKind(K.K_COMPLEX), 24);
  store<f64>(p, re, 8);
  store<f64>(p, im, 16);
  return boxPtr(p);
}

export function molt_complex_new(re: f64, im: f64): u64 { return cxNew(re, im); }

// Operand conversion: 0 = not a number, 1 = ok (in cvRe/cvIm), -1 = error.
let cvRe: f64 = 0, cvIm: f64 = 0;
function toCx(v: u64): i32 {
  if (isFloat(v)) { cvRe = floatOf(v); cvIm = 0; return 1; }
  const k = kindOf(v);
  if (k == K.K_COMPLEX) { const p = ptrOf(v); cvRe = cxRe(p); cvIm = cxIm(p); return 1; }
  if (k == K.K_INT || k == K.K_BOOL) {
    const f = intToF64(v);
    if (!isFinite(f)) { raiseLit(X.E_OverflowError, "int too large to convert to float"); return -1; }
    cvRe = f; cvIm = 0; return 1;
  }
  return 0;
}

export function isComplexOperand(v: u64): bool {
  if (isFloat(v)) return true;
  const k = kindOf(v);
  return k == K.K_COMPLEX || k == K.K_INT || k == K.K_BOOL;
}

// _Py_c_quot results; quotZero is set when the divisor is 0.
let qRe: f64 = 0, qIm: f64 = 0, quotZero = false;
function quot(ar: f64, ai: f64, br: f64, bi: f64): void {
  const abr = Math.abs(br), abi = Math.abs(bi);
  quotZero = false;
  if (abr >= abi) {
    if (abr == 0) { quotZero = true; qRe = 0; qIm = 0; return; }
    const ratio = bi / br, denom = br + bi * ratio;
    qRe = (ar + ai * ratio) / denom; qIm = (ai - ar * ratio) / denom;
  } else if (abi >= abr) {
    const ratio = br / bi, denom = br * ratio + bi;
    qRe = (ar * ratio + ai) / denom; qIm = (ai * ratio - ar) / denom;
  } else { qRe = NaN; qIm = NaN; }
}

// x ** n for a small integer n (c_powu / c_powi).
function powi(xr: f64, xi: f64, n: i64): void {
  const neg = n < 0;
  let e = neg ? -n : n;
  let rr: f64 = 1, ri: f64 = 0, pr = xr, pi = xi;
  let mask: i64 = 1;
  while (mask > 0 && e >= mask) {
    if (e & mask) { const t = rr * pr - ri * pi; ri = rr * pi + ri * pr; rr = t; }
    mask <<= 1;
    const t = pr * pr - pi * pi; pi = pr * pi + pi * pr; pr = t;
  }
  if (neg) quot(1, 0, rr, ri); else { qRe = rr; qIm = ri; quotZero = false; }
}

function cxPow(ar: f64, ai: f64, br: f64, bi: f64): u64 {
  if (bi == 0 && br == Math.floor(br) && Math.abs(br) <= 100) {
    powi(ar, ai, <i64>br);
  } else if (br == 0 && bi == 0) { qRe = 1; qIm = 0; quotZero = false; }
  else if (ar == 0 && ai == 0) {
    quotZero = bi != 0 || br < 0; qRe = 0; qIm = 0;
  } else {
    const vabs = Math.hypot(ar, ai);
    let len = Math.pow(vabs, br);
    const at = Math.atan2(ai, ar);
    let phase = at * br;
    if (bi != 0) { len /= Math.exp(at * bi); phase += bi * Math.log(vabs); }
    qRe = len * Math.cos(phase); qIm = len * Math.sin(phase); quotZero = false;
  }
  if (quotZero) return raiseLit(X.E_ZeroDivisionError, "0.0 to a negative or complex power");
  if (!isFinite(qRe) || !isFinite(qIm)) {
    if (isFinite(ar) && isFinite(ai) && isFinite(br) && isFinite(bi)) return raiseLit(X.E_OverflowError, "complex exponentiation");
  }
  return cxNew(qRe, qIm);
}

/** a op b with at least one complex operand; 0 when unsupported (caller raises). */
export function complexBinop(op: i32, a: u64, b: u64): u64 {
  const ca = toCx(a); if (ca < 0) return ERROR;
  const ar = cvRe, ai = cvIm;
  const cb = toCx(b); if (cb < 0) return ERROR;
  const br = cvRe, bi = cvIm;
  if (ca == 0 || cb == 0) return 0;
  switch (op) {
    case OP_ADD: return cxNew(ar + br, ai + bi);
    case OP_SUB: return cxNew(ar - br, ai - bi);
    case OP_MUL: return cxNew(ar * br - ai * bi, ar * bi + ai * br);
    case OP_TRUEDIV:
      quot(ar, ai, br, bi);
      if (quotZero) return raiseLit(X.E_ZeroDivisionError, "complex division by zero");
      return cxNew(qRe, qIm);
    case OP_POW: return cxPow(ar, ai, br, bi);
  }
  return 0;
}

/** float ** float with a negative base and fractional exponent (CPython delegates to complex). */
export function floatPowComplex(x: f64, y: f64): u64 { return cxPow(x, 0, y, 0); }

// repr of one part: float repr without a trailing ".0" (CPython's 'r' format without ADD_DOT_0).
function partInto(sb: u32, f: f64, sign: bool): void {
  if (sign && !(f < 0) && !(f == 0 && 1 / f < 0)) sbByte(sb, 43);
  const start = sbLen(sb);
  floatReprInto(sb, f);
  const n = sbLen(sb), d = sbData(sb);
  if (n - start >= 2 && load<u8>(d + n - 2) == 46 && load<u8>(d + n - 1) == 48) sbSetLen(sb, n - 2);
}

export function complexReprInto(sb: u32, p: u32): void {
  const re = cxRe(p), im = cxIm(p);
  if (re == 0 && 1 / re > 0) { partInto(sb, im, false); sbByte(sb, 106); return; }
  sbByte(sb, 40);
  partInto(sb, re, false);
  partInto(sb, im, true);
  sbLit(sb, "j)");
}

/** complex == number: 1/0, -1 on error, 2 when b is not a number. */
export function complexEq(a: u64, b: u64): i32 {
  if (!isComplexOperand(a) || !isComplexOperand(b)) return 2;
  // int operands compare exactly in CPython; float conversion is close enough unless huge
  const ca = toCx(a); if (ca < 0) { return 0; }
  const ar = cvRe, ai = cvIm;
  const cb = toCx(b); if (cb < 0) { return 0; }
  return ar == cvRe && ai == cvIm ? 1 : 0;
}

export function complexHash(p: u32): i64 {
  const hr = hashF64(cxRe(p)), hi = hashF64(cxIm(p));
  return fixHash(hr + 1000003 * hi);
}

export function complexAbs(p: u32): u64 {
  const re = cxRe(p), im = cxIm(p);
  const r = Math.hypot(re, im);
  if (!isFinite(r) && isFinite(re) && isFinite(im)) return raiseLit(X.E_OverflowError, "absolute value too large");
  return boxFloat(r);
}

export function complexTruthy(p: u32): bool { return cxRe(p) != 0 || cxIm(p) != 0; }

/** complex(real=0, imag=0) from numbers (string parsing not supported). */
export function complexFromArgs(re: u64, im: u64): u64 {
  // CPython: real = cr.real - ci.imag, imag = ci.real + cr.imag (only adding complex parts)
  let rr: f64 = 0, ri: f64 = 0, ir: f64 = 0, ii: f64 = 0;
  const rc = re != 0 && kindOf(re) == K.K_COMPLEX, ic = im != 0 && kindOf(im) == K.K_COMPLEX;
  if (re != 0) {
    const c = toCx(re);
    if (c < 0) return ERROR;
    if (c == 0) return raiseLit(X.E_TypeError, "complex() first argument must be a string or a number");
    rr = cvRe; ri = cvIm;
  }
  if (im != 0) {
    const c = toCx(im);
    if (c < 0) return ERROR;
    if (c == 0) return raiseLit(X.E_TypeError, "complex() second argument must be a number");
    ir = cvRe; ii = cvIm;
  }
  if (ic) rr -= ii;
  if (rc && im != 0) ir += ri;
  return cxNew(rr, im != 0 ? ir : ri);
}
