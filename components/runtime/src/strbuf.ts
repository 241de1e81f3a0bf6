// Growable UTF-8 byte buffer on our heap, used to build str/bytes results.
// Layout: 0 data ptr u32 | 4 len u32 | 8 cap u32.
import { rawAlloc, rawFree, rawRealloc } from "./alloc";

export function sbNew(cap: u32 = 32): u32 {
  const sb = <u32>rawAlloc(12);
  if (cap < 16) cap = 16;
  store<u32>(sb, <u32>rawAlloc(cap));
  store<u32>(sb, 0, 4);
  store<u32>(sb, cap, 8);
  return sb;
}

@inline export function sbData(sb: u32): u32 { return load<u32>(sb); }
@inline export function sbLen(sb: u32): u32 { return load<u32>(sb, 4); }
@inline export function sbSetLen(sb: u32, n: u32): void { store<u32>(sb, n, 4); }

export function sbReserve(sb: u32, extra: u32): u32 {
  const len = load<u32>(sb, 4);
  const cap = load<u32>(sb, 8);
  const need = len + extra;
  if (need > cap) {
    let nc = cap * 2;
    if (nc < need) nc = need;
    store<u32>(sb, <u32>rawRealloc(load<u32>(sb), len, nc));
    store<u32>(sb, nc, 8);
  }
  return load<u32>(sb) + len;
}

export function sbByte(sb: u32, b: u32): void {
  const len = load<u32>(sb, 4);
  if (len < load<u32>(sb, 8)) {
    store<u8>(load<u32>(sb) + len, <u8>b);
    store<u32>(sb, len + 1, 4);
    return;
  }
  const p = sbReserve(sb, 1);
  store<u8>(p, <u8>b);
  store<u32>(sb, len + 1, 4);
}

export function sbBytes(sb: u32, src: usize, n: u32): void {
  const p = sbReserve(sb, n);
  memory.copy(p, src, n);
  store<u32>(sb, load<u32>(sb, 4) + n, 4);
}

export function sbRepeat(sb: u32, b: u32, n: i32): void {
  if (n <= 0) return;
  const p = sbReserve(sb, <u32>n);
  memory.fill(p, <u8>b, <u32>n);
  store<u32>(sb, load<u32>(sb, 4) + <u32>n, 4);
}

/** Appends a code point as UTF-8. */
export function sbCp(sb: u32, c: u32): void {
  if (c < 0x80) { sbByte(sb, c); return; }
  if (c < 0x800) { sbByte(sb, 0xC0 | (c >> 6)); sbByte(sb, 0x80 | (c & 63)); return; }
  if (c < 0x10000) {
    sbByte(sb, 0xE0 | (c >> 12)); sbByte(sb, 0x80 | ((c >> 6) & 63)); sbByte(sb, 0x80 | (c & 63));
    return;
  }
  sbByte(sb, 0xF0 | (c >> 18)); sbByte(sb, 0x80 | ((c >> 12) & 63));
  sbByte(sb, 0x80 | ((c >> 6) & 63)); sbByte(sb, 0x80 | (c & 63));
}

/** Appends an AssemblyScript string literal (UTF-16) as UTF-8. */
export function sbLit(sb: u32, s: string): void {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = <u32>s.charCodeAt(i);
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < n) {
      const d = <u32>s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d < 0xE000) { c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00); i++; }
    }
    sbCp(sb, c);
  }
}

export function sbI64(sb: u32, v: i64): void {
  if (v < 0) {
    sbByte(sb, 45);
    if (v == i64.MIN_VALUE) { sbLit(sb, "9223372036854775808"); return; }
    v = -v;
  }
  sbU64(sb, <u64>v);
}

export function sbU64(sb: u32, v: u64): void {
  const tmp = memory.data(24);
  let i: i32 = 24;
  do { i--; store<u8>(tmp + i, <u8>(48 + v % 10)); v /= 10; } while (v != 0);
  sbBytes(sb, tmp + i, 24 - i);
}

export function sbFree(sb: u32): void {
  rawFree(load<u32>(sb));
  rawFree(sb);
}
