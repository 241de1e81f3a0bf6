// Numeric literal scanning, a transcription of CPython 3.12's rules (including
// which malformed literals are errors and where the error is reported).
// `i` always indexes the current character `c`; CPython reports errors at its
// read cursor, which is `i` after a "backup" and `i + 1` otherwise.

export type NumberFail = (msg: string, at: number, rangeStart?: number) => never;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isPotentialIdentChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 || c >= 128;

/** Scans the literal (`lenient`: the tokenize module's laxer end-of-number checks) starting at `start` (a digit, or '.' followed by a digit); returns its end. */
export function scanNumber(s: string, start: number, fail: NumberFail, lenient = false): number {
  let i = start;
  let c = s.charCodeAt(i);

  // CPython's verify_end_of_number: a letter glued to a number is an error,
  // except the keywords that may legally follow one (`1if x else 2`).
  const verifyEnd = (kind: string): void => {
    const at = (k: number, str: string) => s.startsWith(str, k);
    let keyword = false;
    if (c === 97) keyword = at(i + 1, 'nd');
    else if (c === 101) keyword = at(i + 1, 'lse');
    else if (c === 102) keyword = at(i + 1, 'or');
    else if (c === 105) { const c2 = s.charCodeAt(i + 1); keyword = c2 === 102 || c2 === 110 || c2 === 115; }
    else if (c === 111) keyword = at(i + 1, 'r');
    else if (c === 110) keyword = at(i + 1, 'ot');
    if (!keyword && !lenient && c < 128 && isPotentialIdentChar(c)) fail(`invalid ${kind} literal`, i);
  };
  const decimalTail = (): void => {
    for (;;) {
      do c = s.charCodeAt(++i); while (isDigit(c));
      if (c !== 95) return;
      c = s.charCodeAt(++i);
      if (!isDigit(c)) fail('invalid decimal literal', i);
    }
  };
  const radix = (ok: (c: number) => boolean, name: string, digitErrors: boolean): number => {
    c = s.charCodeAt(++i);
    do {
      if (c === 95) c = s.charCodeAt(++i);
      if (!ok(c)) {
        if (digitErrors && isDigit(c)) fail(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`, i + 1);
        fail(`invalid ${name} literal`, i);
      }
      do c = s.charCodeAt(++i); while (ok(c));
    } while (c === 95);
    if (digitErrors && isDigit(c)) fail(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`, i + 1);
    verifyEnd(name);
    return i;
  };
  const imaginary = (): number => {
    c = s.charCodeAt(++i);
    verifyEnd('imaginary');
    return i;
  };
  // After the integer part: optional exponent, then j or end checks.
  const exponentAndSuffix = (): number => {
    if (c === 101 || c === 69) {
      const ePos = i;
      c = s.charCodeAt(++i);
      if (c === 43 || c === 45) {
        c = s.charCodeAt(++i);
        if (!isDigit(c)) fail('invalid decimal literal', i);
      } else if (!isDigit(c)) {
        // `1e` / `1else`: the number ends before the 'e'.
        i = ePos;
        c = s.charCodeAt(i);
        verifyEnd('decimal');
        return ePos;
      }
      decimalTail();
    }
    if (c === 106 || c === 74) return imaginary();
    verifyEnd('decimal');
    return i;
  };
  const fraction = (): number => {
    // c is the character after '.'
    if (isDigit(c)) decimalTail();
    return exponentAndSuffix();
  };

  if (c === 46) {
    c = s.charCodeAt(++i);
    return fraction();
  }
  if (c === 48) {
    c = s.charCodeAt(++i);
    if (c === 120 || c === 88) return radix(isHex, 'hexadecimal', false);
    if (c === 111 || c === 79) return radix((x) => x >= 48 && x <= 55, 'octal', true);
    if (c === 98 || c === 66) return radix((x) => x === 48 || x === 49, 'binary', true);
    let nonzero = false;
    for (;;) {
      if (c === 95) {
        c = s.charCodeAt(++i);
        if (!isDigit(c)) fail('invalid decimal literal', i);
      }
      if (c !== 48) break;
      c = s.charCodeAt(++i);
    }
    const zerosEnd = i + 1;
    if (isDigit(c)) {
      nonzero = true;
      decimalTail();
    }
    if (c === 46) {
      c = s.charCodeAt(++i);
      return fraction();
    }
    if (c === 101 || c === 69) return exponentAndSuffix();
    if (c === 106 || c === 74) return imaginary();
    if (nonzero && !lenient) {
      fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', zerosEnd, start + 1);
    }
    verifyEnd('decimal');
    return i;
  }
  decimalTail();
  if (c === 46) {
    c = s.charCodeAt(++i);
    return fraction();
  }
  return exponentAndSuffix();
}
