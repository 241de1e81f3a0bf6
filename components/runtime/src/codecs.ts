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

const E_UTF8 = 0, E_LATIN1 = 1, E_ASCII = 2, E_U16LE = 3, E_U16BE = 4, E_U16 = 5;

/** Encoding id from a normalized name (lowercase, '_' as '-'), or -1. */
function encodingId(v: u64): i32 {
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
  sbFree(sb);
  return r;
}
function eq(d: usize, m: u32, s: string): bool {
  if (<i32>m != s.length) return false;
  for (let i = 0; i < s.length; i++) if (<u32>load<u8>(d + i) != <u32>s.charCodeAt(i)) return false;
  return true;
}

const H_STRICT = 0, H_IGNORE = 1, H_REPLACE = 2, H_BACKSLASH = 3, H_XML = 4;
function handlerId(v: u64): i32 {
  if (v == 0 || v == NONE) return H_STRICT;
  if (kindOf(v) != K.K_STR) return -2;
  const p = ptrOf(v), d = p + STR_DATA, m = strBytes(p);
  if (eq(d, m, "strict")) return H_STRICT;
  if (eq(d, m, "ignore")) return H_IGNORE;
  if (eq(d, m, "replace")) return H_REPLACE;
  if (eq(d, m, "backslashreplace")) return H_BACKSLASH;
  if (eq(d, m, "xmlcharrefreplace")) return H_XML;
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
  let off: u32 = 0, pos: i64 = 0;
  while (off < n) {
    const c = decodeAt(d + off); off += decLen;
    if (enc >= E_U16LE) {
      const be = enc == E_U16BE;
      if (c >= 0x10000) { const v = c - 0x10000; putUnit(out, 0xD800 | (v >> 10), be); putUnit(out, 0xDC00 | (v & 0x3FF), be); }
      else putUnit(out, c, be);
      pos++;
      continue;
    }
    if (c < limit) { sbByte(out, c); pos++; continue; }
    if (h == H_IGNORE) { pos++; continue; }
    if (h == H_REPLACE) { sbByte(out, 63); pos++; continue; }
    if (h == H_BACKSLASH) { escapeCp(out, c); pos++; continue; }
    if (h == H_XML) { sbLit(out, "&#"); sbI64(out, c); sbByte(out, 59); pos++; continue; }
    // strict (or an unknown handler, which CPython only looks up on error)
    let endPos = pos + 1;
    let o2 = off;
    while (o2 < n) { const c2 = decodeAt(d + o2); if (c2 < limit) break; o2 += decLen; endPos++; }
    sbFree(out);
    if (h == -1) {
      const sb = sbNew(); sbLit(sb, "unknown error handler name '");
      sbBytes(sb, ptrOf(errv) + STR_DATA, strBytes(ptrOf(errv))); sbByte(sb, 39);
      return raiseSb(X.E_LookupError, sb);
    }
    const sb = sbNew();
    sbLit(sb, enc == E_LATIN1 ? "'latin-1' codec can't encode " : "'ascii' codec can't encode ");
    if (endPos - pos == 1) { sbLit(sb, "character '"); escapeCp(sb, c); sbLit(sb, "' in position "); sbI64(sb, pos); }
    else { sbLit(sb, "characters in position "); sbI64(sb, pos); sbByte(sb, 45); sbI64(sb, endPos - 1); }
    sbLit(sb, enc == E_LATIN1 ? ": ordinal not in range(256)" : ": ordinal not in range(128)");
    return raiseSb(X.E_UnicodeEncodeError, sb);
  }
  const r = bytesFrom(sbData(out), sbLen(out));
  sbFree(out);
  return r;
}
