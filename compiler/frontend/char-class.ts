// Unicode character classes the tokenizer needs. ASCII is decided with plain
// comparisons by the callers; these regex-backed tests only run on non-ASCII
// code points, which are rare in real source.

const XID_START = /^\p{XID_Start}$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
// CPython's str.isprintable() is false for "Other" (Cc Cf Cs Co Cn) and
// "Separator" (Zl Zp Zs) categories, except the ASCII space.
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

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

export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

/** Identifiers are compared after NFKC normalization (PEP 3131); ASCII is already normal. */
export function normalizeIdentifier(name: string): string {
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) >= 128) return name.normalize('NFKC');
  }
  return name;
}
