// Assignment/deletion targets: set ExprContext (Store/Del) the way CPython
// does, and raise CPython's "cannot assign to ..." errors for invalid ones.
import { DEL, STORE, type N, type Parser } from './parser-core.js';
import { ELLIPSIS } from './constants.js';

/** CPython's `_PyPegen_get_expr_name`: how error messages name an expression. */
export function exprName(e: N): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (v === ELLIPSIS) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

/** First sub-expression that cannot be a target (CPython's `_PyPegen_get_invalid_target`). */
export function invalidTarget(e: N, del: boolean): N | null {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript': return null;
    case 'Starred': return del ? e : invalidTarget(e.value, del);
    case 'List': case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, del);
        if (bad) return bad;
      }
      return null;
    case 'Compare':
      // `for x in y` style: CPython blames the left side of an `in` comparison.
      if (!del && e.ops[0]._type === 'In') return invalidTarget(e.left, del);
      return e;
    default: return e;
  }
}

/** Set ctx on a valid target tree (no validation). */
export function setContext(e: N, ctx: N): void {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
  }
}

/** Validate and convert an assignment target. */
export function toStore(p: Parser, e: N): N {
  const bad = invalidTarget(e, false);
  if (bad) p.errorAtNode(`cannot assign to ${exprName(bad)}`, bad);
  setContext(e, STORE);
  return e;
}

export function toDel(p: Parser, e: N): N {
  const bad = invalidTarget(e, true);
  if (bad) p.errorAtNode(`cannot delete ${exprName(bad)}`, bad);
  setContext(e, DEL);
  return e;
}
