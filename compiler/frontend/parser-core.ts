// Parser state shared by the expression, statement, pattern and string
// modules: the token array (with interned "kinds" for fast dispatch), the
// cursor, position helpers and error raising.
import { PySyntaxError, type SyntaxErrorKind } from './syntax-error.js';
import type { Token } from './tokenizer.js';

/** Loose node type used inside the parser; the public result is typed `Module`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type N = any;

const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];
const OPERATORS = [
  '(', ')', '[', ']', '{', '}', ':', ',', ';', '+', '-', '*', '/', '|', '&', '<', '>', '=', '.', '%', '==', '!=', '<=',
  '>=', '~', '^', '<<', '>>', '**', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '**=', '//', '//=',
  '@', '@=', '->', '...', ':=', '!',
];
const TYPES = ['NAME', 'NUMBER', 'STRING', 'OP', 'NEWLINE', 'INDENT', 'DEDENT', 'FSTRING_START', 'FSTRING_MIDDLE', 'FSTRING_END', 'ENDMARKER'];

// Map raw strings to the literal (interned) strings above so that kind
// comparisons are pointer comparisons in V8.
const KEYWORD_KIND = new Map<string, string>(KEYWORDS.map((k) => [k, k]));
const OP_KIND = new Map<string, string>(OPERATORS.map((k) => [k, k]));
const TYPE_KIND = new Map<string, string>(TYPES.map((k) => [k, k]));

export const LOAD = { _type: 'Load' };
export const STORE = { _type: 'Store' };
export const DEL = { _type: 'Del' };

export class Parser {
  readonly toks: Token[];
  readonly kinds: string[];
  i = 0;
  /** Nesting of (), [], {} around the cursor, for "forgot a comma" hints. */
  depth = 0;

  constructor(
    tokens: Token[],
    readonly filename: string,
    readonly lines: string[],
  ) {
    const toks: Token[] = [];
    const kinds: string[] = [];
    for (const t of tokens) {
      const type = t.type as string;
      if (type === 'NL' || type === 'COMMENT') continue;
      let kind: string;
      if (type === 'NAME') kind = KEYWORD_KIND.get(t.string) ?? 'NAME';
      else if (type === 'OP') kind = OP_KIND.get(t.string) ?? t.string;
      else kind = TYPE_KIND.get(type) ?? type;
      toks.push(t);
      kinds.push(kind);
    }
    this.toks = toks;
    this.kinds = kinds;
  }

  /** Kind of the current token (a method, so TypeScript does not narrow it across calls). */
  k(): string {
    return this.kinds[this.i];
  }
  get tok(): Token {
    return this.toks[this.i];
  }
  peekKind(k = 1): string {
    return this.kinds[Math.min(this.i + k, this.kinds.length - 1)];
  }
  /** True and advance when the current kind is `k`. */
  eat(k: string): boolean {
    if (this.kinds[this.i] === k) {
      this.i++;
      return true;
    }
    return false;
  }
  expect(k: string, msg?: string): Token {
    if (this.kinds[this.i] !== k) {
      if (msg) this.errorAtTok(msg);
      this.fail();
    }
    return this.toks[this.i++];
  }
  isSoft(name: string): boolean {
    return this.kinds[this.i] === 'NAME' && this.toks[this.i].string === name;
  }

  /** Set a node's span from token `start` to the last consumed token. */
  fin(node: N, start: number): N {
    const s = this.toks[start];
    const e = this.toks[this.i - 1];
    node.lineno = s.line;
    node.col_offset = s.byteCol;
    node.end_lineno = e.endLine;
    node.end_col_offset = e.endByteCol;
    return node;
  }
  /** Span from an existing node's start to the last consumed token. */
  finFrom(node: N, from: N): N {
    const e = this.toks[this.i - 1];
    node.lineno = from.lineno;
    node.col_offset = from.col_offset;
    node.end_lineno = e.endLine;
    node.end_col_offset = e.endByteCol;
    return node;
  }
  /** Span of a single token. */
  finTok(node: N, t: Token): N {
    node.lineno = t.line;
    node.col_offset = t.byteCol;
    node.end_lineno = t.endLine;
    node.end_col_offset = t.endByteCol;
    return node;
  }

  // ---- errors ----

  /** Convert a UTF-8 byte column on `line` into a 1-based character offset. */
  charOffset(line: number, byteCol: number): number {
    const text = this.lines[line - 1] ?? '';
    let bytes = 0;
    let chars = 0;
    for (const ch of text) {
      if (bytes >= byteCol) break;
      const c = ch.codePointAt(0)!;
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      chars++;
    }
    return chars + 1;
  }
  lineText(line: number): string | null {
    const t = this.lines[line - 1];
    return t === undefined ? null : t;
  }
  raise(msg: string, line: number, byteCol: number, endLine = line, endByteCol = byteCol + 1, kind: SyntaxErrorKind = 'SyntaxError'): never {
    const off = this.charOffset(line, byteCol);
    const endOff = this.charOffset(endLine, endByteCol);
    throw new PySyntaxError(kind, msg, this.filename, line, off, this.lineText(line), endLine, endOff);
  }
  errorAtTok(msg: string, t: Token = this.tok): never {
    this.raise(msg, t.line, t.byteCol, t.endLine, t.endByteCol);
  }
  errorAtNode(msg: string, n: N, end: N = n): never {
    this.raise(msg, n.lineno, n.col_offset, end.end_lineno, end.end_col_offset);
  }
  errorAtPrevEnd(msg: string): never {
    const t = this.toks[Math.max(0, this.i - 1)];
    this.raise(msg, t.endLine, t.endByteCol, t.endLine, t.endByteCol + 1);
  }
  /** Generic "invalid syntax" at the current token. */
  fail(): never {
    const t = this.tok;
    const k = this.kinds[this.i];
    if (k === 'INDENT') {
      const n = this.toks[this.i + 1] ?? t;
      this.raise('unexpected indent', n.line, n.byteCol, n.line, n.byteCol, 'IndentationError');
    }
    if (k === 'DEDENT') this.raise('unindent does not match any outer indentation level', t.line, t.byteCol, t.line, t.byteCol, 'IndentationError');
    if (k === 'ENDMARKER' || (k === 'NEWLINE' && t.string === '')) {
      this.raise('invalid syntax', t.line, t.byteCol);
    }
    this.errorAtTok('invalid syntax', t);
  }
}
