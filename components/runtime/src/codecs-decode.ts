// bytes.decode for utf-8, latin-1, ascii, utf-16/32 (-le/-be, BOM) with the
// error handlers strict, ignore, replace, backslashreplace, surrogateescape.
import { ptrOf, NONE } from "./value";
import { kindOf } from "./types";
import * as K from "./kinds";
import { raiseSb, raiseTypeMsg } from "./errors";
import * as X from "./exceptions";
import { STR_DATA, strBytes, sbFinish } from "./str";
import { sbNew, sbByte, sbFree, sbLit, sbBytes, sbCp } from "./strbuf";
import { encodingId, E_UTF8, E_LATIN1, E_ASCII, E_U16LE, E_U16BE, E_U16, E_U32LE, E_U32BE, E_U32, E_CP1252, CP1252_HIGH, encodingName, errorsHandlerId } from "./codecs";
import { raiseDecodeError } from "./unicode-errors";

const H_STRICT = 0, H_IGNORE = 1, H_REPLACE = 2, H_BACKSLASH = 3, H_SURROGATE = 5;
function handler(v: u64): i32 { return errorsHandlerId(v, "surrogateescape", H_SURROGATE); }

const HEXD = "0123456789abcdef";
// Applies a non-strict handler to bytes [a, b) of the input; false when it
// cannot (strict, unknown, or surrogateescape of a byte < 128).
// Returns the bytes consumed (surrogateescape stops at a byte < 128), or -1.
function onError(sb: u32, h: i32, d: usize, a: u32, b: u32): i32 {
  if (h == H_STRICT || h == -1) return -1;
  if (h == H_IGNORE) return <i32>(b - a);
  if (h == H_REPLACE) { sbCp(sb, 0xFFFD); return <i32>(b - a); }
  if (h == H_SURROGATE) {
    let k = a;
    while (k < b && load<u8>(d + k) >= 128) { sbCp(sb, 0xDC00 + <u32>load<u8>(d + k)); k++; }
    return k == a ? -1 : <i32>(k - a);
  }
  for (let i = a; i < b; i++) {
    const c = <u32>load<u8>(d + i);
    { sbByte(sb, 92); sbByte(sb, 120); sbByte(sb, <u32>HEXD.charCodeAt(c >> 4)); sbByte(sb, <u32>HEXD.charCodeAt(c & 15)); }
  }
  return <i32>(b - a);
}

// Next UTF-8 sequence at i: cp in u8cp and length in u8len, or an error with
// u8len = bytes covered and u8why = reason (1 start, 2 continuation, 3 end).
let u8cp: u32 = 0, u8len: u32 = 0, u8why: i32 = 0;
function utf8Step(d: usize, i: u32, n: u32): void {
  const b = <u32>load<u8>(d + i);
  u8why = 0;
  if (b < 0x80) { u8cp = b; u8len = 1; return; }
  let need: u32 = 0, lo: u32 = 0x80, hi: u32 = 0xBF;
  if (b >= 0xC2 && b <= 0xDF) need = 1;
  else if (b >= 0xE0 && b <= 0xEF) { need = 2; if (b == 0xE0) lo = 0xA0; if (b == 0xED) hi = 0x9F; }
  else if (b >= 0xF0 && b <= 0xF4) { need = 3; if (b == 0xF0) lo = 0x90; if (b == 0xF4) hi = 0x8F; }
  else { u8why = 1; u8len = 1; return; }
  let cp = b & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
  for (let k: u32 = 1; k <= need; k++) {
    if (i + k >= n) { u8why = 3; u8len = n - i; return; }
    const c = <u32>load<u8>(d + i + k);
    const l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (c < l || c > h) { u8why = 2; u8len = k; return; }
    cp = (cp << 6) | (c & 0x3F);
  }
  u8cp = cp; u8len = need + 1;
}

