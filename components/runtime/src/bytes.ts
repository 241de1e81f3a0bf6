// bytes: 8 len u32 | 12 unused | 16 hash i64 (-1 = unset) | 24 data
import { objNew } from "./object";
import { T_BYTES } from "./types";
import { boxPtr } from "./value";
import { sbByte, sbLit } from "./strbuf";

export const BYTES_DATA: u32 = 24;
@inline export function bytesLen(p: u32): u32 { return load<u32>(p, 8); }
@inline export function bytesData(p: u32): u32 { return p + 24; }

export function bytesAlloc(n: u32): u32 {
  const p = objNew(T_BYTES, 24 + n);
  store<u32>(p, n, 8);
  store<u32>(p, 0, 12);
  store<i64>(p, -1, 16);
  return p;
}

export function bytesFrom(src: usize, n: u32): u64 {
  const p = bytesAlloc(n);
  memory.copy(p + 24, src, n);
  return boxPtr(p);
}

export function bytesCmp(a: u32, b: u32): i32 {
  const na = bytesLen(a), nb = bytesLen(b);
  const n = na < nb ? na : nb;
  const c = memory.compare(a + 24, b + 24, n);
  if (c != 0) return c < 0 ? -1 : 1;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

export function bytesConcat(a: u32, b: u32): u64 {
  const na = bytesLen(a), nb = bytesLen(b);
  const p = bytesAlloc(na + nb);
  memory.copy(p + 24, a + 24, na);
  memory.copy(p + 24 + na, b + 24, nb);
  return boxPtr(p);
}

export function bytesReprInto(sb: u32, p: u32): void {
  const d = p + 24;
  const n = bytesLen(p);
  let hasSq = false, hasDq = false;
  for (let i: u32 = 0; i < n; i++) {
    const b = load<u8>(d + i);
    if (b == 39) hasSq = true; else if (b == 34) hasDq = true;
  }
  const q: u32 = hasSq && !hasDq ? 34 : 39;
  sbByte(sb, 98);
  sbByte(sb, q);
  const HEXD = "0123456789abcdef";
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(d + i);
    if (c == q || c == 92) { sbByte(sb, 92); sbByte(sb, c); }
    else if (c == 9) sbLit(sb, "\\t");
    else if (c == 10) sbLit(sb, "\\n");
    else if (c == 13) sbLit(sb, "\\r");
    else if (c < 0x20 || c >= 0x7F) {
      sbLit(sb, "\\x");
      sbByte(sb, <u32>HEXD.charCodeAt(c >> 4));
      sbByte(sb, <u32>HEXD.charCodeAt(c & 15));
    } else sbByte(sb, c);
  }
  sbByte(sb, q);
}
