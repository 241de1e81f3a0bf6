// str.encode for utf-8, latin-1, ascii and utf-16(-le/-be) with CPython's
// error handlers: strict, ignore, replace, backslashreplace, xmlcharrefreplace.
import { ptrOf, ERROR, NONE } from "./value";
import { kindOf } from "./types";
import * as K from "./kinds";
import { raiseLit, raiseSb, raiseTypeMsg } from "./errors";
import * as X from "./exceptions";
import { STR_DATA, strBytes, decodeAt, decLen } from "./str";
import { sbNew, sbByte, sbFree, sbData, sbLen, sbLit, sbI64, sbBytes } from "./strbuf";
import { bytesFrom } from "./bytes";
import { raiseEncodeError } from "./unicode-errors";

export const E_UTF8 = 0, E_LATIN1 = 1, E_ASCII = 2, E_U16LE = 3, E_U16BE = 4, E_U16 = 5, E_U32LE = 6, E_U32BE = 7, E_U32 = 8, E_CP1252 = 9;
// cp1252 bytes 0x80..0x9F (U+FFFD = undefined)
export const CP1252_HIGH = "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD" +
  "\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178";
/** The codec name CPython puts in Unicode errors. */
export function encodingName(e: i32): string {
  switch (e) {
    case E_LATIN1: return "latin-1"; case E_ASCII: return "ascii"; case E_U16LE: return "utf-16-le";
    case E_U16BE: return "utf-16-be"; case E_U16: return "utf-16"; case E_U32LE: return "utf-32-le";
    case E_U32BE: return "utf-32-be"; case E_U32: return "utf-32"; case E_CP1252: return "charmap";
  }
  return "utf-8";
}

/** Encoding id from a normalized name (lowercase, '_' as '-'), or -1. */
export function encodingId(v: u64): i32 {
  if (v == 0 || v == NONE) return E_UTF8;
  const p = ptrOf(v), n = strBytes(p);
  const sb = sbNew(n + 1);
  for (let i: u32 = 0; i < n; i++) {
    let c = <u32>load<u8>(p + STR_DATA + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c == 95) c = 45;
    sbByte(sb, c);
  }
  const d = sbData(sb), m = sbLen(sb);
  let r: i32 = -1;
  if (eq(d, m, "utf-8") || eq(d, m, "utf8") || eq(d, m, "u8") || eq(d, m, "utf")) r = E_UTF8;
  else if (eq(d, m, "latin-1") || eq(d, m, "latin1") || eq(d, m, "iso-8859-1") || eq(d, m, "iso8859-1") || eq(d, m, "l1") || eq(d, m, "latin")) r = E_LATIN1;
  else if (eq(d, m, "ascii") || eq(d, m, "us-ascii")) r = E_ASCII;
  else if (eq(d, m, "utf-16-le") || eq(d, m, "utf-16le")) r = E_U16LE;
  else if (eq(d, m, "utf-16-be") || eq(d, m, "utf-16be")) r = E_U16BE;
  else if (eq(d, m, "utf-16") || eq(d, m, "utf16")) r = E_U16;
  else if (eq(d, m, "utf-32-le") || eq(d, m, "utf-32le")) r = E_U32LE;
  else if (eq(d, m, "utf-32-be") || eq(d, m, "utf-32be")) r = E_U32BE;
  else if (eq(d, m, "utf-32") || eq(d, m, "utf32")) r = E_U32;
  else if (eq(d, m, "cp1252") || eq(d, m, "windows-1252")) r = E_CP1252;
  sbFree(sb);
  return r;
}
export function eq(d: usize, m: u32, s: string): bool {
  if (<i32>m != s.length) return false;
  for (let i = 0; i < s.length; i++) if (<u32>load<u8>(d + i) != <u32>s.charCodeAt(i)) return false;
  return true;
}

const H_STRICT = 0, H_IGNORE = 1, H_REPLACE = 2, H_BACKSLASH = 3, H_XML = 4;
function handlerId(v: u64): i32 { return errorsHandlerId(v, "xmlcharrefreplace", H_XML); }

/** errors= argument: strict / ignore / replace / backslashreplace (0-3), or the
 * codec's one extra handler name -> extraId; -1 unknown, -2 not a str. */
export function errorsHandlerId(v: u64, extra: string, extraId: i32): i32 {
  if (v == 0 || v == NONE) return H_STRICT;
  if (kindOf(v) != K.K_STR) return -2;
  const p = ptrOf(v), d = p + STR_DATA, m = strBytes(p);
  if (eq(d, m, "strict")) return H_STRICT;
  if (eq(d, m, "ignore")) return H_IGNORE;
  if (eq(d, m, "replace")) return H_REPLACE;
  if (eq(d, m, "backslashreplace")) return H_BACKSLASH;
  if (eq(d, m, extra)) return extraId;
  return -1;
}

