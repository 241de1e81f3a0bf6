// format(int/float, spec) for a parsed spec (format-spec.ts): digits from
// the exact generators, then sign, prefix, grouping and fill/align the way
// CPython lays them out. Output: numAlloc buffer, length in numOutLen.
import { fmtErr, fmtErrChar, FMT_UNKNOWN_CODE, FMT_INT_PRECISION, FMT_C_SIGN, FMT_C_ALT, FMT_INT_Z, FMT_C_RANGE } from './format-spec';
import { bigToDecStr, bigToPow2Str, numOutLen, setOutLen } from './bigint-str';
import { bigIsNeg, bigLen, bigFitsI64, bigToI64 } from './bigint';
import { bigToF64 } from './bigint-conv';
import { shortestDigits, ryuDigits, ryuExp, writeU64 } from './float-repr';
import { exactDigits, fdDigits, fdLen, fdDecpt } from './float-digits';
import { numAlloc, numFree } from './mem';
import { numErr, setNumErr, ERR_FORMAT } from './errors';

let fmtErrCode: i32 = 0;
export function formatErrCode(): i32 { return fmtErrCode != 0 ? fmtErrCode : fmtErr; }
function fmtFail(code: i32, ch: u32): usize { fmtErrCode = code; errChar = ch; setNumErr(ERR_FORMAT); return 0; }
export let errChar: u32 = 0;

// Pieces of the number being laid out.
let sgn: u32 = 0;
let pre0: u32 = 0, pre1: u32 = 0;  // prefix bytes (0x, 0o, 0b)
let ip: usize = 0, il: i32 = 0;     // integer digits
let fp: usize = 0, fl: i32 = 0;     // digits after the point
let point = false;
let tail: usize = memory.data(16);  // exponent / percent
let tl: i32 = 0;
let noGroup = false; // inf/nan are never grouped
let extraBytes = 0;   // UTF-8 bytes beyond one per character (type 'c')

function utf8Len(c: u32): i32 { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }
function putCp(p: usize, c: u32): usize {
  if (c < 0x80) { store<u8>(p, c); return p + 1; }
  if (c < 0x800) { store<u8>(p, 0xc0 | (c >> 6)); store<u8>(p + 1, 0x80 | (c & 63)); return p + 2; }
  if (c < 0x10000) { store<u8>(p, 0xe0 | (c >> 12)); store<u8>(p + 1, 0x80 | ((c >> 6) & 63)); store<u8>(p + 2, 0x80 | (c & 63)); return p + 3; }
  store<u8>(p, 0xf0 | (c >> 18)); store<u8>(p + 1, 0x80 | ((c >> 12) & 63)); store<u8>(p + 2, 0x80 | ((c >> 6) & 63)); store<u8>(p + 3, 0x80 | (c & 63)); return p + 4;
}

function groupedLen(n: i32, group: u32, every: i32): i32 { return n + (group ? (n - 1) / every : 0); }

// Assembles the pieces with grouping and padding per spec.
function assemble(spec: usize, groupEvery: i32): usize {
  const fill = load<u32>(spec), align = <u32>load<u8>(spec + 4), group: u32 = noGroup ? 0 : <u32>load<u8>(spec + 9);
  const width = load<i32>(spec + 12);
  const lead = (sgn ? 1 : 0) + (pre0 ? 2 : 0);
  let digits = il;
  const rest = (point ? 1 : 0) + fl + tl;
  // '0' fill with '=' pads the digit string itself so separators land between zeros
  let zeros = 0;
  if (group && fill == 48 && align == 61) {
    while (lead + groupedLen(digits + zeros, group, groupEvery) + rest < width) zeros++;
  }
  digits += zeros;
  const body = lead + groupedLen(digits, group, groupEvery) + rest;
  const pad = width > body - extraBytes ? width - body + extraBytes : 0;
  const fw = utf8Len(fill);
  const out = numAlloc(<usize>(body + pad * fw + 4));
  let p = out;
  const a = align == 0 ? 62 : align;
  let left = 0, right = 0, mid = 0;
  if (a == 60) right = pad; else if (a == 62) left = pad; else if (a == 94) { left = pad >> 1; right = pad - left; } else mid = pad;
  for (let i = 0; i < left; i++) p = putCp(p, fill);
  if (sgn) store<u8>(p++, sgn);
  if (pre0) { store<u8>(p++, pre0); store<u8>(p++, pre1); }
  for (let i = 0; i < mid; i++) p = putCp(p, fill);
  for (let i = 0; i < digits; i++) {
    if (group && i > 0 && (digits - i) % groupEvery == 0) store<u8>(p++, group);
    store<u8>(p++, i < zeros ? 48 : load<u8>(ip + i - zeros));
  }
  if (point) store<u8>(p++, 46);
  memory.copy(p, fp, fl); p += fl;
  memory.copy(p, tail, tl); p += tl;
  for (let i = 0; i < right; i++) p = putCp(p, fill);
  setOutLen(<i32>(p - out));
  return out;
}