export function bytesDecodeWith(bv: u64, encv: u64, errv: u64): u64 {
  if (encv != 0 && encv != NONE && kindOf(encv) != K.K_STR) return raiseTypeMsg("decode() argument 'encoding' must be str, not ", encv, "");
  const enc = encodingId(encv);
  if (enc < 0) {
    const sb = sbNew(); sbLit(sb, "unknown encoding: "); sbBytes(sb, ptrOf(encv) + STR_DATA, strBytes(ptrOf(encv)));
    return raiseSb(X.E_LookupError, sb);
  }
  const h = handler(errv);
  if (h == -2) return raiseTypeMsg("decode() argument 'errors' must be str, not ", errv, "");
  const p = ptrOf(bv), n = load<u32>(p, 8), d: usize = p + 24;
  const sb = sbNew(n + 4);
  let name = encodingName(enc);
  let i: u32 = 0;
  if (enc == E_UTF8) {
    while (i < n) {
      utf8Step(d, i, n);
      if (u8why == 0) { sbCp(sb, u8cp); i += u8len; continue; }
      const why = u8why == 1 ? "invalid start byte" : u8why == 2 ? "invalid continuation byte" : "unexpected end of data";
      const c = onError(sb, h, d, i, i + u8len); if (c >= 0) { i += <u32>c; continue; }
      sbFree(sb);
      return strictFail(h, errv, name, bv, i, i + u8len, why);
    }
  } else if (enc == E_LATIN1 || enc == E_ASCII || enc == E_CP1252) {
    for (; i < n; i++) {
      const c = <u32>load<u8>(d + i);
      if (c < 0x80 || enc == E_LATIN1) { sbCp(sb, c); continue; }
      if (enc == E_CP1252 && c < 0xA0) {
        const m = <u32>CP1252_HIGH.charCodeAt(<i32>(c - 0x80));
        if (m != 0xFFFD) { sbCp(sb, m); continue; }
      } else if (enc == E_CP1252) { sbCp(sb, c); continue; }
      if (onError(sb, h, d, i, i + 1) >= 0) continue;
      sbFree(sb);
      return strictFail(h, errv, name, bv, i, i + 1, enc == E_ASCII ? "ordinal not in range(128)" : "character maps to <undefined>");
    }
  } else {
    const wide = enc == E_U32 || enc == E_U32LE || enc == E_U32BE;
    const unit: u32 = wide ? 4 : 2;
    let be = enc == E_U16BE || enc == E_U32BE;
    if (enc == E_U16 && n >= 2) {
      if (load<u8>(d) == 0xFF && load<u8>(d + 1) == 0xFE) i = 2;
      else if (load<u8>(d) == 0xFE && load<u8>(d + 1) == 0xFF) { i = 2; be = true; }
    } else if (enc == E_U32 && n >= 4) {
      if (load<u32>(d) == 0x0000FEFF) i = 4;
      else if (load<u32>(d) == 0xFFFE0000) { i = 4; be = true; }
    }
    // CPython reports the byte order it decoded with
    if (enc == E_U16) name = be ? "utf-16-be" : "utf-16-le";
    if (enc == E_U32) name = be ? "utf-32-be" : "utf-32-le";
    while (i < n) {
      if (n - i < unit) {
        const c = onError(sb, h, d, i, n); if (c >= 0) { i += <u32>c; continue; }
        sbFree(sb); return strictFail(h, errv, name, bv, i, n, "truncated data");
      }
      const u = readUnit(d + i, unit, be);
      if (wide) {
        if (u > 0x10FFFF || (u >= 0xD800 && u < 0xE000)) {
          const c = onError(sb, h, d, i, i + 4); if (c >= 0) { i += <u32>c; continue; }
          sbFree(sb); return strictFail(h, errv, name, bv, i, i + 4, u > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
        }
        sbCp(sb, u); i += 4; continue;
      }
      if (u < 0xD800 || u >= 0xE000) { sbCp(sb, u); i += 2; continue; }
      if (u < 0xDC00 && n - i >= 4) {
        const u2 = readUnit(d + i + 2, 2, be);
        if (u2 >= 0xDC00 && u2 < 0xE000) { sbCp(sb, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)); i += 4; continue; }
      }
      const endI = u < 0xDC00 && n - i < 4 ? n : i + 2;
      const why = u >= 0xDC00 ? "illegal encoding" : n - i < 4 ? "unexpected end of data" : "illegal UTF-16 surrogate";
      const c = onError(sb, h, d, i, endI); if (c >= 0) { i += <u32>c; continue; }
      sbFree(sb); return strictFail(h, errv, name, bv, i, endI, why);
    }
  }
  return sbFinish(sb);
}

function readUnit(q: usize, unit: u32, be: bool): u32 {
  let v: u32 = 0;
  for (let k: u32 = 0; k < unit; k++) {
    const b = <u32>load<u8>(q + (be ? k : unit - 1 - k));
    v = (v << 8) | b;
  }
  return v;
}

function strictFail(h: i32, errv: u64, name: string, bv: u64, a: u32, b: u32, why: string): u64 {
  if (h == -1) {
    const sb = sbNew(); sbLit(sb, "unknown error handler name '");
    sbBytes(sb, ptrOf(errv) + STR_DATA, strBytes(ptrOf(errv))); sbByte(sb, 39);
    return raiseSb(X.E_LookupError, sb);
  }
  return raiseDecodeError(name, bv, a, b, why);
}
