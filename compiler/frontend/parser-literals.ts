// Decoding of literal tokens: numbers and the body of string/bytes literals
// (prefixes, quotes and escape sequences), matching CPython's rules.
import { PyComplex } from './constants.js';
import { lookupUnicodeName } from './unicode-names.js';

/** NUMBER token text -> bigint | number | PyComplex. */
export function parseNumber(text: string): bigint | number | PyComplex {
  const s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) return new PyComplex(0, Number(s.slice(0, -1))); // j J
  if (s.length > 1 && s[0] === '0') {
    const c = s[1];
    if (c === 'x' || c === 'X' || c === 'o' || c === 'O' || c === 'b' || c === 'B') return BigInt(s);
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return Number(s); // . e E
  }
  return s.length < 16 ? BigInt(Number(s)) : BigInt(s);
}

export interface StringPrefix {
  raw: boolean;
  bytes: boolean;
  unicode: boolean;
  fstring: boolean;
  /** Length of prefix + opening quote(s). */
  open: number;
  quoteLen: number;
}

export function splitPrefix(tok: string): StringPrefix {
  let raw = false, bytes = false, unicode = false, fstring = false;
  let i = 0;
  for (; i < tok.length; i++) {
    const c = tok[i];
    if (c === '"' || c === "'") break;
    if (c === 'r' || c === 'R') raw = true;
    else if (c === 'b' || c === 'B') bytes = true;
    else if (c === 'u' || c === 'U') unicode = true;
    else if (c === 'f' || c === 'F') fstring = true;
  }
  const q = tok[i];
  const quoteLen = tok[i + 1] === q && tok[i + 2] === q && tok.length - i >= 6 ? 3 : 1;
  return { raw, bytes, unicode, fstring, open: i + quoteLen, quoteLen };
}

export class EscapeError extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

function isOct(c: number): boolean {
  return c >= 48 && c <= 55;
}
function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Set when an escape produced a surrogate code point (see decodeStrCodePoints). */
export const escapeFlags = { surrogate: false };

/** Decode backslash escapes of a (non-raw) str literal body. */
export function decodeStrEscapes(body: string): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  decodeInto(body, (s) => (out += s), (cp) => {
    if (cp >= 0xd800 && cp <= 0xdfff) escapeFlags.surrogate = true;
    out += String.fromCodePoint(cp);
  });
  return out;
}

/**
 * Exact code points of a str literal body. Needed when escapes produce
 * surrogates: '\ud834\udd20' is two code points in Python but would become
 * one astral character in a JS string.
 */
export function decodeStrCodePoints(body: string, raw: boolean): number[] {
  const out: number[] = [];
  const lit = (s: string) => {
    for (const ch of s) out.push(ch.codePointAt(0)!);
  };
  if (raw) lit(body);
  else decodeInto(body, lit, (cp) => out.push(cp));
  return out;
}

function decodeInto(body: string, lit: (s: string) => void, code: (cp: number) => void): void {
  let i = 0;
  const n = body.length;
  while (i < n) {
    const j = body.indexOf('\\', i);
    if (j < 0) {
      lit(body.slice(i));
      break;
    }
    if (j > i) lit(body.slice(i, j));
    i = j + 1;
    if (i >= n) {
      lit('\\');
      break;
    }
    const c = body[i++];
    switch (c) {
      case '\n': break;
      case '\\': lit('\\'); break;
      case "'": lit("'"); break;
      case '"': lit('"'); break;
      case 'a': lit('\x07'); break;
      case 'b': lit('\b'); break;
      case 'f': lit('\f'); break;
      case 'n': lit('\n'); break;
      case 'r': lit('\r'); break;
      case 't': lit('\t'); break;
      case 'v': lit('\v'); break;
      case 'x': case 'u': case 'U': {
        const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
        let v = 0;
        for (let k = 0; k < len; k++) {
          const h = i + k < n ? hexVal(body.charCodeAt(i + k)) : -1;
          if (h < 0) throw new EscapeError(`can't decode bytes in position ${j}-${i + k - 1}: truncated \\${c}${'X'.repeat(len)} escape`);
          v = v * 16 + h;
        }
        if (v > 0x10ffff) throw new EscapeError(`can't decode bytes in position ${j}-${i + len - 1}: illegal Unicode character`);
        i += len;
        code(v);
        break;
      }
      case 'N': {
        const close = body[i] === '{' ? body.indexOf('}', i) : -1;
        const cp = close > i + 1 ? lookupUnicodeName(body.slice(i + 1, close)) : undefined;
        if (cp === undefined) {
          const endPos = close >= 0 ? close : n - 1;
          throw new EscapeError(`can't decode bytes in position ${j}-${endPos}: ${close < 0 || close === i + 1 ? 'malformed \\N character escape' : 'unknown Unicode character name'}`);
        }
        code(cp);
        i = close + 1;
        break;
      }
      default:
        if (isOct(c.charCodeAt(0))) {
          let v = c.charCodeAt(0) - 48;
          for (let k = 0; k < 2 && i < n && isOct(body.charCodeAt(i)); k++) v = v * 8 + body.charCodeAt(i++) - 48;
          code(v);
        } else {
          lit('\\' + c); // invalid escapes stay as written (a DeprecationWarning in CPython)
        }
    }
  }
}

/** Decode a bytes literal body (raw or not) into bytes. */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  for (let i = 0; i < n; ) {
    const ch = body.charCodeAt(i++);
    if (ch >= 0x80) throw new EscapeError('bytes can only contain ASCII literal characters');
    if (ch !== 92 || raw) {
      out.push(ch);
      continue;
    }
    if (i >= n) {
      out.push(92);
      break;
    }
    const c = body[i++];
    switch (c) {
      case '\n': break;
      case '\\': out.push(92); break;
      case "'": out.push(39); break;
      case '"': out.push(34); break;
      case 'a': out.push(7); break;
      case 'b': out.push(8); break;
      case 'f': out.push(12); break;
      case 'n': out.push(10); break;
      case 'r': out.push(13); break;
      case 't': out.push(9); break;
      case 'v': out.push(11); break;
      case 'x': {
        const h1 = i < n ? hexVal(body.charCodeAt(i)) : -1;
        const h2 = i + 1 < n ? hexVal(body.charCodeAt(i + 1)) : -1;
        if (h1 < 0 || h2 < 0) throw new EscapeError(`invalid \\x escape at position ${i - 2}`);
        out.push(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        if (isOct(c.charCodeAt(0))) {
          let v = c.charCodeAt(0) - 48;
          for (let k = 0; k < 2 && i < n && isOct(body.charCodeAt(i)); k++) v = v * 8 + body.charCodeAt(i++) - 48;
          out.push(v & 0xff);
        } else {
          out.push(92, c.charCodeAt(0));
        }
    }
  }
  return Uint8Array.from(out);
}