function signChar(neg: bool, spec: usize): u32 {
  const s = <u32>load<u8>(spec + 5);
  return neg ? 45 : s == 43 ? 43 : s == 32 ? 32 : 0;
}

// format(int, spec). Float types convert with float(int) first.
export function formatInt(a: usize, spec: usize): usize {
  fmtErrCode = 0;
  let t = <u32>load<u8>(spec + 10);
  if (t == 101 || t == 69 || t == 102 || t == 70 || t == 103 || t == 71 || t == 37) {
    const x = bigToF64(a);
    if (numErr) return 0;
    return formatFloat(x, spec);
  }
  if (!(t == 0 || t == 100 || t == 110 || t == 98 || t == 111 || t == 120 || t == 88 || t == 99)) return fmtFail(FMT_UNKNOWN_CODE, t);
  if (load<i32>(spec + 16) >= 0) return fmtFail(FMT_INT_PRECISION, 0);
  if (load<u8>(spec + 6)) return fmtFail(FMT_INT_Z, 0);
  const neg = bigIsNeg(a);
  sgn = signChar(neg, spec); pre0 = 0; fl = 0; point = false; tl = 0; noGroup = false;
  let buf: usize = 0;
  let every = 3;
  if (t == 99) {
    if (load<u8>(spec + 5)) return fmtFail(FMT_C_SIGN, 0);
    if (load<u8>(spec + 7)) return fmtFail(FMT_C_ALT, 0);
    if (neg || !bigFitsI64(a) || bigToI64(a) > 0x10ffff) return fmtFail(FMT_C_RANGE, 0);
    sgn = 0;
    buf = numAlloc(4);
    il = <i32>(putCp(buf, <u32>bigToI64(a)) - buf);
    extraBytes = il - 1;
  } else if (t == 98 || t == 111 || t == 120 || t == 88) {
    const bits = t == 98 ? 1 : t == 111 ? 3 : 4;
    buf = bigToPow2Str(a, bits, t == 88, false, false);
    il = numOutLen;
    if (load<u8>(spec + 7)) { pre0 = 48; pre1 = t; }
    every = 4;
  } else {
    buf = bigToDecStr(a);
    if (buf == 0) return 0;
    il = numOutLen;
    if (neg) { ip = buf + 1; il--; } else ip = buf;
  }
  if (t != 100 && t != 0 && t != 110) ip = buf;
  if (t == 99) ip = buf;
  const r = assemble(spec, every);
  extraBytes = 0;
  numFree(buf);
  return r;
}

// Digits for 'e' style at precision prec (prec digits after the point).
function expTail(exp: i32, upper: bool): void {
  let p = tail;
  store<u8>(p++, upper ? 69 : 101);
  if (exp < 0) { store<u8>(p++, 45); exp = -exp; } else store<u8>(p++, 43);
  if (exp < 10) store<u8>(p++, 48);
  p += writeU64(<u64>exp, p);
  tl = <i32>(p - tail);
}

const ZERO_DIGIT: usize = memory.data<u8>([48]);
let digitBuf: usize = 0; // fdDigits owned by the current format call

