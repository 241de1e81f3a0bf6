// `python3 -m tokenize FILE` line format: "%-20s%-15s%-15r" of
// "L,C-L,C:", the token name and repr(string).
import type { Token } from './tokenizer.js';
import { reprStr } from './py-repr.js';

/** Pad to `width` code points, like Python's `%-Ns`. */
function ljust(s: string, width: number): string {
  let len = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) len++; // count a surrogate pair once
  }
  return len >= width ? s : s + ' '.repeat(width - len);
}

export function formatToken(t: Token): string {
  const range = `${t.line},${t.col}-${t.endLine},${t.tokenizeEndCol ?? t.endCol}:`;
  return ljust(range, 20) + ljust(t.type, 15) + ljust(reprStr(t.string), 15);
}
