// Python 3.12 tokenizer: source -> Token[], mirroring CPython's C tokenizer
// (Parser/tokenizer.c) — same tokens, positions, and SyntaxError messages.
//
// Notes for the parser:
// - Positions: `line`/`endLine` are 1-based; `col`/`endCol` count code points
//   (python's tokenize module); `byteCol`/`endByteCol` count UTF-8 bytes
//   (ast col_offset). All positions are true source positions.
// - NEWLINE's string is '\n', '\r\n' or '' (file without a final newline);
//   its end column is start + 1 in that last case, like tokenize prints.
// - STRING tokens are the exact source text, prefix and quotes included.
//   Line endings inside them are as in the source ('\r\n' possible): CPython
//   translates them to '\n' before building the value, so the parser must too.
// - F-strings (PEP 701): FSTRING_START ('f"', 'rf"""', ...), then pieces:
//   FSTRING_MIDDLE (literal text), and for each replacement field the OP '{',
//   expression tokens, optional OP '=' / OP '!' NAME / OP ':' followed by the
//   format spec's FSTRING_MIDDLE and nested fields, OP '}'; finally FSTRING_END.
//   FSTRING_MIDDLE.string is the exact source slice [start, end): for a
//   doubled brace the slice stops after the first brace ('a{' for source
//   'a{{') and the next piece starts after the second, exactly as CPython's
//   tokenize prints them. So the literal value of a piece is its string with
//   backslash escapes decoded (unless the f-string is raw), nothing else.
//   Empty FSTRING_MIDDLE tokens occur (e.g. `f"{x:}"`, `f"{x:{w}}"`); they
//   stand for an empty format spec piece and can be dropped.
// - `\N{...}` escapes are kept inside one FSTRING_MIDDLE (never split at '{').
import { PySyntaxError, type SyntaxErrorKind } from './syntax-error.js';
import { decodeSource } from './source-decode.js';
import { isAsciiIdentChar, isAsciiIdentStart, isIdentifierCodePoint, isPrintableCodePoint } from './char-class.js';
import { scanNumber } from './tokenizer-number.js';

export { decodeSource, sourceLines } from './source-decode.js';
export { formatToken } from './token-format.js';
export { normalizeIdentifier } from './char-class.js';

export type TokenType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'NL' | 'INDENT' | 'DEDENT' | 'COMMENT'
  | 'FSTRING_START' | 'FSTRING_MIDDLE' | 'FSTRING_END' | 'ENDMARKER';

export interface Token {
  type: TokenType;
  /** The token's exact source text (see the f-string note above). */
  string: string;
  /** 1-based start line. */
  line: number;
  /** 0-based start column in code points (like python's tokenize module). */
  col: number;
  endLine: number;
  /** 0-based end column in code points. */
  endCol: number;
  /** 0-based start column in UTF-8 bytes (CPython's AST col_offset). */
  byteCol: number;
  /** End column in UTF-8 bytes (AST end_col_offset). */
  endByteCol: number;
  /**
   * Only on multi-line STRING / FSTRING_MIDDLE tokens of non-ASCII text, when
   * it differs from endCol: the end column `python -m tokenize` prints. CPython
   * converts the end byte offset to characters against the token's *first*
   * line, so it is off there; formatToken reproduces it, nothing else should use it.
   */
  tokenizeEndCol?: number;
}

export interface TokenizeOptions {
  /** Also produce COMMENT and NL tokens (default false: the parser's fast path). */
  comments?: boolean;
  /**
   * Accept what CPython's tokenize module accepts but the compiler rejects
   * (`1abc`, `0777`, `a€`, unmatched brackets), to compare with its output.
   */
  lenient?: boolean;
}

export function tokenize(source: Uint8Array | string, filename: string, options?: TokenizeOptions): Token[] {
  const r = tokenizeUntilError(source, filename, options);
  if (r.error) throw r.error;
  return r.tokens;
}

/**
 * Like tokenize(), but a tokenizer error ends the stream instead of being
 * thrown: `tokens` holds every token before the error (no ENDMARKER then).
 * CPython tokenizes lazily, so a parser error found before the tokenizer's
 * (e.g. "f-string: expecting '}', or format specs" before "'{' was never
 * closed" at EOF) is the one reported; a parser can reproduce that by parsing
 * `tokens` and raising `error` only when it runs out of them (and, like
 * CPython, preferring `error` over its own generic "invalid syntax").
 * Decoding errors have no tokens before them.
 */