// format(float, spec)
export function formatFloat(x: f64, spec: usize): usize {
  fmtErrCode = 0;
  let t = <u32>load<u8>(spec + 10);
  if (!(t == 0 || t == 101 || t == 69 || t == 102 || t == 70 || t == 103 || t == 71 || t == 37 || t == 110)) return fmtFail(FMT_UNKNOWN_CODE, t);
  const alt = load<u8>(spec + 7) != 0;
  let prec = load<i32>(spec + 16);
  const upper = t == 69 || t == 70 || t == 71;
  let neg = (reinterpret<u64>(x) >> 63) != 0;
  pre0 = 0; tl = 0; fl = 0; point = false; noGroup = false;
  if (t == 37) x *= 100;
  if (!isFinite(x)) {
    noGroup = true;
    sgn = signChar(neg && !isNaN(x), spec);
    const w = isNaN(x) ? (upper ? 'NAN' : 'nan') : (upper ? 'INF' : 'inf');
    const b = numAlloc(3);
    for (let i = 0; i < 3; i++) store<u8>(b + i, w.charCodeAt(i));
    ip = b; il = 3;
    if (t == 37) { store<u8>(tail, 37); tl = 1; }
    const r = assemble(spec, 3);
    numFree(b);
    noGroup = false;
    return r;
  }
  let ax = Math.abs(x);
  digitBuf = 0;
  let d: usize, n: i32, decpt: i32;
  let fixedDecimals = -1; // >= 0: fixed layout with this many decimals
  let expForm = false;
  let stripZeros = false;
  if (t == 0 && prec < 0) {
    // str()/repr() digits: shortest round trip, repr's exponent rule
    if (ax == 0) { d = ZERO_DIGIT; n = 1; decpt = 1; }
    else {
      const bits = reinterpret<u64>(ax);
      shortestDigits(bits & 0xfffffffffffff, <i32>(bits >> 52));
      digitBuf = numAlloc(24); d = digitBuf;
      n = writeU64(ryuDigits, d); decpt = ryuExp + n;
    }
    expForm = decpt <= -4 || decpt > 16;
    fixedDecimals = expForm ? -1 : max(n - decpt, 1);
    if (expForm && n == 1) { fixedDecimals = -1; }
  } else {
    if (prec < 0) prec = 6;
    if (t == 101 || t == 69) { gen(ax, false, prec + 1); expForm = true; }
    else if (t == 102 || t == 70 || t == 37) { gen(ax, true, prec); fixedDecimals = prec; }
    else {
      // g, G, n, and none-with-precision
      if (prec == 0) prec = 1;
      gen(ax, false, prec);
      const exp = gDecpt - 1;
      // no type with a precision: like g, but exponent already at exp == prec-1 (ADD_DOT_0 rule)
      if (exp >= -4 && exp < (t == 0 ? prec - 1 : prec)) fixedDecimals = prec - 1 - exp; else expForm = true;
      stripZeros = !alt;
    }
    d = gD; n = gN; decpt = gDecpt;
  }
  if (load<u8>(spec + 6) && allZero(d, n)) neg = false; // 'z': no negative zero after rounding
  sgn = signChar(neg, spec);
  if (expForm) {
    // d[0] . d[1..] e exp
    ip = d; il = 1;
    fp = d + 1; fl = n - 1;
    if (stripZeros) while (fl > 0 && load<u8>(fp + fl - 1) == 48) fl--;
    point = fl > 0 || alt;
    expTail(allZero(d, n) ? 0 : decpt - 1, upper);
  } else {
    // fixed: integer part then fixedDecimals digits
    const buf = numAlloc(<usize>(max(decpt, 1) + max(fixedDecimals, 0) + 2));
    let q = buf;
    if (decpt <= 0) store<u8>(q++, 48);
    else for (let i = 0; i < decpt; i++) store<u8>(q++, i < n ? load<u8>(d + i) : 48);
    ip = buf; il = <i32>(q - buf);
    fp = q;
    for (let i = 0; i < fixedDecimals; i++) {
      const k = decpt + i;
      store<u8>(q++, k >= 0 && k < n ? load<u8>(d + k) : 48);
    }
    fl = fixedDecimals;
    if (stripZeros) while (fl > 0 && load<u8>(fp + fl - 1) == 48) fl--;
    point = fl > 0 || alt;
    if (t == 0 && fl == 0) { store<u8>(fp, 48); fl = 1; point = true; }
    if (t == 37) { store<u8>(tail, 37); tl = 1; }
    const r = assemble(spec, 3);
    numFree(buf);
    if (digitBuf) numFree(digitBuf);
    return r;
  }
  const r = assemble(spec, 3);
  if (digitBuf) numFree(digitBuf);
  return r;
}

let gD: usize = 0, gN: i32 = 0, gDecpt: i32 = 0;
// Exact digits (fixed: decimals; else significant digits) with zero handled.
function gen(ax: f64, fixed: bool, n: i32): void {
  if (ax == 0) {
    const k = fixed ? 1 : n;
    digitBuf = numAlloc(<usize>max(k, 1)); memory.fill(digitBuf, 48, max(k, 1));
    gD = digitBuf; gN = max(k, 1); gDecpt = 1;
    if (fixed) { gN = 0; gDecpt = 0; }
    return;
  }
  exactDigits(ax, fixed, n);
  digitBuf = fdDigits; gD = fdDigits; gN = fdLen; gDecpt = fdDecpt;
  if (fixed && fdLen == 0) gDecpt = -n;
}

function allZero(d: usize, n: i32): bool {
  for (let i = 0; i < n; i++) if (load<u8>(d + i) != 48) return false;
  return true;
}
