// Character classes and case mapping. Coverage: ASCII, Latin-1, Latin
// Extended-A, Greek and Cyrillic basic letters, Unicode whitespace, common
// digits/numerics. Other scripts are treated as caseless letters when in
// letter-heavy blocks (CJK, Hangul, ...). Full Unicode tables can come later.

export function isSpaceCp(c: u32): bool {
  if (c < 128) return c == 32 || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
    c == 0x202F || c == 0x205F || c == 0x3000;
}

export function isLineBreak(c: u32): bool {
  return c == 10 || c == 13 || c == 11 || c == 12 || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
}

export function isDecimalCp(c: u32): bool {
  return decimalValue(c) >= 0;
}
export function isDigitCp(c: u32): bool {
  return isDecimalCp(c) || c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0x2070 && c <= 0x2079 && c != 0x2071 && c != 0x2072 && c != 0x2073) ||
    (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468);
}
export function isNumericCp(c: u32): bool {
  return isDigitCp(c) || c == 0xBC || c == 0xBD || c == 0xBE || (c >= 0x2150 && c <= 0x2182) || (c >= 0x4E00 && (c == 0x4E00 || c == 0x4E8C || c == 0x4E09 || c == 0x56DB || c == 0x4E94 || c == 0x516D || c == 0x4E03 || c == 0x516B || c == 0x4E5D || c == 0x5341));
}

// Digraphs DŽ/Dž/dž, LJ/Lj/lj, NJ/Nj/nj, DZ/Dz/dz come in (upper, title, lower) triples.
export function digraphBase(c: u32): u32 {
  if (c >= 0x1C4 && c <= 0x1CC) return 0x1C4 + (c - 0x1C4) / 3 * 3;
  if (c >= 0x1F1 && c <= 0x1F3) return 0x1F1;
  return 0;
}
/** Titlecase letters (category Lt) of the digraph triples; istitle() treats them like uppercase. */
export function isTitleCp(c: u32): bool { const b = digraphBase(c); return b != 0 && c == b + 1; }
/** Titlecase mapping of one code point. */
export function titleCp(c: u32): u32 { const b = digraphBase(c); return b != 0 ? b + 1 : upperCp(c); }

// Latin ligatures U+FB00..U+FB06 map to several letters (SpecialCasing.txt).
@inline export function isLigature(c: u32): bool { return c >= 0xFB00 && c <= 0xFB06; }
/** mode 0 upper, 1 title, 2 casefold. */
// string literals live in static data; an array literal would allocate on the AS heap
export function ligatureCase(c: u32, mode: i32): string {
  switch (c) {
    case 0xFB00: return mode == 0 ? "FF" : mode == 1 ? "Ff" : "ff";
    case 0xFB01: return mode == 0 ? "FI" : mode == 1 ? "Fi" : "fi";
    case 0xFB02: return mode == 0 ? "FL" : mode == 1 ? "Fl" : "fl";
    case 0xFB03: return mode == 0 ? "FFI" : mode == 1 ? "Ffi" : "ffi";
    case 0xFB04: return mode == 0 ? "FFL" : mode == 1 ? "Ffl" : "ffl";
  }
  return mode == 0 ? "ST" : mode == 1 ? "St" : "st";
}

export function isUpperCp(c: u32): bool {
  if (c < 128) return c >= 65 && c <= 90;
  { const b = digraphBase(c); if (b != 0) return c == b; }
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return lowerCp(c) != c;
  if (c >= 0x391 && c <= 0x3AB) return c != 0x3A2;
  if (c >= 0x400 && c <= 0x42F) return true;
  return false;
}
export function isLowerCp(c: u32): bool {
  if (c < 128) return c >= 97 && c <= 122;
  { const b = digraphBase(c); if (b != 0) return c == b + 2; }
  if (isLigature(c)) return true;
  if (c == 0xAA || c == 0xBA || c == 0xB5) return true;
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return upperCp(c) != c || c == 0x138 || c == 0x149;
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

export function isAlphaCp(c: u32): bool {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c < 0x100) return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
  if (c < 0x2B0) return true;                       // Latin Extended A/B, IPA
  if (c >= 0x370 && c <= 0x3FF) return c != 0x375 && c != 0x37E && c != 0x384 && c != 0x385 && c != 0x387;
  if (c >= 0x400 && c <= 0x481) return true;
  if (c >= 0x48A && c <= 0x52F) return true;
  if (c >= 0x5D0 && c <= 0x5EA) return true;          // Hebrew
  if (c >= 0x620 && c <= 0x64A) return true;          // Arabic
  if (c >= 0x3041 && c <= 0x3096) return true;        // Hiragana
  if (c >= 0x30A1 && c <= 0x30FA) return true;        // Katakana
  if (c >= 0x4E00 && c <= 0x9FFF) return true;        // CJK
  if (c >= 0xAC00 && c <= 0xD7A3) return true;        // Hangul
  if (c >= 0x1E00 && c <= 0x1FFF) return true;        // Latin ext additional, Greek ext
  if (isLigature(c)) return true;
  return false;
}

/** Simple lowercase mapping. */
export function lowerCp(c: u32): u32 {
  if (c < 128) return (c >= 65 && c <= 90) ? c + 32 : c;
  { const b = digraphBase(c); if (b != 0) return b + 2; }
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x137) return c | 1;
  if (c == 0x130) return 0x69;
  if (c >= 0x139 && c <= 0x148) return (c & 1) ? c + 1 : c;
  if (c >= 0x14A && c <= 0x177) return c | 1;
  if (c == 0x178) return 0xFF;
  if (c >= 0x179 && c <= 0x17E) return (c & 1) ? c + 1 : c;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

/** Simple uppercase mapping (multi-char results handled by upperSpecial). */
export function upperCp(c: u32): u32 {
  if (c < 128) return (c >= 97 && c <= 122) ? c - 32 : c;
  { const b = digraphBase(c); if (b != 0) return b; }
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0xFF) return 0x178;
  if (c == 0xB5) return 0x39C;
  if (c >= 0x100 && c <= 0x137 && c != 0x130) return c & ~1;
  if (c == 0x131) return 0x49;
  if (c >= 0x139 && c <= 0x148) return (c & 1) ? c : c - 1;
  if (c >= 0x14A && c <= 0x177) return c & ~1;
  if (c >= 0x179 && c <= 0x17E) return (c & 1) ? c : c - 1;
  if (c == 0x17F) return 0x53;
  if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) return c - 32;
  if (c == 0x3C2) return 0x3A3;
  if (c == 0x3AC) return 0x386;
  if (c >= 0x3AD && c <= 0x3AF) return c - 37;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  return c;
}

export function isCasedCp(c: u32): bool { return isUpperCp(c) || isLowerCp(c) || isTitleCp(c); }

export function isIdStart(c: u32): bool { return c == 95 || isAlphaCp(c); }
export function isIdContinue(c: u32): bool { return isIdStart(c) || isDecimalCp(c) || c == 0xB7; }

import { decimalValue } from "./unicode-digits";
