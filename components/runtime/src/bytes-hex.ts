// bytes.hex([sep[, bytes_per_sep]]) and the classmethod bytes.fromhex(s).
import { ERROR, ptrOf, boxPtr, isSmallInt, intOf } from "./value";
import { kindOf } from "./types";
import * as K from "./kinds";
import { raiseLit, raiseSb, raiseTypeMsg } from "./errors";
import * as X from "./exceptions";
import { STR_DATA, strBytes, strCps, sbFinish } from "./str";
import { sbNew, sbByte, sbFree, sbLit, sbI64, sbData, sbLen } from "./strbuf";
import { bytesLen, bytesData, bytesFrom } from "./bytes";

const HEXD = "0123456789abcdef";

export function bytesHex(self: u64, argv: usize, nargs: u32): u64 {
  if (nargs > 2) return raiseLit(X.E_TypeError, "hex() takes at most 2 arguments");
  const p = ptrOf(self), n = bytesLen(p), d = bytesData(p);
  let sep: u32 = 0;
  let group: i64 = 1;
  if (nargs >= 1) {
    const s = load<u64>(argv);
    const k = kindOf(s);
    if (k == K.K_STR) {
      if (strCps(ptrOf(s)) != 1) return raiseLit(X.E_ValueError, "sep must be length 1.");
      sep = load<u8>(ptrOf(s) + STR_DATA);
      if (sep >= 128) return raiseLit(X.E_ValueError, "sep must be ASCII.");
    } else if (k == K.K_BYTES) {
      if (bytesLen(ptrOf(s)) != 1) return raiseLit(X.E_ValueError, "sep must be length 1.");
      sep = load<u8>(bytesData(ptrOf(s)));
    } else return raiseLit(X.E_TypeError, "sep must be str or bytes.");
    if (nargs == 2) {
      const g = load<u64>(argv, 8);
      if (!isSmallInt(g)) return raiseTypeMsg("", g, " object cannot be interpreted as an integer");
      group = intOf(g);
    }
  }
  const sb = sbNew(n * 3 + 1);
  const ag: u32 = <u32>(group < 0 ? -group : group);
  for (let i: u32 = 0; i < n; i++) {
    // positive groups count from the right, negative from the left
    if (sep != 0 && i > 0 && ag > 0) {
      const boundary = group > 0 ? (n - i) % ag == 0 : i % ag == 0;
      if (boundary) sbByte(sb, sep);
    }
    const c = <u32>load<u8>(d + i);
    sbByte(sb, <u32>HEXD.charCodeAt(c >> 4)); sbByte(sb, <u32>HEXD.charCodeAt(c & 15));
  }
  return sbFinish(sb);
}

@inline function hexv(c: u32): i32 {
  if (c >= 48 && c <= 57) return <i32>c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return <i32>l - 87;
  return -1;
}

export function bytesFromHex(s: u64): u64 {
  if (kindOf(s) != K.K_STR) return raiseTypeMsg("fromhex() argument must be str, not ", s, "");
  const p = ptrOf(s), n = strBytes(p), d = p + STR_DATA;
  const out = sbNew(n / 2 + 1);
  let i: u32 = 0;
  while (i < n) {
    const c = <u32>load<u8>(d + i);
    if (c == 32 || (c >= 9 && c <= 13)) { i++; continue; }
    const hi = hexv(c);
    const lo = i + 1 < n ? hexv(load<u8>(d + i + 1)) : -1;
    if (hi < 0 || lo < 0) {
      const at = hi < 0 ? i : i + 1;
      sbFree(out);
      const sb = sbNew();
      sbLit(sb, "non-hexadecimal number found in fromhex() arg at position "); sbI64(sb, at);
      return raiseSb(X.E_ValueError, sb);
    }
    sbByte(out, <u32>(hi * 16 + lo));
    i += 2;
  }
  const r = bytesFrom(sbData(out), sbLen(out));
  sbFree(out);
  return r;
}
