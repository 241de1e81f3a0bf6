// SyntaxError / IndentationError / TabError raised by the tokenizer, parser and
// symbol-table pass, formatted the way CPython reports them.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    /** 1-based column of the error start (CPython's `offset`), in characters. */
    readonly offset: number,
    readonly text: string | null,
    readonly endLineno: number = lineno,
    readonly endOffset: number = offset,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
    this.name = 'PySyntaxError';
  }

  /**
   * True for errors CPython raises while decoding the file, before it has a
   * location to report: `python3 FILE` prints only the `SyntaxError:` line.
   */
  bare = false;

  static bare(msg: string, filename: string, lineno: number): PySyntaxError {
    const e = new PySyntaxError('SyntaxError', msg, filename, lineno, -1, null);
    e.bare = true;
    return e;
  }
}

/** CPython's report: `  File "x.py", line N`, the source line, a caret line, `Kind: msg`. */
export function formatSyntaxError(e: PySyntaxError): string {
  if (e.bare) return `${e.kind}: ${e.msg}\n`;
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    const raw = e.text.replace(/\n$/, '');
    const stripped = raw.replace(/^[ \t\f]+/, '');
    const indent = raw.length - stripped.length;
    out += `    ${stripped}\n`;
    if (e.offset < 1) return out + `${e.kind}: ${e.msg}\n`; // no column: no caret
    const start = Math.max(0, e.offset - 1 - indent);
    let width = e.endLineno === e.lineno && e.endOffset > e.offset ? e.endOffset - e.offset : 1;
    width = Math.max(1, Math.min(width, stripped.length - start + 1));
    out += `    ${' '.repeat(start)}${'^'.repeat(width)}\n`;
  }
  return out + `${e.kind}: ${e.msg}\n`;
}
