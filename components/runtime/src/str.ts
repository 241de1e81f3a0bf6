// str objects: compact UTF-8 with cached code-point length and hash.
// Layout: 8 byteLen u32 | 12 cpLen u32 | 16 hash i64 (-1 = not computed) | 24 UTF-8 data
import { objNew, IMMORTAL, decref } from "./object";
import { T_STR } from "./types";
import { boxPtr, ptrOf } from "./value";
import { sbData, sbLen, sbFree, sbNew, sbLit } from "./strbuf";
import { sipBegin, sipBytes, sipByte, sipEnd } from "./hash";

export const STR_DATA: u32 = 24;
const CHARS: usize = memory.data(128 * 4, 4);
let emptyStr: u32 = 0;

@inline export function strBytes(p: u32): u32 { return load<u32>(p, 8); }
@inline export function strCps(p: u32): u32 { return load<u32>(p, 12); }
@inline export function strData(p: u32): u32 { return p + STR_DATA; }
@inline export function strIsAscii(p: u32): bool { return load<u32>(p, 8) == load<u32>(p, 12); }

/** New str with room for nbytes; caller fills data. */
export function strAlloc(nbytes: u32, ncp: u32): u32 {
  const p = objNew(T_STR, STR_DATA + nbytes);
  store<u32>(p, nbytes, 8);
  store<u32>(p, ncp, 12);
  store<i64>(p, -1, 16);
  return p;
}

export function countCps(src: usize, n: u32): u32 {
  let c: u32 = 0;
  let i: u32 = 0;
  while (i + 8 <= n) {
    const w = load<u64>(src + i);
    if ((w & 0x8080808080808080) == 0) { c += 8; i += 8; continue; }
    for (let k: u32 = 0; k < 8; k++) if ((load<u8>(src + i + k) & 0xC0) != 0x80) c++;
    i += 8;
  }
  for (; i < n; i++) if ((load<u8>(src + i) & 0xC0) != 0x80) c++;
  return c;
}

export function strInit(): void {
  emptyStr = strAlloc(0, 0);
  store<u32>(emptyStr, IMMORTAL | 1);
  for (let c: u32 = 0; c < 128; c++) {
    const p = strAlloc(1, 1);
    store<u8>(p + STR_DATA, <u8>c);
    store<u32>(p, IMMORTAL | 1);
    store<u32>(CHARS + (c << 2), p);
  }
}

@inline export function emptyStrV(): u64 { return boxPtr(emptyStr); }
@inline export function asciiCharStr(c: u32): u64 { return boxPtr(load<u32>(CHARS + (c << 2))); }

/** str from UTF-8 bytes (assumed valid). */
export function strFromUtf8(src: usize, n: u32): u64 {
  if (n == 0) return boxPtr(emptyStr);
  if (n == 1 && load<u8>(src) < 128) return asciiCharStr(load<u8>(src));
  const p = strAlloc(n, countCps(src, n));
  memory.copy(p + STR_DATA, src, n);
  return boxPtr(p);
}

export function strFromUtf8Known(src: usize, n: u32, ncp: u32): u64 {
  if (n == 0) return boxPtr(emptyStr);
  if (n == 1) return asciiCharStr(load<u8>(src));
  const p = strAlloc(n, ncp);
  memory.copy(p + STR_DATA, src, n);
  return boxPtr(p);
}

/** Turns a string builder into a str and frees the builder. */
export function sbFinish(sb: u32): u64 {
  const v = strFromUtf8(sbData(sb), sbLen(sb));
  sbFree(sb);
  return v;
}

/** str from an AssemblyScript literal. */
export function strLit(s: string): u64 {
  const sb = sbNew(<u32>s.length + 8);
  sbLit(sb, s);
  return sbFinish(sb);
}

/** Immortal str from a literal (names, constants). */
export function strLitImmortal(s: string): u64 {
  const v = strLit(s);
  store<u32>(ptrOf(v), IMMORTAL | 1);
  return v;
}

