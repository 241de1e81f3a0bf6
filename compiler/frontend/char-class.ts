// Unicode character classes the tokenizer and repr() need. ASCII is decided
// with plain comparisons; the identifier tests use JS regexes only for
// non-ASCII code points, which are rare in real source.
import { NON_PRINTABLE_RANGES } from './unicode-nonprintable.js';

const XID_START = /^\p{XID_Start}$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;

export function isAsciiIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

export function isAsciiIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Python's `str.isidentifier()` rule for one code point (first or later position). */
export function isIdentifierCodePoint(cp: number, first: boolean): boolean {
  if (cp < 128) return first ? isAsciiIdentStart(cp) : isAsciiIdentChar(cp);
  const ch = String.fromCodePoint(cp);
  return first ? XID_START.test(ch) : XID_CONTINUE.test(ch);
}

/**
 * str.isprintable() for one code point, from CPython 3.12's own Unicode 15.0
 * table (JS \p{} classes follow a newer Unicode and disagree on new letters).
 */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127;
  const r = NON_PRINTABLE_RANGES;
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return false;
  }
  return true;
}

/** Identifiers are compared after NFKC normalization (PEP 3131); ASCII is already normal. */
export function normalizeIdentifier(name: string): string {
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) >= 128) return name.normalize('NFKC');
  }
  return name;
}
