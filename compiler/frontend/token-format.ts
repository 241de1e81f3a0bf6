// `python3 -m tokenize FILE` line format: "%-20s%-15s%-15r" of
// "L,C-L,C:", the token name and repr(string).
import type { Token } from './tokenizer.js';
import { isPrintableCodePoint } from './char-class.js';

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/** Python's repr() of a str. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (isPrintableCodePoint(cp)) out += ch;
    else if (cp < 0x100) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

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
  return ljust(range, 20) + ljust(t.type, 15) + ljust(pyRepr(t.string), 15);
}
