// ast.dump() exactly as CPython 3.12 prints it (no indent): fields in
// `_fields` order as name=value, optional fields that are None omitted,
// lists in brackets, constants via Python repr, and with include_attributes
// the lineno/col_offset/end_lineno/end_col_offset of located nodes.
import type { AnyNode } from './ast.js';
import { LOCATED_NODES, NODE_FIELDS } from './ast.js';
import { reprConstant, reprStr } from './py-repr.js';
import type { PyConstant } from './constants.js';

/** Fields typed `constant` (not optional): None is printed, not omitted. */
const CONSTANT_FIELD = (type: string, name: string) => name === 'value' && (type === 'Constant' || type === 'MatchSingleton');

export function dumpAst(node: AnyNode, includeAttributes = false): string {
  const parts: string[] = [];
  const fmt = (v: unknown, constant: boolean, codePoints?: number[]): void => {
    if (Array.isArray(v)) {
      parts.push('[');
      for (let i = 0; i < v.length; i++) {
        if (i) parts.push(', ');
        fmt(v[i], false);
      }
      parts.push(']');
    } else if (v !== null && typeof v === 'object' && '_type' in (v as object) && !constant) {
      fmtNode(v as Record<string, unknown>);
    } else if (typeof v === 'string' && !constant) {
      parts.push(reprStr(v));
    } else if (typeof v === 'number' && !constant) {
      parts.push(String(v));
    } else {
      parts.push(reprConstant(v as PyConstant, codePoints));
    }
  };
  const fmtNode = (n: Record<string, unknown>): void => {
    const type = n._type as AnyNode['_type'];
    parts.push(type, '(');
    let first = true;
    for (const name of NODE_FIELDS[type]) {
      const v = n[name];
      const constant = CONSTANT_FIELD(type, name);
      if ((v === null || v === undefined) && !constant) continue;
      if (!first) parts.push(', ');
      first = false;
      parts.push(name, '=');
      fmt(v, constant, constant ? (n._codePoints as number[] | undefined) : undefined);
    }
    if (includeAttributes && LOCATED_NODES.has(type)) {
      for (const name of ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']) {
        const v = n[name];
        if (v === null || v === undefined) continue;
        if (!first) parts.push(', ');
        first = false;
        parts.push(name, '=', String(v));
      }
    }
    parts.push(')');
  };
  fmt(node, false);
  return parts.join('');
}
