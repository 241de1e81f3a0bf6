// Identifier normalization: CPython NFKC-normalizes non-ASCII identifiers.
export function normalizeName(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) return s.normalize('NFKC');
  }
  return s;
}
