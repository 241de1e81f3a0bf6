// Source bytes -> text, following PEP 263 like CPython: a UTF-8 BOM, or a
// `coding[:=]name` comment on line 1 or 2 (line 2 only when line 1 is blank or
// a comment), else UTF-8. Failures raise PySyntaxError with CPython's wording.
import { PySyntaxError } from './syntax-error.js';

/** CPython's get_normal_name(): canonical spelling of the two codecs it special-cases. */
function normalEncodingName(name: string): string {
  const s = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (s === 'utf-8' || s.startsWith('utf-8-')) return 'utf-8';
  for (const latin of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (s === latin || s.startsWith(latin + '-')) return 'iso-8859-1';
  }
  return name;
}

/** Returns the raw line [start, end) without its terminator, and where the next line starts. */
function rawLine(bytes: Uint8Array, start: number): { end: number; next: number } {
  let i = start;
  while (i < bytes.length && bytes[i] !== 10 && bytes[i] !== 13) i++;
  let next = i;
  if (next < bytes.length) next += bytes[next] === 13 && bytes[next + 1] === 10 ? 2 : 1;
  return { end: i, next };
}

const isNameByte = (b: number) =>
  (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b === 45 || b === 95 || b === 46;

/** The coding cookie of one line, `null` if none; `blank` tells whether line 2 may still hold one. */
function codingSpec(bytes: Uint8Array, start: number, end: number): { name: string | null; blank: boolean } {
  let i = start;
  while (i < end && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 12)) i++;
  if (i === end) return { name: null, blank: true };
  if (bytes[i] !== 35 /* # */) return { name: null, blank: false };
  for (let j = i + 1; j + 6 < end + 1; j++) {
    if (bytes[j] === 99 && String.fromCharCode(...bytes.subarray(j, j + 6)) === 'coding' && (bytes[j + 6] === 58 || bytes[j + 6] === 61)) {
      let k = j + 7;
      while (k < end && (bytes[k] === 32 || bytes[k] === 9)) k++;
      const s = k;
      while (k < end && isNameByte(bytes[k])) k++;
      if (k > s) return { name: String.fromCharCode(...bytes.subarray(s, k)), blank: true };
    }
  }
  return { name: null, blank: true };
}

function lineOf(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

/** First malformed UTF-8 sequence: its index and Python's reason (`end` bounds the decoded chunk). */
function utf8Problem(bytes: Uint8Array, from: number, end: number): { index: number; reason: string } | null {
  let i = from;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return { index: i, reason: 'invalid start byte' };
    for (let k = 1; k <= need; k++) {
      if (i + k >= end) return { index: i, reason: 'unexpected end of data' };
      const c = bytes[i + k];
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return { index: i, reason: 'invalid continuation byte' };
    }
    i += need + 1;
  }
  return null;
}

function utf8Error(bytes: Uint8Array, filename: string, declared: boolean): PySyntaxError {
  if (!declared) {
    // What `python3 FILE` says (compile() of bytes words it differently).
    const bad = utf8Problem(bytes, 0, bytes.length)!.index;
    const line = lineOf(bytes, bad);
    const byte = bytes[bad].toString(16).padStart(2, '0');
    const msg = `Non-UTF-8 code starting with '\\x${byte}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`;
    return PySyntaxError.bare(msg, filename, line);
  }
  // CPython reports the error while decoding the token holding the bad byte,
  // so positions are relative to that run of identifier-like / non-ASCII bytes.
  const whole = utf8Problem(bytes, 0, bytes.length)!;
  const tokenish = (b: number) => b >= 0x80 || isNameByte(b) && b !== 45 && b !== 46;
  let s = whole.index;
  while (s > 0 && tokenish(bytes[s - 1])) s--;
  let e = whole.index;
  while (e < bytes.length && tokenish(bytes[e])) e++;
  const p = utf8Problem(bytes, s, e) ?? whole;
  const byte = bytes[p.index].toString(16).padStart(2, '0');
  const msg = `(unicode error) 'utf-8' codec can't decode byte 0x${byte} in position ${p.index - s}: ${p.reason}`;
  return new PySyntaxError('SyntaxError', msg, filename, lineOf(bytes, whole.index), 1, null);
}

function decodeWith(bytes: Uint8Array, encoding: string, filename: string, declared: boolean): string {
  if (encoding === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw utf8Error(bytes, filename, declared);
    }
  }
  if (encoding === 'iso-8859-1' || encoding === 'ascii' || encoding === 'us-ascii') {
    // WHATWG maps these labels to windows-1252; Python means the real thing.
    let out = '';
    for (let i = 0; i < bytes.length; i += 8192) {
      const chunk = bytes.subarray(i, i + 8192);
      if (encoding !== 'iso-8859-1') {
        const bad = chunk.findIndex((b) => b >= 0x80);
        // `python3 FILE` reports any failure of a declared codec this way.
        if (bad >= 0) throw PySyntaxError.bare(`encoding problem: ${encoding}`, filename, 0);
      }
      out += String.fromCharCode(...chunk);
    }
    return out;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    // `python3 FILE` wording (compile() of bytes says "unknown encoding: X").
    throw PySyntaxError.bare(`encoding problem: ${encoding}`, filename, 0);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw PySyntaxError.bare(`encoding problem: ${encoding}`, filename, 0);
  }
}

interface SourceEncoding {
  /** Lower-cased codec name, e.g. 'utf-8', 'iso-8859-1', 'cp1252'. */
  encoding: string;
  bom: boolean;
  declared: boolean;
  /** The bytes after any UTF-8 BOM. */
  body: Uint8Array;
}

/** PEP 263: a UTF-8 BOM, or a coding cookie on line 1 (or line 2 after a blank/comment line 1). */
function detectEncoding(source: Uint8Array, filename: string): SourceEncoding {
  let bytes = source;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) bytes = bytes.subarray(3);
  const l1 = rawLine(bytes, 0);
  let spec = codingSpec(bytes, 0, l1.end);
  if (spec.name === null && spec.blank && l1.next < bytes.length) {
    const l2 = rawLine(bytes, l1.next);
    spec = codingSpec(bytes, l1.next, l2.end);
  }
  let encoding = 'utf-8';
  if (spec.name !== null) {
    encoding = normalEncodingName(spec.name);
    if (bom && encoding !== 'utf-8') {
      throw PySyntaxError.bare(`encoding problem: ${encoding} with BOM`, filename, 0);
    }
  }
  return { encoding: encoding.toLowerCase(), bom, declared: spec.name !== null || bom, body: bytes };
}

export function decodeSource(source: Uint8Array | string, filename: string): string {
  if (typeof source === 'string') return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const enc = detectEncoding(source, filename);
  const text = decodeWith(enc.body, enc.encoding, filename, enc.declared);
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    // `python3 FILE` wording; it shows the line up to the NUL (compile() of a
    // str says "source code string ..." and is checked by the tokenizer).
    const before = text.slice(0, nul);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    const line = sourceLines(before).length;
    throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename, line, -1, before.slice(lineStart));
  }
  return text;
}

/** The name `python3 -m tokenize` reports in its ENCODING token. */
export function tokenizeEncodingName(source: Uint8Array, filename: string): string {
  const enc = detectEncoding(source, filename);
  return enc.bom ? 'utf-8-sig' : enc.encoding;
}

/** The decoded source split into physical lines (terminators removed), for error text. */
export function sourceLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
