// String atoms: implicit concatenation of str/bytes/f-string tokens into one
// Constant or JoinedStr, and PEP 701 f-string replacement fields.
import type { Token } from './tokenizer.js';
import type { N, Parser } from './parser-core.js';
import { decodeBytes, decodeStrCodePoints, decodeStrEscapes, escapeFlags, EscapeError, splitPrefix } from './parser-literals.js';
import { parseStarExpressions, parseYieldExpr } from './parser-expressions.js';

/** A literal piece with its span, before adjacent pieces are merged. */
interface Piece {
  value: string;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
  /** From a u-prefixed token: a merged Constant starting here gets kind='u'. */
  u?: boolean;
}

function escapeError(p: Parser, t: Token, err: unknown, bytes: boolean): never {
  if (err instanceof EscapeError) {
    const msg = err.detail.startsWith('bytes can only')
      ? err.detail
      : `(${bytes ? 'value' : 'unicode'} error) ${bytes ? '' : "'unicodeescape' codec "}${err.detail}`;
    p.errorAtTok(msg, t);
  }
  throw err;
}

export function parseStrings(p: Parser): N {
  const s = p.i;
  const first = p.tok;
  let sawBytes = false;
  let sawStr = false;
  let sawF = false;
  const pieces: Array<Piece | N> = [];
  let byteChunks: Uint8Array[] | null = null;
  let text = '';
  // Bodies of plain str pieces, kept to recover exact code points when an
  // escape produced a surrogate (rare).
  const bodies: Array<[string, boolean]> = [];
  escapeFlags.surrogate = false;
  for (;;) {
    const k = p.k();
    if (k === 'STRING') {
      const t = p.toks[p.i++];
      const pre = splitPrefix(t.string);
      let body = t.string.slice(pre.open, t.string.length - pre.quoteLen);
      if (body.indexOf('\r') >= 0) body = body.replace(/\r\n?/g, '\n'); // CPython reads source with universal newlines
      if (pre.bytes) {
        sawBytes = true;
        let b: Uint8Array;
        try {
          b = decodeBytes(body, pre.raw);
        } catch (e) {
          escapeError(p, t, e, true);
        }
        (byteChunks ??= []).push(b);
      } else {
        sawStr = true;
        let v: string;
        try {
          v = pre.raw ? body : decodeStrEscapes(body);
        } catch (e) {
          escapeError(p, t, e, false);
        }
        text += v;
        bodies.push([body, pre.raw]);
        pieces.push({ value: v, lineno: t.line, col: t.byteCol, endLineno: t.endLine, endCol: t.endByteCol, u: t.string[0] === 'u' });
      }
    } else if (k === 'FSTRING_START') {
      sawF = true;
      sawStr = true;
      parseFString(p, pieces);
    } else {
      break;
    }
  }
  if (sawBytes && sawStr) p.errorAtTok('cannot mix bytes and nonbytes literals', first);
  if (sawBytes) {
    const chunks = byteChunks!;
    let value: Uint8Array;
    if (chunks.length === 1) value = chunks[0];
    else {
      let n = 0;
      for (const c of chunks) n += c.length;
      value = new Uint8Array(n);
      let o = 0;
      for (const c of chunks) {
        value.set(c, o);
        o += c.length;
      }
    }
    return p.fin({ _type: 'Constant', value, kind: null }, s);
  }
  if (!sawF) {
    const u = first.string[0] === 'u';
    const node = p.fin({ _type: 'Constant', value: text, kind: u ? 'u' : null }, s);
    if (escapeFlags.surrogate) {
      const cps = bodies.flatMap(([b, raw]) => decodeStrCodePoints(b, raw));
      // Only needed when the JS string merged escaped surrogates into pairs.
      if (cps.length !== Array.from(text).length) node._codePoints = cps;
    }
    return node;
  }
  return p.fin({ _type: 'JoinedStr', values: mergePieces(pieces) }, s);
}

/** Merge adjacent literal pieces into Constants, dropping empty ones (CPython's concatenation rules). */
function mergePieces(pieces: Array<Piece | N>): N[] {
  const out: N[] = [];
  let run: N = null;
  for (const pc of pieces) {
    if (pc._type === undefined) {
      const piece = pc as Piece;
      if (piece.value === '') continue;
      if (run) {
        run.value += piece.value;
        run.end_lineno = piece.endLineno;
        run.end_col_offset = piece.endCol;
      } else {
        run = { _type: 'Constant', value: piece.value, kind: piece.u ? 'u' : null, lineno: piece.lineno, col_offset: piece.col, end_lineno: piece.endLineno, end_col_offset: piece.endCol };
        out.push(run);
      }
    } else {
      run = null;
      out.push(pc);
    }
  }
  return out;
}

/** Literal text of an FSTRING_MIDDLE, spanning from the previous token's end to the next token's start. */
function middlePiece(p: Parser, raw: boolean): Piece {
  const t = p.toks[p.i];
  const prev = p.toks[p.i - 1];
  const next = p.toks[p.i + 1];
  p.i++;
  let value: string;
  const text = t.string.indexOf('\r') >= 0 ? t.string.replace(/\r\n?/g, '\n') : t.string;
  try {
    value = raw ? text : decodeStrEscapes(text);
  } catch (e) {
    escapeError(p, t, e, false);
  }
  return { value, lineno: prev.endLine, col: prev.endByteCol, endLineno: next.line, endCol: next.byteCol };
}