export function tokenizeUntilError(
  source: Uint8Array | string,
  filename: string,
  options?: TokenizeOptions,
): { tokens: Token[]; error: PySyntaxError | null } {
  let lexer: Lexer;
  try {
    lexer = newLexer(source, filename, options);
  } catch (e) {
    if (e instanceof PySyntaxError) return { tokens: [], error: e };
    throw e;
  }
  try {
    return { tokens: lexer.run(), error: null };
  } catch (e) {
    if (e instanceof PySyntaxError) return { tokens: lexer.tokensSoFar(), error: e };
    throw e;
  }
}

function newLexer(source: Uint8Array | string, filename: string, options?: TokenizeOptions): Lexer {
  const text = decodeSource(source, filename);
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    // `python3 FILE` and compile(str) word this differently.
    const msg = typeof source === 'string' ? 'source code string cannot contain null bytes' : 'source code cannot contain null bytes';
    const line = text.slice(0, nul).split(/\r\n|\r|\n/).length;
    throw new PySyntaxError('SyntaxError', msg, filename, line, -1, null);
  }
  return new Lexer(text, filename, options?.comments ?? false, options?.lenient ?? false);
}

/** State of one f-string being scanned (CPython's tokenizer_mode). */
interface FString {
  quote: number;
  quoteSize: number;
  raw: boolean;
  /** Scanning an expression (regular tokens) rather than literal text. */
  regular: boolean;
  /** Brackets opened inside this f-string (curly_bracket_depth). */
  depth: number;
  /** Bracket depth at which the innermost replacement field began; -1 outside any. */
  exprStart: number;
  /** The field's expression ended (a top-level ':', '!' or '}' was seen): literal text now is a format spec. */
  exprEnded: boolean;
  start: number;
  line: number;
  lineStart: number;
}

const MAX_INDENT = 100;
const MAX_PAREN_LEVEL = 200;
const MAX_FSTRING_LEVEL = 150;
const MAX_EXPR_NESTING = 3;

