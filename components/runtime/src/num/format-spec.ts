// Parser for the format-spec mini-language ([[fill]align][sign][z][#][0]
// [width][grouping][.precision][type]), following CPython 3.12's order of
// checks so the same spec fails with the same message.
// The result is written to a caller buffer of SPEC_SIZE bytes:
//   +0 u32 fill code point   +4 u8 align (0 = none, '<' '>' '=' '^')
//   +5 u8 sign (0, '+', '-', ' ')  +6 u8 z  +7 u8 alt (#)  +8 u8 zero (0 flag)
//   +9 u8 grouping (0, ',', '_')   +10 u8 type (0 = none)  +11 u8 fillSpecified
//   +12 i32 width (-1 = none)      +16 i32 precision (-1 = none)
export const SPEC_SIZE: i32 = 20;

// Parse error sub-codes (fmtErr) and CPython's messages:
export const FMT_OK = 0;
export const FMT_INVALID = 1;          // Invalid format specifier '<spec>' for object of type '<type>'
export const FMT_MISSING_PRECISION = 2; // Format specifier missing precision
export const FMT_TOO_MANY_DIGITS = 3;  // Too many decimal digits in format string
export const FMT_BOTH_SEPARATORS = 4;  // Cannot specify both ',' and '_'.
export const FMT_SEP_WITH_TYPE = 5;    // Cannot specify '<fmtErrSep>' with '<fmtErrChar>'.
export const FMT_UNKNOWN_CODE = 6;     // Unknown format code '<fmtErrChar>' for object of type '<type>'
export const FMT_INT_PRECISION = 7;    // Precision not allowed in integer format specifier
export const FMT_C_SIGN = 8;           // Sign not allowed with integer format specifier 'c'
export const FMT_C_ALT = 9;            // Alternate form (#) not allowed with integer format specifier 'c'
export const FMT_INT_Z = 10;           // Negative zero coercion (z) not allowed in integer format specifier
export const FMT_C_RANGE = 11;         // OverflowError: %c arg not in range(0x110000)
export let fmtErr: i32 = 0;
export let fmtErrChar: u32 = 0;
export let fmtErrSep: u32 = 0;

function isAlign(c: u32): bool { return c == 60 || c == 62 || c == 61 || c == 94; }

// Decodes one UTF-8 code point at p; its byte length goes to cpLen.
let cpLen: i32 = 1;
function cpAt(p: usize, e: usize): u32 {
  const c = <u32>load<u8>(p);
  if (c < 0x80 || p + 1 >= e) { cpLen = 1; return c; }
  if (c < 0xe0) { cpLen = 2; return ((c & 31) << 6) | (load<u8>(p + 1) & 63); }
  if (c < 0xf0) { cpLen = 3; return ((c & 15) << 12) | ((<u32>load<u8>(p + 1) & 63) << 6) | (load<u8>(p + 2) & 63); }
  cpLen = 4;
  return ((c & 7) << 18) | ((<u32>load<u8>(p + 1) & 63) << 12) | ((<u32>load<u8>(p + 2) & 63) << 6) | (load<u8>(p + 3) & 63);
}

function fail(code: i32): bool { fmtErr = code; return false; }

// Returns true on success (spec written to out) or false with fmtErr set.
export function parseFormatSpec(s: usize, len: i32, out: usize): bool {
  fmtErr = 0;
  const e = s + len;
  let p = s;
  let fill: u32 = 32, align: u32 = 0, fillSpecified = false;
  store<u32>(out, 32); store<u64>(out + 4, 0); store<i32>(out + 12, -1); store<i32>(out + 16, -1);
  if (p < e) {
    const c0 = cpAt(p, e); const l0 = cpLen;
    if (p + l0 < e && isAlign(load<u8>(p + l0))) { fill = c0; align = load<u8>(p + l0); fillSpecified = true; p += l0 + 1; }
    else if (isAlign(c0)) { align = c0; p++; }
  }
  let sign: u32 = 0;
  if (p < e && (load<u8>(p) == 43 || load<u8>(p) == 45 || load<u8>(p) == 32)) { sign = load<u8>(p); p++; }
  let z = false, alt = false, zero = false;
  if (p < e && load<u8>(p) == 122) { z = true; p++; }
  if (p < e && load<u8>(p) == 35) { alt = true; p++; }
  if (p < e && load<u8>(p) == 48) {
    zero = true;
    if (!fillSpecified) fill = 48;
    if (align == 0) align = 61;
    p++;
  }
  let width: i64 = -1;
  let nd = 0;
  while (p < e && <u32>load<u8>(p) - 48 < 10) {
    if (width < 0) width = 0;
    width = width * 10 + (load<u8>(p) - 48); p++; nd++;
    if (width > 0x7fffffff) return fail(FMT_TOO_MANY_DIGITS);
  }
  let group: u32 = 0;
  if (p < e && load<u8>(p) == 44) { group = 44; p++; }
  if (p < e && load<u8>(p) == 95) { if (group) return fail(FMT_BOTH_SEPARATORS); group = 95; p++; }
  if (p < e && load<u8>(p) == 44 && group == 95) return fail(FMT_BOTH_SEPARATORS);
  let prec: i64 = -1;
  if (p < e && load<u8>(p) == 46) {
    p++;
    let k = 0;
    while (p < e && <u32>load<u8>(p) - 48 < 10) {
      if (prec < 0) prec = 0;
      prec = prec * 10 + (load<u8>(p) - 48); p++; k++;
      if (prec > 0x7fffffff) return fail(FMT_TOO_MANY_DIGITS);
    }
    if (k == 0) return fail(FMT_MISSING_PRECISION);
  }
  if (e - p > 1) return fail(FMT_INVALID);
  let type: u32 = 0;
  if (e - p == 1) type = load<u8>(p);
  if (group) {
    const t = type;
    const ok = t == 100 || t == 101 || t == 102 || t == 103 || t == 69 || t == 71 || t == 37 || t == 70 || t == 0 ||
      (group == 95 && (t == 98 || t == 111 || t == 120 || t == 88));
    if (!ok) { fmtErrSep = group; fmtErrChar = t; return fail(FMT_SEP_WITH_TYPE); }
  }
  store<u32>(out, fill); store<u8>(out + 4, <u8>align); store<u8>(out + 5, <u8>sign); store<u8>(out + 6, z ? 1 : 0);
  store<u8>(out + 7, alt ? 1 : 0); store<u8>(out + 8, zero ? 1 : 0); store<u8>(out + 9, <u8>group); store<u8>(out + 10, <u8>type);
  store<u8>(out + 11, fillSpecified ? 1 : 0);
  store<i32>(out + 12, <i32>width); store<i32>(out + 16, <i32>prec);
  return true;
}
