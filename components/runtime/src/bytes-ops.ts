// bytes construction, decode and str.encode (UTF-8).
import { ptrOf, ERROR, NONE, boxPtr, isSmallInt, intOf, STOP } from "./value";
import { decref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { raiseLit, raiseSb, raiseTypeMsg } from "./errors";
import * as X from "./exceptions";
import { bytesAlloc, bytesFrom } from "./bytes";
import { strFromUtf8, STR_DATA, strBytes } from "./str";
import { iterNew, iterNext } from "./iter";
import { sbNew, sbByte, sbFree, sbData, sbLen, sbLit, sbI64 } from "./strbuf";
import { kwIs } from "./args";

function encodingOk(enc: u64): bool {
  if (enc == 0 || enc == NONE) return true;
  if (kindOf(enc) != K.K_STR) return false;
  return kwIs(enc, "utf-8") || kwIs(enc, "utf8") || kwIs(enc, "UTF-8") || kwIs(enc, "ascii") || kwIs(enc, "latin-1");
}

/** Validates UTF-8; returns -1 if valid, else the offset of the first bad byte. */
function utf8Invalid(p: usize, n: u32): i32 {
  let i: u32 = 0;
  while (i < n) {
    const b = <u32>load<u8>(p + i);
    if (b < 0x80) { i++; continue; }
    let l: u32 = 0;
    if (b >= 0xC2 && b < 0xE0) l = 2; else if (b >= 0xE0 && b < 0xF0) l = 3; else if (b >= 0xF0 && b < 0xF5) l = 4; else return <i32>i;
    if (i + l > n) return <i32>i;
    for (let k: u32 = 1; k < l; k++) if ((load<u8>(p + i + k) & 0xC0) != 0x80) return <i32>i;
    i += l;
  }
  return -1;
}

export function bytesDecode(b: u64, enc: u64): u64 {
  if (!encodingOk(enc)) return raiseLit(X.E_LookupError, "unknown encoding");
  const p = ptrOf(b);
  const n = load<u32>(p, 8);
  const bad = utf8Invalid(p + 24, n);
  if (bad >= 0) {
    const sb = sbNew();
    sbLit(sb, "'utf-8' codec can't decode byte 0x");
    const HEXD = "0123456789abcdef";
    const c = <u32>load<u8>(p + 24 + bad);
    sbByte(sb, <u32>HEXD.charCodeAt(c >> 4)); sbByte(sb, <u32>HEXD.charCodeAt(c & 15));
    sbLit(sb, " in position "); sbI64(sb, bad); sbLit(sb, ": invalid start byte");
    return raiseSb(X.E_UnicodeDecodeError, sb);
  }
  return strFromUtf8(p + 24, n);
}

export function strEncode(s: u64, enc: u64): u64 {
  if (!encodingOk(enc)) return raiseLit(X.E_LookupError, "unknown encoding");
  const p = ptrOf(s);
  return bytesFrom(p + STR_DATA, strBytes(p));
}

export function bytesFromValue(v: u64, enc: u64): u64 {
  if (v == 0) return boxPtr(bytesAlloc(0));
  const k = kindOf(v);
  if (k == K.K_STR) {
    if (enc == 0 || enc == NONE) return raiseLit(X.E_TypeError, "string argument without an encoding");
    return strEncode(v, enc);
  }
  if (enc != 0 && enc != NONE) return raiseLit(X.E_TypeError, "encoding without a string argument");
  if (k == K.K_BYTES) { incref2(v); return v; }
  if (isSmallInt(v)) {
    const n = intOf(v);
    if (n < 0) return raiseLit(X.E_ValueError, "negative count");
    const r = bytesAlloc(<u32>n);
    memory.fill(r + 24, 0, <u32>n);
    return boxPtr(r);
  }
  const it = iterNew(v);
  if (it == ERROR) {
    return ERROR;
  }
  const sb = sbNew();
  while (true) {
    const x = iterNext(it);
    if (x == STOP) break;
    if (x == ERROR) { decref(it); sbFree(sb); return ERROR; }
    if (!isSmallInt(x)) { decref(x); decref(it); sbFree(sb); return raiseTypeMsg("", x, " object cannot be interpreted as an integer"); }
    const c = intOf(x);
    if (c < 0 || c > 255) { decref(it); sbFree(sb); return raiseLit(X.E_ValueError, "bytes must be in range(0, 256)"); }
    sbByte(sb, <u32>c);
  }
  decref(it);
  const r = bytesFrom(sbData(sb), sbLen(sb));
  sbFree(sb);
  return r;
}
import { incref } from "./object";
function incref2(v: u64): void { incref(v); }

export function molt_bytes_from(p: i32, n: i32): u64 { return bytesFrom(<usize>p, <u32>n); }