function parseFString(p: Parser, pieces: Array<Piece | N>): void {
  const start = p.toks[p.i++];
  const raw = splitPrefix(start.string).raw;
  for (;;) {
    const k = p.k();
    if (k === 'FSTRING_MIDDLE') pieces.push(middlePiece(p, raw));
    else if (k === '{') {
      const f = parseReplacementField(p, raw);
      if (Array.isArray(f)) pieces.push(...f);
      else pieces.push(f);
    } else if (k === 'FSTRING_END') {
      p.i++;
      return;
    } else p.fail();
  }
}

const CONVERSIONS: Record<string, number> = { s: 115, r: 114, a: 97 };

function parseReplacementField(p: Parser, raw: boolean): N {
  const s = p.i;
  const open = p.toks[p.i++];
  p.depth++;
  if (p.k() === '}') p.errorAtTok("f-string: valid expression required before '}'");
  if (p.k() === '!' || p.k() === ':' || p.k() === '=') p.errorAtTok(`f-string: valid expression required before '${p.k()}'`);
  if (p.k() === 'lambda') p.errorAtTok('f-string: lambda expressions are not allowed without parentheses');
  const value = p.k() === 'yield' ? parseYieldExpr(p) : parseStarExpressions(p);
  let debug: Piece | null = null;
  if (p.k() === '=') {
    p.i++;
    const next = p.tok;
    debug = {
      value: stripComments(sourceText(p, open.endLine, open.endCol, next.line, next.col)),
      lineno: open.endLine, col: open.endByteCol, endLineno: next.line, endCol: next.byteCol,
    };
  }
  let conversion = -1;
  if (p.k() === '!') {
    const bang = p.toks[p.i++];
    const t = p.tok;
    if (p.k() !== 'NAME' || t.line !== bang.endLine || t.byteCol !== bang.endByteCol) {
      p.errorAtTok("f-string: missing conversion character", t);
    }
    const c = CONVERSIONS[t.string];
    if (c === undefined) p.errorAtTok(`f-string: invalid conversion character '${t.string}': expected 's', 'r', or 'a'`, t);
    conversion = c;
    p.i++;
  }
  let format_spec: N = null;
  if (p.k() === ':') format_spec = parseFormatSpec(p, raw);
  if (p.k() !== '}') {
    if (p.k() === 'FSTRING_END' || p.k() === 'NEWLINE' || p.k() === 'ENDMARKER') p.errorAtTok("f-string: expecting '}'");
    p.errorAtTok("f-string: expecting '}'");
  }
  p.i++;
  p.depth--;
  if (debug && conversion === -1 && format_spec === null) conversion = 114;
  const fv = p.fin({ _type: 'FormattedValue', value, conversion, format_spec }, s);
  return debug ? [debug, fv] : fv;
}

function parseFormatSpec(p: Parser, raw: boolean): N {
  const colon = p.toks[p.i++];
  const items: Array<Piece | N> = [];
  let lastWasMiddle = false;
  for (;;) {
    if (p.k() === 'FSTRING_MIDDLE') {
      items.push(middlePiece(p, raw));
      lastWasMiddle = true;
    } else if (p.k() === '{') {
      items.push(parseReplacementField(p, raw));
      lastWasMiddle = false;
    } else break;
  }
  const close = p.tok;
  // CPython's tokenizer emits an empty FSTRING_MIDDLE before a spec's closing
  // brace when no literal text precedes it; mirror that if ours did not.
  if (!lastWasMiddle) items.push({ value: '', lineno: close.line, col: close.byteCol, endLineno: close.line, endCol: close.byteCol });
  const values: N[] = [];
  for (const it of flatten(items)) {
    if (it._type === undefined) {
      const pc = it as Piece;
      values.push({ _type: 'Constant', value: pc.value, kind: null, lineno: pc.lineno, col_offset: pc.col, end_lineno: pc.endLineno, end_col_offset: pc.endCol });
    } else values.push(it);
  }
  const only = values.length === 1 && values[0]._type === 'Constant' && values[0].value === '';
  return {
    _type: 'JoinedStr', values: only ? [] : values,
    lineno: colon.line, col_offset: colon.byteCol, end_lineno: close.line, end_col_offset: close.byteCol,
  };
}

function flatten(items: Array<Piece | N>): Array<Piece | N> {
  const out: Array<Piece | N> = [];
  for (const it of items) {
    if (Array.isArray(it)) out.push(...it);
    else out.push(it);
  }
  return out;
}

/** Source text between two (line, code-point column) positions. */
function sourceText(p: Parser, l1: number, c1: number, l2: number, c2: number): string {
  const cpSlice = (line: string, a: number, b?: number) => {
    if (!/[\ud800-\udfff]/.test(line)) return line.slice(a, b);
    return Array.from(line).slice(a, b).join('');
  };
  let out: string;
  if (l1 === l2) out = cpSlice(p.lines[l1 - 1] ?? '', c1, c2);
  else {
    // sourceLines() strips line terminators; CPython's text has '\n'.
    out = cpSlice(p.lines[l1 - 1] ?? '', c1) + '\n';
    for (let l = l1 + 1; l < l2; l++) out += (p.lines[l - 1] ?? '') + '\n';
    out += cpSlice(p.lines[l2 - 1] ?? '', 0, c2);
  }
  return out.indexOf('\r') >= 0 ? out.replace(/\r\n?/g, '\n') : out;
}


/** CPython drops `#` comments from the text of a multi-line `=` debug expression. */
function stripComments(text: string): string {
  if (text.indexOf('#') < 0) return text;
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (text.startsWith(quote, i)) {
        out += quote.slice(1);
        i += quote.length - 1;
        quote = '';
      }
    } else if (c === '#') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else {
      if (c === '"' || c === "'") quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      if (quote.length === 3) {
        out += quote;
        i += 2;
        continue;
      }
      out += c;
    }
  }
  return out;
}