/** Length of the operator starting with c, c2, c3: 3 or 2 for CPython's multi-character tokens, else 1. */
function operatorLength(c: number, c2: number, c3: number): number {
  switch (c) {
    case 42: case 47: case 60: case 62: // * / < >: doubled forms, optionally augmented
      if (c2 === c) return c3 === 61 ? 3 : 2;
      if (c2 === 61 || (c === 60 && c2 === 62)) return 2; // *= /= <= >= <>
      return 1;
    case 45: // - -> -=
      return c2 === 62 || c2 === 61 ? 2 : 1;
    case 33: case 37: case 38: case 43: case 58: case 61: case 64: case 94: case 124: // ! % & + : = @ ^ |
      return c2 === 61 ? 2 : 1;
    default:
      return 1;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;

class Lexer {
  private readonly src: string;
  private readonly n: number;
  /** Index of the '\n' appended to a source lacking a final newline, else -1. */
  private readonly virtualNl: number;
  private readonly ascii: boolean;
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly out: Token[] = [];
  private readonly indents = [0];
  /** Indentation measured with tab size 1, for CPython's tab consistency check. */
  private readonly altIndents = [0];
  private readonly parens: number[] = [];
  private readonly parenLines: number[] = [];
  private readonly parenLineStarts: number[] = [];
  private readonly parenPos: number[] = [];
  private readonly fstrings: FString[] = [];
  private atBol = true;
  private blank = false;
  // Incremental code point / byte column cache for non-ASCII sources.
  private mLineStart = -1;
  private mIdx = 0;
  private mCp = 0;
  private mBytes = 0;

  constructor(text: string, private readonly filename: string, private readonly keepComments: boolean, private readonly lenient: boolean) {
    const last = text.charCodeAt(text.length - 1);
    // Like CPython, a last line without a newline gets an implicit one.
    this.virtualNl = text.length > 0 && last !== 10 && last !== 13 ? text.length : -1;
    this.src = this.virtualNl >= 0 ? text + '\n' : text;
    this.n = this.src.length;
    this.ascii = !/[^\x00-\x7f]/.test(text);
  }

  tokensSoFar(): Token[] {
    return this.out;
  }

  run(): Token[] {
    for (;;) {
      const fs = this.fstrings.length > 0 ? this.fstrings[this.fstrings.length - 1] : null;
      if (fs !== null && !fs.regular) this.fstringStep(fs);
      else if (this.regularStep(fs)) return this.out;
    }
  }

  // ---- positions -------------------------------------------------------

  /** Code point and byte counts of src[lineStart, idx) into mCp / mBytes. */
  private measure(lineStart: number, idx: number): void {
    if (lineStart !== this.mLineStart || idx < this.mIdx) {
      this.mLineStart = lineStart;
      this.mIdx = lineStart;
      this.mCp = 0;
      this.mBytes = 0;
    }
    const s = this.src;
    let i = this.mIdx, cp = this.mCp, b = this.mBytes;
    while (i < idx) {
      const c = s.charCodeAt(i++);
      cp++;
      if (c < 0x80) b += 1;
      else if (c < 0x800) b += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i < idx) { b += 4; i++; }
      else b += 3;
    }
    this.mIdx = i;
    this.mCp = cp;
    this.mBytes = b;
  }

  private cpCol(lineStart: number, idx: number): number {
    if (this.ascii) return idx - lineStart;
    this.measure(lineStart, idx);
    return this.mCp;
  }

  /** Emits a token ending at `end` on the current line (this.line / this.lineStart). */
  private emit(type: Token['type'], start: number, line: number, lineStart: number, end: number, str?: string): void {
    let col: number, byteCol: number, endCol: number, endByteCol: number;
    if (this.ascii) {
      col = byteCol = start - lineStart;
      endCol = endByteCol = end - this.lineStart;
    } else {
      this.measure(lineStart, start);
      col = this.mCp;
      byteCol = this.mBytes;
      this.measure(this.lineStart, end);
      endCol = this.mCp;
      endByteCol = this.mBytes;
    }
    const string = str ?? this.src.slice(start, end);
    const token: Token = { type, string, line, col, endLine: this.line, endCol, byteCol, endByteCol };
    if (!this.ascii && line !== this.line && (type === 'STRING' || type === 'FSTRING_MIDDLE')) {
      const quirk = this.charsInFirstBytes(lineStart, endByteCol);
      if (quirk !== endCol) token.tokenizeEndCol = quirk;
    }
    this.out.push(token);
  }

  /** Characters in the UTF-8 decoding (with replacement) of the first `bytes` bytes from `from`. */
  private charsInFirstBytes(from: number, bytes: number): number {
    const s = this.src;
    let b = 0, chars = 0;
    for (let i = from; b < bytes && i < this.n; i++) {
      const c = s.charCodeAt(i);
      let w = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      if (c >= 0xd800 && c <= 0xdbff) { w = 4; i++; }
      b += w;
      chars++; // a character cut by the limit still decodes to one U+FFFD
    }
    return chars;
  }

  /** Length of the line terminator at i (0 if none). */
  private nlLen(i: number): number {
    const c = this.src.charCodeAt(i);
    if (c === 10) return 1;
    if (c === 13) return this.src.charCodeAt(i + 1) === 10 ? 2 : 1;
    return 0;
  }

  // ---- errors ----------------------------------------------------------

  private lineText(lineStart: number): string {
    let e = lineStart;
    while (e < this.n && this.nlLen(e) === 0) e++;
    return this.src.slice(lineStart, e) + (e < this.n && e !== this.virtualNl ? '\n' : '');
  }

  /** CPython reports tokenizer errors at its read cursor: offset = characters before `idx` on the line. */
  private fail(msg: string, idx: number, line = this.line, lineStart = this.lineStart, kind: SyntaxErrorKind = 'SyntaxError', rangeStart?: number): never {
    const offset = this.cpCol(lineStart, idx);
    const startOffset = rangeStart === undefined ? offset : this.cpCol(lineStart, rangeStart);
    throw new PySyntaxError(kind, msg, this.filename, line, startOffset, this.lineText(lineStart), line, offset);
  }

  /** Errors reported with the cursor at the end of the whole line (IndentationError/TabError). */
  private failLine(kind: SyntaxErrorKind, msg: string): never {
    let e = this.lineStart;
    while (e < this.n && this.nlLen(e) === 0) e++;
    this.fail(msg, e + (e < this.n ? 1 : 0), this.line, this.lineStart, kind);
  }

  private newLine(at: number): void {
    this.line++;
    this.lineStart = at;
  }

  // ---- regular mode ----------------------------------------------------

  /** Indentation at the beginning of a logical-or-physical line: emits INDENT/DEDENT. */
  private indentation(): void {
    const s = this.src;
    let col = 0, alt = 0, contCol = 0;
    let p = this.pos;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c === 32) { col++; alt++; p++; }
      else if (c === 9) { col = ((col >> 3) + 1) << 3; alt++; p++; }
      else if (c === 12) { col = alt = 0; p++; }
      else if (c === 92) {
        // Indentation can't continue over a backslash; the first one fixes it.
        contCol = contCol || col;
        p = this.continuation(p);
      } else break;
    }
    this.pos = p;
    const c = s.charCodeAt(p);
    this.blank = c === 35 || c === 10 || c === 13;
    if (this.blank || this.parens.length > 0 || p >= this.n) return;
    if (contCol) col = alt = contCol;
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (alt !== this.altIndents[top]) this.tabError();
    } else if (col > this.indents[top]) {
      if (top + 1 >= MAX_INDENT) this.failLine('IndentationError', 'too many levels of indentation');
      if (alt <= this.altIndents[top]) this.tabError();
      this.indents.push(col);
      this.altIndents.push(alt);
      this.emit('INDENT', this.lineStart, this.line, this.lineStart, p);
    } else {
      let dedents = 0;
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        dedents++;
      }
      if (col !== this.indents[this.indents.length - 1]) {
        this.failLine('IndentationError', 'unindent does not match any outer indentation level');
      }
      if (alt !== this.altIndents[this.altIndents.length - 1]) this.tabError();
      for (let k = 0; k < dedents; k++) this.emit('DEDENT', p, this.line, this.lineStart, p, '');
    }
  }

  private tabError(): never {
    // CPython reports this one without a column (offset 1).
    this.fail('inconsistent use of tabs and spaces in indentation', this.lineStart + 1, this.line, this.lineStart, 'TabError');
  }

  /** `\` at p must end the line; returns the index after the newline. */
  private continuation(p: number): number {
    const nl = this.nlLen(p + 1);
    if (nl === 0) this.fail('unexpected character after line continuation character', p + 2);
    const next = p + 1 + nl;
    if (next >= this.n) {
      this.fail('unexpected EOF while parsing', p + 2);
    }
    this.newLine(next);
    return next;
  }

  /** One token (or one construct) in regular mode; true once ENDMARKER is emitted. */
  private regularStep(fs: FString | null): boolean {
    if (this.atBol) {
      this.atBol = false;
      this.indentation();
    }
    const s = this.src;
    let p = this.pos;
    let c = s.charCodeAt(p);
    while (c === 32 || c === 9 || c === 12) c = s.charCodeAt(++p);
    const start = p;

    if (p >= this.n) return this.endOfFile();

    // Comment: up to the end of the line; the newline is handled next.
    if (c === 35) {
      let e = p + 1;
      while (e < this.n) {
        const d = s.charCodeAt(e);
        if (d === 10 || d === 13) break;
        e++;
      }
      if (this.keepComments) this.emit('COMMENT', start, this.line, this.lineStart, e);
      this.pos = e;
      return false;
    }

    // Identifiers and string prefixes (the most frequent tokens).
    if (isAsciiIdentStart(c) || c >= 128) {
      if (c < 128) {
        const q = this.stringPrefixEnd(p);
        if (q > 0) {
          const lower = s.charCodeAt(p) | 0x20;
          const second = s.charCodeAt(p + 1) | 0x20;
          if (lower === 102 || (q - p === 2 && second === 102)) this.fstringStart(start, q);
          else this.string(start, q, fs);
          return false;
        }
      }
      let e = p;
      let nonAscii = false;
      for (;;) {
        const d = s.charCodeAt(e);
        if (d < 128) {
          if (!isAsciiIdentChar(d)) break;
        } else nonAscii = true;
        e++;
      }
      if (nonAscii && !this.lenient) this.verifyIdentifier(start, e);
      this.emit('NAME', start, this.line, this.lineStart, e);
      this.pos = e;
      return false;
    }

    // Newline: NEWLINE ends a logical line; NL is a blank line or one inside brackets.
    if (c === 10 || c === 13) {
      const len = this.nlLen(p);
      const virtual = p === this.virtualNl;
      const type = this.blank || this.parens.length > 0 ? 'NL' : 'NEWLINE';
      if (type === 'NEWLINE' || this.keepComments) {
        const str = virtual ? '' : len === 1 ? (c === 10 ? '\n' : '\r') : '\r\n';
        this.emitNewline(type, p, virtual ? 1 : len, str);
      }
      this.pos = p + len;
      this.newLine(this.pos);
      this.atBol = true;
      return false;
    }

    if (c === 46) {
      const c2 = s.charCodeAt(p + 1);
      if (isDigit(c2)) return this.number(start);
      const e = c2 === 46 && s.charCodeAt(p + 2) === 46 ? p + 3 : p + 1;
      this.emit('OP', start, this.line, this.lineStart, e);
      this.pos = e;
      return false;
    }
    if (isDigit(c)) return this.number(start);

    if (c === 39 || c === 34) {
      this.string(start, p, fs);
      return false;
    }

    if (c === 92) {
      this.pos = this.continuation(p);
      return false;
    }

    // Inside a replacement field, a top-level ':' starts the format spec.
    if (fs !== null && fs.exprStart >= 0 && (c === 58 || c === 125 || c === 33 || c === 123)) {
      const cursor = fs.depth - (c !== 123 ? 1 : 0);
      if (cursor === 0) fs.exprEnded = c !== 123;
      if (c === 58 && cursor === fs.exprStart) {
        fs.regular = false;
        this.emit('OP', start, this.line, this.lineStart, p + 1);
        this.pos = p + 1;
        return false;
      }
    }

    // Operators: longest match among CPython's 3-, 2- and 1-character tokens.
    const opLen = operatorLength(c, s.charCodeAt(p + 1), s.charCodeAt(p + 2));
    if (opLen > 1) {
      this.emit('OP', start, this.line, this.lineStart, p + opLen);
      this.pos = p + opLen;
      return false;
    }

    if (c === 40 || c === 91 || c === 123) {
      if (this.parens.length >= MAX_PAREN_LEVEL) this.fail('too many nested parentheses', p + 1);
      this.parens.push(c);
      this.parenLines.push(this.line);
      this.parenLineStarts.push(this.lineStart);
      this.parenPos.push(p);
      if (fs !== null) fs.depth++;
    } else if (c === 41 || c === 93 || c === 125) {
      this.closeBracket(c, p, fs);
    } else if (c < 32 || c === 127) {
      const hex = c.toString(16).toUpperCase().padStart(4, '0');
      this.fail(`invalid non-printable character U+${hex}`, p + 1);
    }
    this.emit('OP', start, this.line, this.lineStart, p + 1);
    this.pos = p + 1;
    return false;
  }

  private closeBracket(c: number, p: number, fs: FString | null): void {
    const ch = String.fromCharCode(c);
    if (fs !== null && fs.depth === 0 && c === 125) this.fail("f-string: single '}' is not allowed", p + 1);
    if (this.parens.length === 0) {
      if (this.lenient) return;
      this.fail(`unmatched '${ch}'`, p + 1);
    }
    const opening = this.parens.pop()!;
    const openLine = this.parenLines.pop()!;
    this.parenLineStarts.pop();
    this.parenPos.pop();
    if (!this.lenient && !((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === 123 && c === 125))) {
      const open = String.fromCharCode(opening);
      if (fs !== null && opening === 123 && fs.depth - 1 === fs.exprStart) {
        this.fail(`f-string: unmatched '${ch}'`, p + 1);
      }
      const where = openLine !== this.line ? ` on line ${openLine}` : '';
      this.fail(`closing parenthesis '${ch}' does not match opening parenthesis '${open}'${where}`, p + 1);
    }
    if (fs !== null) {
      fs.depth--;
      if (c === 125 && fs.depth === fs.exprStart) {
        fs.exprStart--;
        fs.regular = false;
      }
    }
  }

  private emitNewline(type: 'NEWLINE' | 'NL', p: number, width: number, str: string): void {
    this.emit(type, p, this.line, this.lineStart, p, str);
    const t = this.out[this.out.length - 1];
    t.endCol += width;
    t.endByteCol += width;
  }

  private endOfFile(): boolean {
    if (this.parens.length > 0) {
      const k = this.parens.length - 1;
      const ls = this.parenLineStarts[k];
      const at = this.parenPos[k];
      this.fail(`'${String.fromCharCode(this.parens[k])}' was never closed`, at + 1, this.parenLines[k], ls);
    }
    // Trailing DEDENTs and ENDMARKER sit on the line after the last one, column 0.
    const p = this.n;
    while (this.indents.length > 1) {
      this.indents.pop();
      this.altIndents.pop();
      this.emit('DEDENT', p, this.line, p, p, '');
    }
    this.emit('ENDMARKER', p, this.line, p, p, '');
    return true;
  }

  private number(start: number): boolean {
    const e = scanNumber(this.src, start, (msg, at, rangeStart) => this.fail(msg, at, this.line, this.lineStart, 'SyntaxError', rangeStart), this.lenient);
    this.emit('NUMBER', start, this.line, this.lineStart, e);
    this.pos = e;
    return false;
  }

  /** If a string prefix (b, r, u, f and legal combinations) starting at p is followed by a quote, the quote's index; else 0. */
  private stringPrefixEnd(p: number): number {
    const s = this.src;
    let b = false, r = false, u = false, f = false;
    for (let i = p; i < p + 3; i++) {
      const c = s.charCodeAt(i) | 0x20;
      if (c === 98 && !(b || u || f)) b = true;
      else if (c === 117 && !(b || u || r || f)) u = true;
      else if (c === 114 && !(r || u)) r = true;
      else if (c === 102 && !(f || b || u)) f = true;
      else return 0;
      const q = s.charCodeAt(i + 1);
      if (q === 39 || q === 34) return i + 1;
    }
    return 0;
  }

  private verifyIdentifier(start: number, end: number): void {
    const s = this.src;
    let first = true;
    for (let i = start; i < end;) {
      const cp = s.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      if (!isIdentifierCodePoint(cp, first)) {
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        const msg = isPrintableCodePoint(cp)
          ? `invalid character '${String.fromCodePoint(cp)}' (U+${hex})`
          : `invalid non-printable character U+${hex}`;
        this.fail(msg, i + w);
      }
      first = false;
      i += w;
    }
  }

  /** A plain (non-f) string literal whose opening quote is at q. */
  private string(start: number, q: number, fs: FString | null): void {
    const s = this.src;
    const quote = s.charCodeAt(q);
    const line = this.line, lineStart = this.lineStart;
    let size = 1;
    let i = q + 1;
    if (s.charCodeAt(i) === quote) {
      if (s.charCodeAt(i + 1) === quote) {
        size = 3;
        i += 2;
      } else {
        this.emit('STRING', start, line, lineStart, i + 1);
        this.pos = i + 1;
        return;
      }
    }
    for (;;) {
      if (i >= this.n) this.unterminatedString(start, line, lineStart, quote, size, fs, this.line - 1);
      const c = s.charCodeAt(i);
      if (c === quote) {
        if (size === 1) { i++; break; }
        if (s.charCodeAt(i + 1) === quote && s.charCodeAt(i + 2) === quote) { i += 3; break; }
        i++;
      } else if (c === 10 || c === 13) {
        if (size === 1) this.unterminatedString(start, line, lineStart, quote, size, fs, this.line);
        i += this.nlLen(i);
        this.newLine(i);
      } else if (c === 92) {
        const nl = this.nlLen(i + 1);
        if (nl > 0) {
          i += 1 + nl;
          this.newLine(i);
        } else i += 2;
      } else i++;
    }
    this.emit('STRING', start, line, lineStart, i);
    this.pos = i;
  }

  private unterminatedString(start: number, line: number, lineStart: number, quote: number, size: number, fs: FString | null, detected: number): never {
    if (fs !== null && fs.quote === quote && fs.quoteSize === size) {
      this.fail("f-string: expecting '}'", start + 1, line, lineStart);
    }
    const what = size === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
    this.fail(`${what} (detected at line ${detected})`, start + 1, line, lineStart);
  }

  // ---- f-strings -------------------------------------------------------

  private fstringStart(start: number, q: number): void {
    const s = this.src;
    const quote = s.charCodeAt(q);
    const size = s.charCodeAt(q + 1) === quote && s.charCodeAt(q + 2) === quote ? 3 : 1;
    const end = q + size;
    if (this.fstrings.length + 1 >= MAX_FSTRING_LEVEL) this.fail('too many nested f-strings', end);
    this.emit('FSTRING_START', start, this.line, this.lineStart, end);
    let raw = false;
    for (let i = start; i < q; i++) if ((s.charCodeAt(i) | 0x20) === 114) raw = true;
    this.fstrings.push({
      quote, quoteSize: size, raw, regular: false, depth: 0, exprStart: -1, exprEnded: false,
      start, line: this.line, lineStart: this.lineStart,
    });
    this.pos = end;
  }

  /** Literal text of an f-string (or its format spec), or its end. */
  private fstringStep(fs: FString): void {
    const s = this.src;
    const start = this.pos;
    const line = this.line, lineStart = this.lineStart;
    const quote = fs.quote, size = fs.quoteSize;
    let c = s.charCodeAt(start);

    if (c === 123 && s.charCodeAt(start + 1) !== 123) {
      this.enterExpression(fs, start);
      return;
    }
    if (c === quote && (size === 1 || (s.charCodeAt(start + 1) === quote && s.charCodeAt(start + 2) === quote))) {
      this.emit('FSTRING_END', start, line, lineStart, start + size);
      this.pos = start + size;
      this.fstrings.pop();
      return;
    }

    const inSpec = fs.exprEnded && fs.exprStart >= 0;
    let i = start;
    let endQuotes = 0;
    let unicodeEscape = false;
    const middle = (end: number, next: number) => {
      this.emit('FSTRING_MIDDLE', start, line, lineStart, end);
      this.pos = next;
    };
    while (endQuotes !== size) {
      c = s.charCodeAt(i);
      const isNl = c === 10 || c === 13;
      if (i >= this.n || (size === 1 && isNl)) {
        if (inSpec && isNl) {
          fs.regular = true;
          return middle(i, i);
        }
        const detected = i >= this.n ? this.line - 1 : this.line;
        const what = size === 3 ? 'unterminated triple-quoted f-string literal' : 'unterminated f-string literal';
        this.fail(`${what} (detected at line ${detected})`, fs.start + 1, fs.line, fs.lineStart);
      }
      if (isNl) {
        i += this.nlLen(i);
        this.newLine(i);
        endQuotes = 0;
        continue;
      }
      i++;
      if (c === quote) {
        endQuotes++;
        continue;
      }
      endQuotes = 0;
      if (c === 123) {
        if (s.charCodeAt(i) !== 123 || inSpec) {
          // A replacement field starts: emit the text before it.
          this.enterExpression(fs, i - 1);
          return middle(i - 1, i - 1);
        }
        return middle(i, i + 1); // '{{': the text keeps one brace
      }
      if (c === 125) {
        if (unicodeEscape) return middle(i, i);
        if (s.charCodeAt(i) === 125 && !inSpec) return middle(i, i + 1);
        fs.regular = true; // a lone '}' (end of a format spec, or an error found in regular mode)
        return middle(i - 1, i - 1);
      }
      if (c === 92) {
        const peek = s.charCodeAt(i);
        if (peek === 123 || peek === 125) continue; // the brace is handled by the loop
        if (peek === 10 || peek === 13) {
          i += this.nlLen(i);
          this.newLine(i);
          continue;
        }
        i++;
        if (!fs.raw && peek === 78 && s.charCodeAt(i) === 123) {
          unicodeEscape = true;
          i++;
        }
      }
    }
    i -= size;
    middle(i, i);
  }

  /** Switch to regular mode for a replacement field whose '{' is at p. */
  private enterExpression(fs: FString, p: number): void {
    fs.exprStart++;
    if (fs.exprStart >= MAX_EXPR_NESTING) this.fail('f-string: expressions nested too deeply', p);
    fs.regular = true;
    this.pos = p;
  }
}
