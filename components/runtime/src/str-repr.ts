// repr(str) exactly like CPython: quote choice, escapes, printable test.
import { sbByte, sbBytes, sbCp, sbLit } from "./strbuf";
import { strBytes, strData, decodeAt, decLen } from "./str";

const HEX = "0123456789abcdef";

/** Approximation of Py_UNICODE_ISPRINTABLE: covers Latin-1, general
 *  punctuation/format characters, surrogates, private use, specials. */
export function isPrintableCp(c: u32): bool {
  if (c < 0x20 || c == 0x7F) return false;
  if (c < 0x7F) return true;
  if (c < 0xA0) return false;          // C1 controls
  if (c == 0xA0 || c == 0xAD) return false; // NBSP (Zs), soft hyphen (Cf)
  if (c < 0x300) return true;
  if (c == 0x1680 || (c >= 0x2000 && c <= 0x200F)) return false;
  if (c >= 0x2028 && c <= 0x202F) return false;
  if (c >= 0x205F && c <= 0x206F) return false;
  if (c == 0x3000 || c == 0xFEFF) return false;
  if (c >= 0xD7FC && c <= 0xF8FF) return false; // unassigned, surrogates, private use
  if (c >= 0xFFF0 && c <= 0xFFFB) return false;
  if (c == 0xFFFE || c == 0xFFFF) return false;
  if (c >= 0xE0000 && c <= 0xE007F) return false; // tags
  if (c >= 0xF0000) return false;       // private use planes
  if (c > 0x10FFFF) return false;
  return true;
}

function hexDigits(sb: u32, c: u32, n: i32): void {
  for (let i = n - 1; i >= 0; i--) sbByte(sb, <u32>HEX.charCodeAt((c >> (<u32>i * 4)) & 15));
}

export function escapeCp(sb: u32, c: u32, quote: u32, asciiOnly: bool): void {
  if (c == quote || c == 92) { sbByte(sb, 92); sbByte(sb, c); return; }
  if (c == 9) { sbLit(sb, "\\t"); return; }
  if (c == 10) { sbLit(sb, "\\n"); return; }
  if (c == 13) { sbLit(sb, "\\r"); return; }
  if (c >= 0x20 && c < 0x7F) { sbByte(sb, c); return; }
  if (c < 0x80 || (!asciiOnly && !isPrintableCp(c)) || asciiOnly) {
    if (c < 0x100) { sbLit(sb, "\\x"); hexDigits(sb, c, 2); return; }
    if (c < 0x10000) { sbLit(sb, "\\u"); hexDigits(sb, c, 4); return; }
    sbLit(sb, "\\U"); hexDigits(sb, c, 8); return;
  }
  sbCp(sb, c);
}

export function strReprInto(sb: u32, p: u32, asciiOnly: bool): void {
  const d = strData(p);
  const n = strBytes(p);
  let hasSq = false, hasDq = false;
  for (let i: u32 = 0; i < n; i++) {
    const b = load<u8>(d + i);
    if (b == 39) hasSq = true; else if (b == 34) hasDq = true;
  }
  const q: u32 = hasSq && !hasDq ? 34 : 39;
  sbByte(sb, q);
  let i: u32 = 0;
  while (i < n) {
    const b = <u32>load<u8>(d + i);
    if (b >= 0x20 && b < 0x7F && b != q && b != 92) {
      // run of plain ASCII
      let j = i + 1;
      while (j < n) {
        const x = <u32>load<u8>(d + j);
        if (x < 0x20 || x >= 0x7F || x == q || x == 92) break;
        j++;
      }
      sbBytes(sb, d + i, j - i);
      i = j;
      continue;
    }
    const c = decodeAt(d + i);
    i += decLen;
    escapeCp(sb, c, q, asciiOnly);
  }
  sbByte(sb, q);
}
