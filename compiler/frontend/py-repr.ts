// Python repr() of the constant values that appear in an AST, byte-for-byte
// like CPython 3.12: str (quote choice, escapes, str.isprintable rules),
// bytes, int, float (shortest round-trip, Python's exponent layout), complex.
import { ELLIPSIS, PyComplex, type PyConstant } from './constants.js';

import { isPrintableCodePoint } from './char-class.js';

const PLAIN_ASCII = /^[\x20-\x5b\x5d-\x7e]*$/; // printable ASCII without backslash

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/**
 * repr(str). `codePoints`, when given, is the exact Python value for strings a
 * JS string cannot hold (escaped surrogates that would otherwise pair up).
 */
export function reprStr(s: string, codePoints?: readonly number[]): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  if (!codePoints && PLAIN_ASCII.test(s) && !(s.includes("'") && s.includes('"'))) return quote + s + quote;
  let out = quote;
  const cps = codePoints ?? Array.from(s, (ch) => ch.codePointAt(0)!);
  for (const c of cps) {
    const ch = String.fromCodePoint(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f) out += ch;
    else if (!isPrintableCodePoint(c)) {
      if (c <= 0xff) out += '\\x' + hex(c, 2);
      else if (c <= 0xffff) out += '\\u' + hex(c, 4);
      else out += '\\U' + hex(c, 8);
    } else out += ch;
  }
  return out + quote;
}

export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === 92) out += '\\\\';
    else if (String.fromCharCode(c) === quote) out += '\\' + quote;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** repr(float): shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16. */
export function reprFloat(x: number, forceDot = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (forceDot ? '.0' : '');
  const e = x.toExponential(); // shortest digits, e.g. "1.2345e+2"
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? '');
  const exp = parseInt(m[4], 10);
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${ae < 10 ? '0' + ae : ae}`;
  }
  let s: string;
  if (exp < 0) s = '0.' + '0'.repeat(-exp - 1) + digits;
  else if (digits.length <= exp + 1) s = digits + '0'.repeat(exp + 1 - digits.length) + (forceDot ? '.0' : '');
  else s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  return sign + s;
}

export function reprComplex(c: PyComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return reprFloat(c.imag, false) + 'j';
  const im = reprFloat(c.imag, false);
  const sign = im.startsWith('-') ? '' : '+';
  return `(${reprFloat(c.real, false)}${sign}${im}j)`;
}

export function reprConstant(v: PyConstant, codePoints?: readonly number[]): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === ELLIPSIS) return 'Ellipsis';
  switch (typeof v) {
    case 'string': return reprStr(v, codePoints);
    case 'bigint': return v.toString();
    case 'number': return reprFloat(v);
  }
  if (v instanceof Uint8Array) return reprBytes(v);
  if (v instanceof PyComplex) return reprComplex(v);
  throw new Error(`no repr for ${String(v)}`);
}