/** Decodes the code point at byte offset i; length in decLen. */
export let decLen: u32 = 1;
export function decodeAt(p: usize): u32 {
  const b0 = <u32>load<u8>(p);
  if (b0 < 0x80) { decLen = 1; return b0; }
  if (b0 < 0xE0) { decLen = 2; return ((b0 & 0x1F) << 6) | (load<u8>(p + 1) & 63); }
  if (b0 < 0xF0) {
    decLen = 3;
    return ((b0 & 0x0F) << 12) | ((<u32>load<u8>(p + 1) & 63) << 6) | (load<u8>(p + 2) & 63);
  }
  decLen = 4;
  return ((b0 & 0x07) << 18) | ((<u32>load<u8>(p + 1) & 63) << 12) |
    ((<u32>load<u8>(p + 2) & 63) << 6) | (load<u8>(p + 3) & 63);
}

@inline export function utf8Len(c: u32): u32 { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

/** Byte offset of code point index i (0 <= i <= cpLen). */
export function cpOffset(p: u32, i: u32): u32 {
  if (strIsAscii(p)) return i;
  const d = p + STR_DATA;
  const n = strBytes(p);
  let off: u32 = 0;
  let k: u32 = 0;
  while (k < i && off < n) {
    const b = load<u8>(d + off);
    off += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    k++;
  }
  return off;
}

/** Code point at index i. */
export function cpAt(p: u32, i: u32): u32 {
  if (strIsAscii(p)) return load<u8>(p + STR_DATA + i);
  return decodeAt(p + STR_DATA + cpOffset(p, i));
}

/** str of one code point. */
export function strFromCp(c: u32): u64 {
  if (c < 128) return asciiCharStr(c);
  const n = utf8Len(c);
  const p = strAlloc(n, 1);
  const d = p + STR_DATA;
  if (n == 2) { store<u8>(d, <u8>(0xC0 | (c >> 6))); store<u8>(d + 1, <u8>(0x80 | (c & 63))); }
  else if (n == 3) {
    store<u8>(d, <u8>(0xE0 | (c >> 12))); store<u8>(d + 1, <u8>(0x80 | ((c >> 6) & 63)));
    store<u8>(d + 2, <u8>(0x80 | (c & 63)));
  } else {
    store<u8>(d, <u8>(0xF0 | (c >> 18))); store<u8>(d + 1, <u8>(0x80 | ((c >> 12) & 63)));
    store<u8>(d + 2, <u8>(0x80 | ((c >> 6) & 63))); store<u8>(d + 3, <u8>(0x80 | (c & 63)));
  }
  return boxPtr(p);
}

/** Substring by code point range [a, b). */
export function strSub(p: u32, a: u32, b: u32): u64 {
  if (a >= b) return boxPtr(emptyStr);
  if (a == 0 && b == strCps(p)) { const v = boxPtr(p); store<u32>(p, load<u32>(p) + ((load<u32>(p) & IMMORTAL) ? 0 : 1)); return v; }
  if (strIsAscii(p)) return strFromUtf8Known(p + STR_DATA + a, b - a, b - a);
  const oa = cpOffset(p, a);
  let ob = oa;
  const d = p + STR_DATA;
  for (let k = a; k < b; k++) {
    const x = load<u8>(d + ob);
    ob += x < 0x80 ? 1 : x < 0xE0 ? 2 : x < 0xF0 ? 3 : 4;
  }
  return strFromUtf8Known(d + oa, ob - oa, b - a);
}

export function strEq(a: u32, b: u32): bool {
  if (a == b) return true;
  const n = strBytes(a);
  if (n != strBytes(b)) return false;
  const ha = load<i64>(a, 16), hb = load<i64>(b, 16);
  if (ha != -1 && hb != -1 && ha != hb) return false;
  return memory.compare(a + STR_DATA, b + STR_DATA, n) == 0;
}

/** Compares by code point (UTF-8 byte order equals code point order). */
export function strCmp(a: u32, b: u32): i32 {
  const na = strBytes(a), nb = strBytes(b);
  const n = na < nb ? na : nb;
  const c = memory.compare(a + STR_DATA, b + STR_DATA, n);
  if (c != 0) return c < 0 ? -1 : 1;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

export function strHash(p: u32): i64 {
  let h = load<i64>(p, 16);
  if (h != -1) return h;
  const n = strBytes(p);
  if (n == 0) h = 0;
  else if (strIsAscii(p)) {
    sipBegin();
    sipBytes(p + STR_DATA, n);
    h = sipEnd();
  } else {
    // CPython hashes its PEP 393 storage: 1, 2 or 4 bytes per code point.
    const d = p + STR_DATA;
    let maxc: u32 = 0;
    let off: u32 = 0;
    while (off < n) { const c = decodeAt(d + off); off += decLen; if (c > maxc) maxc = c; }
    const w: u32 = maxc < 256 ? 1 : maxc < 65536 ? 2 : 4;
    sipBegin();
    off = 0;
    while (off < n) {
      const c = decodeAt(d + off); off += decLen;
      sipByte(c & 0xFF);
      if (w >= 2) sipByte((c >> 8) & 0xFF);
      if (w == 4) { sipByte((c >> 16) & 0xFF); sipByte(c >> 24); }
    }
    h = sipEnd();
  }
  store<i64>(p, h, 16);
  return h;
}

export function strConcat(a: u32, b: u32): u64 {
  const na = strBytes(a), nb = strBytes(b);
  if (na == 0) { return strSub(b, 0, strCps(b)); }
  if (nb == 0) { return strSub(a, 0, strCps(a)); }
  const p = strAlloc(na + nb, strCps(a) + strCps(b));
  memory.copy(p + STR_DATA, a + STR_DATA, na);
  memory.copy(p + STR_DATA + na, b + STR_DATA, nb);
  return boxPtr(p);
}

export function strRepeat(a: u32, n: i64): u64 {
  const nb = strBytes(a);
  if (n <= 0 || nb == 0) return boxPtr(emptyStr);
  if (n == 1) return strSub(a, 0, strCps(a));
  const total = <u64>nb * <u64>n;
  if (total > 0x7FFF_0000) return 0; // caller raises MemoryError/OverflowError
  const p = strAlloc(<u32>total, strCps(a) * <u32>n);
  const d = p + STR_DATA;
  if (nb == 1) memory.fill(d, load<u8>(a + STR_DATA), <u32>total);
  else for (let i: u32 = 0; i < <u32>n; i++) memory.copy(d + i * nb, a + STR_DATA, nb);
  return boxPtr(p);
}

/** Finds needle bytes in haystack bytes within [start, end) byte range; returns byte offset or -1. */
export function bytesFind(h: usize, hstart: u32, hend: u32, nd: usize, nn: u32): i32 {
  if (nn == 0) return <i32>hstart;
  if (hend < hstart || hend - hstart < nn) return -1;
  const first = load<u8>(nd);
  const last = hend - nn;
  for (let i = hstart; i <= last; i++) {
    if (load<u8>(h + i) == first && memory.compare(h + i, nd, nn) == 0) return <i32>i;
  }
  return -1;
}

export function bytesRFind(h: usize, hstart: u32, hend: u32, nd: usize, nn: u32): i32 {
  if (hend < hstart || hend - hstart < nn) return -1;
  if (nn == 0) return <i32>hend;
  for (let i = <i32>(hend - nn); i >= <i32>hstart; i--) {
    if (memory.compare(h + i, nd, nn) == 0) return i;
  }
  return -1;
}

/** Code point index of byte offset off. */
export function cpIndexOf(p: u32, off: u32): u32 {
  if (strIsAscii(p)) return off;
  return countCps(p + STR_DATA, off);
}

export function strDecrefPtr(p: u32): void { decref(boxPtr(p)); }