const HEXD = "0123456789abcdef";
function hexN(sb: u32, c: u32, digits: i32): void {
  for (let i = digits - 1; i >= 0; i--) sbByte(sb, <u32>HEXD.charCodeAt(<i32>((c >> (<u32>i * 4)) & 15)));
}
function escapeCp(sb: u32, c: u32): void {
  sbByte(sb, 92);
  if (c < 0x100) { sbByte(sb, 120); hexN(sb, c, 2); }
  else if (c < 0x10000) { sbByte(sb, 117); hexN(sb, c, 4); }
  else { sbByte(sb, 85); hexN(sb, c, 8); }
}

function putUnit(sb: u32, u: u32, be: bool): void {
  if (be) { sbByte(sb, u >> 8); sbByte(sb, u & 255); } else { sbByte(sb, u & 255); sbByte(sb, u >> 8); }
}

export function strEncodeWith(s: u64, encv: u64, errv: u64): u64 {
  if (encv != 0 && encv != NONE && kindOf(encv) != K.K_STR) return raiseTypeMsg("encode() argument 'encoding' must be str, not ", encv, "");
  const enc = encodingId(encv);
  if (enc < 0) {
    const sb = sbNew(); sbLit(sb, "unknown encoding: ");
    sbBytes(sb, ptrOf(encv) + STR_DATA, strBytes(ptrOf(encv)));
    return raiseSb(X.E_LookupError, sb);
  }
  const p = ptrOf(s), n = strBytes(p), d = p + STR_DATA;
  if (enc == E_UTF8) return bytesFrom(d, n);
  const h = handlerId(errv);
  if (h == -2) return raiseTypeMsg("encode() argument 'errors' must be str, not ", errv, "");
  const limit: u32 = enc == E_LATIN1 ? 0x100 : 0x80;
  const out = sbNew(n + 2);
  if (enc == E_U16) { sbByte(out, 0xFF); sbByte(out, 0xFE); }
  if (enc == E_U32) { sbByte(out, 0xFF); sbByte(out, 0xFE); sbByte(out, 0); sbByte(out, 0); }
  let off: u32 = 0, pos: i64 = 0;
  while (off < n) {
    const c = decodeAt(d + off); off += decLen;
    if (enc >= E_U32LE && enc <= E_U32) {
      if (enc == E_U32BE) { sbByte(out, c >> 24); sbByte(out, (c >> 16) & 255); sbByte(out, (c >> 8) & 255); sbByte(out, c & 255); }
      else { sbByte(out, c & 255); sbByte(out, (c >> 8) & 255); sbByte(out, (c >> 16) & 255); sbByte(out, c >> 24); }
      pos++;
      continue;
    }
    if (enc == E_CP1252) {
      const b = cp1252Byte(c);
      if (b >= 0) { sbByte(out, <u32>b); pos++; continue; }
    } else if (enc >= E_U16LE) {
      const be = enc == E_U16BE;
      if (c >= 0x10000) { const v = c - 0x10000; putUnit(out, 0xD800 | (v >> 10), be); putUnit(out, 0xDC00 | (v & 0x3FF), be); }
      else putUnit(out, c, be);
      pos++;
      continue;
    }
    else if (c < limit) { sbByte(out, c); pos++; continue; }
    if (h == H_IGNORE) { pos++; continue; }
    if (h == H_REPLACE) { sbByte(out, 63); pos++; continue; }
    if (h == H_BACKSLASH) { escapeCp(out, c); pos++; continue; }
    if (h == H_XML) { sbLit(out, "&#"); sbI64(out, c); sbByte(out, 59); pos++; continue; }
    // strict (or an unknown handler, which CPython only looks up on error)
    let endPos = pos + 1;
    let o2 = off;
    while (o2 < n) { const c2 = decodeAt(d + o2); if (enc == E_CP1252 ? cp1252Byte(c2) >= 0 : c2 < limit) break; o2 += decLen; endPos++; }
    sbFree(out);
    if (h == -1) {
      const sb = sbNew(); sbLit(sb, "unknown error handler name '");
      sbBytes(sb, ptrOf(errv) + STR_DATA, strBytes(ptrOf(errv))); sbByte(sb, 39);
      return raiseSb(X.E_LookupError, sb);
    }
    const why = enc == E_LATIN1 ? "ordinal not in range(256)" : enc == E_ASCII ? "ordinal not in range(128)" : "character maps to <undefined>";
    return raiseEncodeError(encodingName(enc), s, pos, endPos, why);
  }
  const r = bytesFrom(sbData(out), sbLen(out));
  sbFree(out);
  return r;
}

/** cp1252 byte for code point c, or -1. */
function cp1252Byte(c: u32): i32 {
  if (c < 0x80 || (c >= 0xA0 && c < 0x100)) return <i32>c;
  for (let i = 0; i < 32; i++) if (<u32>CP1252_HIGH.charCodeAt(i) == c && c != 0xFFFD) return 0x80 + i;
  return -1;
}
