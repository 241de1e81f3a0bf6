// int(text, base) with CPython 3.12's syntax: surrounding whitespace, sign,
// 0x/0o/0b prefixes (base 0 deduces the base; explicit 16/8/2 accept theirs),
// single underscores between digits (and one right after a prefix), base 0
// rejecting leading zeros of a nonzero value, and the int_max_str_digits
// limit for non-power-of-two bases (checked before trailing garbage, as CPython does).
import { bigLen, bigFinish, publish } from './bigint';
import { magFromDigits, digitVal, maxStrDigits } from './bigint-str';
import { numAlloc, numFree } from './mem';
import { setNumErr, setNumErrArg, ERR_INVALID_LITERAL, ERR_BASE_RANGE, ERR_STR_DIGITS_FROM_STR } from './errors';

// Python str.isspace() for one UTF-8 encoded char at p (end e): byte length or 0.
export function spaceLen(p: usize, e: usize): i32 {
  const c = <u32>load<u8>(p);
  if (c == 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f)) return 1;
  if (c == 0xc2 && p + 1 < e) { const d = load<u8>(p + 1); return d == 0x85 || d == 0xa0 ? 2 : 0; }
  if ((c == 0xe1 || c == 0xe2 || c == 0xe3) && p + 2 < e) {
    const d = <u32>load<u8>(p + 1), f = <u32>load<u8>(p + 2);
    const cp = ((c & 15) << 12) | ((d & 63) << 6) | (f & 63);
    if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000) return 3;
  }
  return 0;
}

// Returns a new int record, or 0 with numErr set (ERR_INVALID_LITERAL,
// ERR_BASE_RANGE, or ERR_STR_DIGITS_FROM_STR with the digit count in numErrArg).
export function bigFromStr(s: usize, len: i32, base: i32): usize {
  if (base != 0 && (base < 2 || base > 36)) { setNumErr(ERR_BASE_RANGE); return 0; }
  let p = s; const e = s + len;
  while (p < e) { const k = spaceLen(p, e); if (!k) break; p += k; }
  let neg = false;
  if (p < e && (load<u8>(p) == 43 || load<u8>(p) == 45)) { neg = load<u8>(p) == 45; p++; }
  let errorIfNonzero = false;
  const c1: u32 = p + 1 < e ? load<u8>(p + 1) | 32 : 0;
  if (base == 0) {
    if (p >= e || load<u8>(p) != 48) base = 10;
    else if (c1 == 120) base = 16;
    else if (c1 == 111) base = 8;
    else if (c1 == 98) base = 2;
    else { errorIfNonzero = true; base = 10; }
  }
  if (p < e && load<u8>(p) == 48 && ((base == 16 && c1 == 120) || (base == 8 && c1 == 111) || (base == 2 && c1 == 98))) {
    p += 2;
    if (p < e && load<u8>(p) == 95) p++;
  }
  if (p >= e || load<u8>(p) == 95 || digitVal(load<u8>(p)) >= <u32>base) { setNumErr(ERR_INVALID_LITERAL); return 0; }
  // Scan digits and single underscores.
  const start = p;
  let digits = 0;
  let prevUnderscore = false;
  while (p < e) {
    const c = load<u8>(p);
    if (c == 95) { if (prevUnderscore) { setNumErr(ERR_INVALID_LITERAL); return 0; } prevUnderscore = true; }
    else if (digitVal(c) < <u32>base) { digits++; prevUnderscore = false; }
    else break;
    p++;
  }
  if (prevUnderscore) { setNumErr(ERR_INVALID_LITERAL); return 0; }
  if ((base & (base - 1)) != 0 && digits > 640 && maxStrDigits > 0 && digits > maxStrDigits) {
    setNumErr(ERR_STR_DIGITS_FROM_STR); setNumErrArg(digits); return 0;
  }
  const end = p;
  while (p < e) { const k = spaceLen(p, e); if (!k) break; p += k; }
  if (p != e) { setNumErr(ERR_INVALID_LITERAL); return 0; }
  // Copy digits without underscores.
  const buf = numAlloc(<usize>digits);
  let q = buf;
  for (let x = start; x < end; x++) { const c = load<u8>(x); if (c != 95) store<u8>(q++, c); }
  const r = magFromDigits(buf, digits, base);
  numFree(buf);
  if (errorIfNonzero && bigLen(r) != 0) { numFree(r); setNumErr(ERR_INVALID_LITERAL); return 0; }
  bigFinish(r, bigLen(r), neg);
  return publish(r);
}
