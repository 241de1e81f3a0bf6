// Traceback marker lines (CPython 3.12's tb_displayline /
// print_error_location_carets), computed at compile time from the AST node
// whose instruction failed. The runtime only draws them (molt_tb_add_pos).
import type * as A from '../frontend/ast.js';
import { isWide } from './wide-chars.js';

/** The node an instruction executes (its position is the traceback range). */
export type PosNode = A.Located & { _type: string };

/** Columns in code points of the stripped line: markers over [s, e); `^` over [l, r) and `~` elsewhere when l >= 0. */
export interface Mark { s: number; e: number; l: number; r: number }

const isWs = (b: number): boolean => b === 32 || b === 9 || b === 12 || b === 10 || b === 13 || b === 11;

/** Code points in the UTF-8 prefix of `bytes` of length `n` (invalid bytes count like 'replace'). */
function chars(bytes: Uint8Array, n: number): number {
  return Array.from(Buffer.from(bytes.subarray(0, Math.max(0, Math.min(n, bytes.length)))).toString('utf8')).length;
}

/** Byte offsets (in the segment) of the `^` part for a BinOp or Subscript node, or null. */
function anchors(n: PosNode, seg: Uint8Array, col: number): [number, number] | null {
  const node = n as unknown as A.expr;
  if (node._type === 'BinOp') {
    const from = (node.left.end_col_offset ?? 0) - col, to = node.right.col_offset - col;
    if (node.left.end_lineno !== n.lineno || node.right.lineno !== n.lineno) return null;
    let l = -1, r = -1;
    for (let i = from; i < to; i++) {
      if (isWs(seg[i]!)) continue;
      l = i; r = i + 1;
      if (i + 1 < to && !isWs(seg[i + 1]!)) r++; // two-character operator
      if (i + 1 < to && seg[i] === 41) continue; // ')' closing the left operand
      break;
    }
    return l < 0 ? null : [l, r];
  }
  if (node._type === 'Subscript') {
    if (node.value.end_lineno !== n.lineno || node.slice.end_lineno !== n.lineno) return null;
    let l = (node.value.end_col_offset ?? 0) - col, r = (node.slice.end_col_offset ?? 0) - col + 1;
    while (l < seg.length && seg[l] !== 91) l++; // '['
    while (r < seg.length && seg[r] !== 93) r++; // ']'
    if (r < seg.length) r++;
    return [l, r];
  }
  return null;
}

/** The marker for node `n` on its first line of `lines`, or null when CPython prints none. */
export function markOf(n: PosNode, lines: string[]): Mark | null {
  if (n.end_lineno == null || n.end_col_offset == null || n.col_offset < 0 || n.end_col_offset < 0) return null;
  const raw = lines[n.lineno - 1];
  if (raw === undefined) return null;
  const line = raw.replace(/[ \t\f\r\n\v]+$/, '');
  const cps = Array.from(line);
  let indent = 0;
  while (indent < cps.length && (cps[indent] === ' ' || cps[indent] === '\t' || cps[indent] === '\f')) indent++;
  const bytes = Buffer.from(line, 'utf8');
  const start = chars(bytes, n.col_offset);
  let end: number;
  let anc: [number, number] | null = null;
  if (n.end_lineno === n.lineno) {
    end = chars(bytes, n.end_col_offset);
    const seg = bytes.subarray(n.col_offset, n.end_col_offset);
    const a = anchors(n, seg, n.col_offset);
    if (a) {
      const segBuf = Buffer.from(seg);
      anc = [chars(segBuf, a[0]) + start, chars(segBuf, a[1]) + start];
    }
  } else {
    end = cps.length;
  }
  if (end - start === cps.length - indent && !anc) return null;
  if (start < indent || end < start) return null;
  // drawn in display columns (East Asian wide characters take two)
  const dw = (k: number): number => {
    let w = 0;
    for (let i = 0; i < k && i < cps.length; i++) w += isWide(cps[i]!.codePointAt(0)!) ? 2 : 1;
    return w + Math.max(0, k - cps.length) - indent;
  };
  return { s: dw(start), e: dw(end), l: anc ? dw(anc[0]) : -1, r: anc ? dw(anc[1]) : -1 };
}
