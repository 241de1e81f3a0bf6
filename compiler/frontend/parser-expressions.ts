// Expressions: precedence climbing for binary operators, recursive descent
// for everything else. Each function starts at the cursor, consumes one
// construct and returns its node with CPython's positions (a parenthesized
// expression keeps the inner node's span; tuples and genexps include parens).
import { LOAD, STORE, type N, type Parser } from './parser-core.js';
import { ELLIPSIS } from './constants.js';
import { parseNumber } from './parser-literals.js';
import { parseStrings } from './parser-strings.js';
import { parseArguments } from './parser-params.js';
import { exprName, toStore } from './parser-targets.js';
import { normalizeName } from './parser-names.js';

const BIN_PREC: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6,
};
const BIN_OP: Record<string, N> = {
  '|': { _type: 'BitOr' }, '^': { _type: 'BitXor' }, '&': { _type: 'BitAnd' }, '<<': { _type: 'LShift' },
  '>>': { _type: 'RShift' }, '+': { _type: 'Add' }, '-': { _type: 'Sub' }, '*': { _type: 'Mult' },
  '/': { _type: 'Div' }, '//': { _type: 'FloorDiv' }, '%': { _type: 'Mod' }, '@': { _type: 'MatMult' },
};
export const POW = { _type: 'Pow' };
const UNARY: Record<string, N> = { '+': { _type: 'UAdd' }, '-': { _type: 'USub' }, '~': { _type: 'Invert' } };
const NOT = { _type: 'Not' };
const AND = { _type: 'And' };
const OR = { _type: 'Or' };
const CMP: Record<string, N> = {
  '==': { _type: 'Eq' }, '!=': { _type: 'NotEq' }, '<': { _type: 'Lt' }, '<=': { _type: 'LtE' }, '>': { _type: 'Gt' },
  '>=': { _type: 'GtE' }, in: { _type: 'In' }, is: { _type: 'Is' },
};
const NOT_IN = { _type: 'NotIn' };
const IS_NOT = { _type: 'IsNot' };

/** Tokens that may start an expression (used for lookahead decisions). */
export function startsExpression(k: string): boolean {
  switch (k) {
    case 'NAME': case 'NUMBER': case 'STRING': case 'FSTRING_START': case '(': case '[': case '{': case '-': case '+':
    case '~': case 'not': case 'lambda': case 'await': case 'None': case 'True': case 'False': case '...': case '*':
      return true;
  }
  return false;
}

// ---- top-level expression forms ----

/** star_expressions: a tuple when there is a comma (no parentheses). */
export function parseStarExpressions(p: Parser): N {
  return parseCommaList(p, parseStarExpression);
}

/** `elem (',' elem)* [',']` without parentheses: a Load Tuple once there is a comma. */
function parseCommaList(p: Parser, parseElem: (p: Parser) => N): N {
  const s = p.i;
  const first = parseElem(p);
  if (p.k() !== ',') return first;
  const elts = [first];
  while (p.eat(',')) {
    if (!startsExpression(p.k())) break;
    elts.push(parseElem(p));
  }
  return p.fin({ _type: 'Tuple', elts, ctx: LOAD }, s);
}

export function parseStarExpression(p: Parser): N {
  return parseStarredOr(p, parseExpression);
}

/** star_named_expression: element of list/tuple/set displays. */
export function parseStarNamedExpression(p: Parser): N {
  return parseStarredOr(p, parseNamedExpression);
}

/** `'*' bitwise_or` or, without a star, `orElse`. */
function parseStarredOr(p: Parser, orElse: (p: Parser) => N): N {
  if (p.k() === '*') {
    const s = p.i++;
    return p.fin({ _type: 'Starred', value: parseBitOr(p), ctx: LOAD }, s);
  }
  return orElse(p);
}

export function parseNamedExpression(p: Parser, inCall = false): N {
  if (p.k() === 'NAME' && p.kinds[p.i + 1] === ':=') {
    const s = p.i;
    const t = p.toks[p.i++];
    const target = p.finTok({ _type: 'Name', id: normalizeName(t.string), ctx: STORE }, t);
    p.i++;
    return p.fin({ _type: 'NamedExpr', target, value: parseExpression(p) }, s);
  }
  const e = parseExpression(p);
  if (p.k() === ':=') p.errorAtNode(`cannot use assignment expressions with ${exprName(e)}`, e);
  if (p.k() === '=' && !inCall) equalsHint(p, e);
  return e;
}

/** `if x = 1:` and friends: CPython's hints for '=' where '==' or ':=' was meant. */
function equalsHint(p: Parser, e: N): void {
  const save = p.i;
  p.i++;
  let rhs: N = null;
  try {
    rhs = parseBitOr(p);
  } catch {
    p.i = save;
    return;
  }
  const k = p.k();
  p.i = save;
  if (k === '=' || k === ':=') return;
  if (e._type === 'Name') p.errorAtNode("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs);
  const noHint = e._type === 'List' || e._type === 'Tuple' || e._type === 'GeneratorExp'
    || (e._type === 'Constant' && (e.value === true || e.value === false || e.value === null))
    || ['Compare', 'BoolOp', 'IfExp', 'Lambda', 'NamedExpr', 'Starred'].includes(e._type) || (e._type === 'UnaryOp' && e.op._type === 'Not');
  if (!noHint && e._type !== 'Attribute' && e._type !== 'Subscript') {
    p.errorAtNode(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
  }
}

/** `[*a for a in b]` and `{**a for ...}` are rejected by CPython's grammar. */
function checkComprehensionElt(p: Parser, elt: N): void {
  if (elt && elt._type === 'Starred') p.errorAtNode('iterable unpacking cannot be used in comprehension', elt);
}

export function parseExpression(p: Parser): N {
  if (p.k() === 'lambda') return parseLambda(p);
  const s = p.i;
  const body = parseDisjunction(p);
  if (p.k() !== 'if') return body;
  p.i++;
  const test = parseDisjunction(p);
  if (p.k() !== 'else') p.errorAtNode("expected 'else' after 'if' expression", body, p.toks[p.i - 1] && { end_lineno: p.toks[p.i - 1].endLine, end_col_offset: p.toks[p.i - 1].endByteCol });
  p.i++;
  const orelse = parseExpression(p);
  return p.fin({ _type: 'IfExp', test, body, orelse }, s);
}

function parseLambda(p: Parser): N {
  const s = p.i++;
  const args = parseArguments(p, ':', false);
  p.expect(':');
  const body = parseExpression(p);
  return p.fin({ _type: 'Lambda', args, body }, s);
}

export function parseDisjunction(p: Parser): N {
  const s = p.i;
  const first = parseConjunction(p);
  if (p.k() !== 'or') return first;
  const values = [first];
  while (p.eat('or')) values.push(parseConjunction(p));
  return p.fin({ _type: 'BoolOp', op: OR, values }, s);
}

function parseConjunction(p: Parser): N {
  const s = p.i;
  const first = parseInversion(p);
  if (p.k() !== 'and') return first;
  const values = [first];
  while (p.eat('and')) values.push(parseInversion(p));
  return p.fin({ _type: 'BoolOp', op: AND, values }, s);
}

function parseInversion(p: Parser): N {
  if (p.k() === 'not') {
    const s = p.i++;
    return p.fin({ _type: 'UnaryOp', op: NOT, operand: parseInversion(p) }, s);
  }
  return parseComparison(p);
}

function parseComparison(p: Parser): N {
  const s = p.i;
  const left = parseBitOr(p);
  let ops: N[] | null = null;
  let comparators: N[] | null = null;
  for (;;) {
    const k = p.k();
    let op: N;
    if (k === 'not') {
      if (p.kinds[p.i + 1] !== 'in') break;
      op = NOT_IN;
      p.i += 2;
    } else if (k === 'is') {
      if (p.kinds[p.i + 1] === 'not') {
        op = IS_NOT;
        p.i += 2;
      } else {
        op = CMP.is;
        p.i++;
      }
    } else {
      op = CMP[k];
      if (op === undefined || k === 'NAME') break;
      p.i++;
    }
    if (!ops) {
      ops = [];
      comparators = [];
    }
    ops.push(op);
    comparators!.push(parseBitOr(p));
  }
  if (!ops) return left;
  return p.fin({ _type: 'Compare', left, ops, comparators }, s);
}

export function parseBitOr(p: Parser): N {
  return parseBinary(p, 1);
}

function parseBinary(p: Parser, minPrec: number): N {
  const s = p.i;
  let left = parseFactor(p);
  for (;;) {
    const k = p.k();
    const prec = BIN_PREC[k];
    if (prec === undefined || prec < minPrec) return left;
    p.i++;
    const right = parseBinary(p, prec + 1);
    left = p.fin({ _type: 'BinOp', left, op: BIN_OP[k], right }, s);
  }
}

function parseFactor(p: Parser): N {
  const k = p.k();
  if (k === '-' || k === '+' || k === '~') {
    const s = p.i++;
    return p.fin({ _type: 'UnaryOp', op: UNARY[k], operand: parseFactor(p) }, s);
  }
  const s = p.i;
  const base = parseAwaitPrimary(p);
  if (p.k() !== '**') return base;
  p.i++;
  const right = parseFactor(p);
  return p.fin({ _type: 'BinOp', left: base, op: POW, right }, s);
}

function parseAwaitPrimary(p: Parser): N {
  if (p.k() === 'await') {
    const s = p.i++;
    return p.fin({ _type: 'Await', value: parsePrimary(p) }, s);
  }
  return parsePrimary(p);
}

/** atom followed by `.name`, `(args)` and `[slices]` trailers. */
export function parsePrimary(p: Parser): N {
  const s = p.i;
  let e = parseAtom(p);
  for (;;) {
    const k = p.k();
    if (k === '.') {
      p.i++;
      const t = p.expect('NAME');
      e = p.fin({ _type: 'Attribute', value: e, attr: normalizeName(t.string), ctx: LOAD }, s);
    } else if (k === '(') {
      e = parseCall(p, e, s);
    } else if (k === '[') {
      p.i++;
      p.depth++;
      const slice = parseSlices(p);
      p.depth--;
      p.expect(']');
      e = p.fin({ _type: 'Subscript', value: e, slice, ctx: LOAD }, s);
    } else {
      return e;
    }
  }
}

function parseSlices(p: Parser): N {
  const s = p.i;
  const first = parseSlice(p);
  if (p.k() !== ',') {
    // `x[*a]` is a one-element tuple of a starred expression.
    if (first._type === 'Starred') return p.fin({ _type: 'Tuple', elts: [first], ctx: LOAD }, s);
    return first;
  }
  const elts = [first];
  while (p.eat(',')) {
    if (p.k() === ']') break;
    elts.push(parseSlice(p));
  }
  return p.fin({ _type: 'Tuple', elts, ctx: LOAD }, s);
}

function parseSlice(p: Parser): N {
  const s = p.i;
  if (p.k() === '*') return parseStarNamedExpression(p);
  let lower: N = null;
  if (p.k() !== ':') {
    lower = parseNamedExpression(p);
    if (p.k() !== ':') return lower;
    if (lower._type === 'NamedExpr') p.fail();
  }
  p.i++; // ':'
  let upper: N = null;
  let step: N = null;
  if (p.k() !== ':' && p.k() !== ']' && p.k() !== ',') upper = parseExpression(p);
  if (p.eat(':')) {
    if (p.k() !== ']' && p.k() !== ',') step = parseExpression(p);
  }
  return p.fin({ _type: 'Slice', lower, upper, step }, s);
}

export function parseCall(p: Parser, func: N, s: number): N {
  const open = p.i++;
  p.depth++;
  const args: N[] = [];
  const keywords: N[] = [];
  let sawKwUnpack = false;
  while (p.k() !== ')') {
    const as = p.i;
    const k = p.k();
    if (k === '*') {
      p.i++;
      const value = parseExpression(p);
      if (p.k() === 'for' || p.k() === 'async') p.raise('iterable unpacking cannot be used in comprehension', p.toks[as].line, p.toks[as].byteCol, value.end_lineno, value.end_col_offset);
      if (sawKwUnpack) p.raise('iterable argument unpacking follows keyword argument unpacking', p.toks[as].line, p.toks[as].byteCol, value.end_lineno, value.end_col_offset);
      args.push(p.fin({ _type: 'Starred', value, ctx: LOAD }, as));
    } else if (k === '**') {
      p.i++;
      const value = parseExpression(p);
      keywords.push(p.fin({ _type: 'keyword', arg: null, value }, as));
      sawKwUnpack = true;
    } else if (k === 'NAME' && p.kinds[p.i + 1] === '=') {
      const t = p.toks[p.i];
      p.i += 2;
      if (p.k() === ')' || p.k() === ',') p.errorAtTok('expected argument value expression', t);
      const value = parseExpression(p);
      if (p.k() === '=') p.fail();
      keywords.push(p.fin({ _type: 'keyword', arg: normalizeName(t.string), value }, as));
    } else {
      let e = p.k() === '*' ? parseStarNamedExpression(p) : parseNamedExpression(p, true);
      if (p.k() === 'for' || p.k() === 'async') {
        checkComprehensionElt(p, e);
        const generators = parseComprehensionClauses(p);
        const lone = args.length === 0 && keywords.length === 0 && p.k() === ')';
        if (!lone) {
          if (p.k() === ',' && p.kinds[p.i + 1] === ')' && args.length === 0 && keywords.length === 0) {
            p.raise('Generator expression must be parenthesized', e.lineno, e.col_offset, p.toks[p.i - 1].endLine, p.toks[p.i - 1].endByteCol);
          }
          p.raise('Generator expression must be parenthesized', e.lineno, e.col_offset, p.toks[p.i - 1].endLine, p.toks[p.i - 1].endByteCol);
        }
        p.i++; // ')'
        p.depth--;
        const g = p.fin({ _type: 'GeneratorExp', elt: e, generators }, open);
        return p.fin({ _type: 'Call', func, args: [g], keywords }, s);
      }
      if (p.k() === '=') {
        p.errorAtNode('expression cannot contain assignment, perhaps you meant "=="?', e, { end_lineno: p.tok.endLine, end_col_offset: p.tok.endByteCol });
      }
      if (keywords.length) {
        const msg = sawKwUnpack ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument';
        p.errorAtNode(msg, e);
      }
      e = e;
      args.push(e);
    }
    if (!p.eat(',')) {
      if (p.k() !== ')') commaHint(p, args.length + keywords.length);
      break;
    }
  }
  p.expect(')');
  p.depth--;
  return p.fin({ _type: 'Call', func, args, keywords }, s);
}

/** Two expressions side by side inside brackets: CPython suggests a missing comma. */
export function commaHint(p: Parser, _n: number): never {
  const prev = p.toks[p.i - 1];
  if (p.depth > 0 && startsExpression(p.k()) && p.k() !== '*' && p.k() !== '-' && p.k() !== '+' && p.k() !== '~' && p.k() !== 'not') {
    // find start of previous expression is hard here; report from the previous token like CPython's range start
    p.raise('invalid syntax. Perhaps you forgot a comma?', prev.line, prev.byteCol, p.tok.endLine, p.tok.endByteCol);
  }
  p.fail();
}

/** for_if_clauses: one or more `[async] for targets in disjunction (if disjunction)*`. */
export function parseComprehensionClauses(p: Parser): N[] {
  const gens: N[] = [];
  while (p.k() === 'for' || (p.k() === 'async' && p.kinds[p.i + 1] === 'for')) {
    const isAsync = p.eat('async') ? 1 : 0;
    p.i++; // for
    const target = toStore(p, parseTargetList(p));
    if (p.k() !== 'in') p.fail();
    p.i++;
    const iter = parseDisjunction(p);
    const ifs: N[] = [];
    while (p.eat('if')) ifs.push(parseDisjunction(p));
    gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
  }
  return gens;
}

/**
 * star_targets as an expression tree (converted to Store by the caller):
 * comma-separated `*`? primary-level expressions; a trailing comma makes a tuple.
 */
export function parseTargetList(p: Parser): N {
  return parseCommaList(p, parseTargetElement);
}

export function parseTargetElement(p: Parser): N {
  if (p.k() === '*') {
    const s = p.i++;
    return p.fin({ _type: 'Starred', value: parseTargetElement(p), ctx: LOAD }, s);
  }
  return parseBitOr(p);
}

// ---- atoms ----

export function parseAtom(p: Parser): N {
  const t = p.tok;
  switch (p.k()) {
    case 'NAME':
      p.i++;
      return { _type: 'Name', id: normalizeName(t.string), ctx: LOAD, lineno: t.line, col_offset: t.byteCol, end_lineno: t.endLine, end_col_offset: t.endByteCol };
    case 'NUMBER':
      p.i++;
      return { _type: 'Constant', value: parseNumber(t.string), kind: null, lineno: t.line, col_offset: t.byteCol, end_lineno: t.endLine, end_col_offset: t.endByteCol };
    case 'STRING': case 'FSTRING_START':
      return parseStrings(p);
    case 'None': p.i++; return p.finTok({ _type: 'Constant', value: null, kind: null }, t);
    case 'True': p.i++; return p.finTok({ _type: 'Constant', value: true, kind: null }, t);
    case 'False': p.i++; return p.finTok({ _type: 'Constant', value: false, kind: null }, t);
    case '...': p.i++; return p.finTok({ _type: 'Constant', value: ELLIPSIS, kind: null }, t);
    case '(': return parseParen(p);
    case '[': return parseList(p);
    case '{': return parseBrace(p);
  }
  if (p.k() === 'NAME' || p.k() === 'print') p.fail();
  return p.fail();
}

function parseParen(p: Parser): N {
  const s = p.i++;
  p.depth++;
  if (p.k() === ')') {
    p.i++;
    p.depth--;
    return p.fin({ _type: 'Tuple', elts: [], ctx: LOAD }, s);
  }
  if (p.k() === 'yield') {
    const y = parseYieldExpr(p);
    p.depth--;
    p.expect(')');
    return y;
  }
  const first = parseStarNamedExpression(p);
  if (p.k() === 'for' || p.k() === 'async') {
    checkComprehensionElt(p, first);
    const generators = parseComprehensionClauses(p);
    p.depth--;
    p.expect(')');
    return p.fin({ _type: 'GeneratorExp', elt: first, generators }, s);
  }
  if (p.k() === ')') {
    p.i++;
    p.depth--;
    if (first._type === 'Starred') p.errorAtNode('cannot use starred expression here', first);
    return first;
  }
  const elts = [first];
  while (p.eat(',')) {
    if (p.k() === ')') break;
    elts.push(parseStarNamedExpression(p));
  }
  if (p.k() !== ')') commaHint(p, elts.length);
  p.i++;
  p.depth--;
  return p.fin({ _type: 'Tuple', elts, ctx: LOAD }, s);
}

function parseList(p: Parser): N {
  const s = p.i++;
  p.depth++;
  const elts: N[] = [];
  if (p.k() !== ']') {
    const first = parseStarNamedExpression(p);
    if (p.k() === 'for' || p.k() === 'async') {
      checkComprehensionElt(p, first);
      const generators = parseComprehensionClauses(p);
      p.depth--;
      p.expect(']');
      return p.fin({ _type: 'ListComp', elt: first, generators }, s);
    }
    elts.push(first);
    while (p.eat(',')) {
      if (p.k() === ']') break;
      elts.push(parseStarNamedExpression(p));
    }
    if (p.k() !== ']') commaHint(p, elts.length);
  }
  p.i++;
  p.depth--;
  return p.fin({ _type: 'List', elts, ctx: LOAD }, s);
}

function parseBrace(p: Parser): N {
  const s = p.i++;
  p.depth++;
  if (p.k() === '}') {
    p.i++;
    p.depth--;
    return p.fin({ _type: 'Dict', keys: [], values: [] }, s);
  }
  // Dict forms: `**x` or `key: value` first.
  let firstKey: N;
  let firstValue: N;
  if (p.k() === '**') {
    const star = p.i++;
    firstKey = null;
    firstValue = parseBitOr(p);
    if (p.k() === 'for' || p.k() === 'async') {
      p.raise('dict unpacking cannot be used in dict comprehension', p.toks[star].line, p.toks[star].byteCol, firstValue.end_lineno, firstValue.end_col_offset);
    }
  } else {
    const keyStart = p.i;
    const e = parseStarNamedExpression(p);
    if (p.k() !== ':') return parseSetRest(p, s, e);
    // An unparenthesized walrus cannot be a dict key.
    if (e._type === 'Starred' || (e._type === 'NamedExpr' && p.kinds[keyStart + 1] === ':=')) p.fail();
    p.i++;
    firstKey = e;
    if (p.k() === '}' || p.k() === ',') p.errorAtTok("expression expected after dictionary key and ':'", p.toks[p.i - 1]);
    firstValue = parseExpression(p);
    if (p.k() === 'for' || p.k() === 'async') {
      const generators = parseComprehensionClauses(p);
      p.depth--;
      p.expect('}');
      return p.fin({ _type: 'DictComp', key: firstKey, value: firstValue, generators }, s);
    }
  }
  const keys: N[] = [firstKey];
  const values: N[] = [firstValue];
  while (p.eat(',')) {
    if (p.k() === '}') break;
    if (p.eat('**')) {
      keys.push(null);
      values.push(parseBitOr(p));
    } else {
      keys.push(parseExpression(p));
      p.expect(':', "':' expected after dictionary key");
      values.push(parseExpression(p));
    }
  }
  if (p.k() !== '}') commaHint(p, keys.length);
  p.i++;
  p.depth--;
  return p.fin({ _type: 'Dict', keys, values }, s);
}

function parseSetRest(p: Parser, s: number, first: N): N {
  if (p.k() === 'for' || p.k() === 'async') {
    checkComprehensionElt(p, first);
    const generators = parseComprehensionClauses(p);
    p.depth--;
    p.expect('}');
    return p.fin({ _type: 'SetComp', elt: first, generators }, s);
  }
  const elts = [first];
  while (p.eat(',')) {
    if (p.k() === '}') break;
    elts.push(parseStarNamedExpression(p));
  }
  if (p.k() !== '}') commaHint(p, elts.length);
  p.i++;
  p.depth--;
  return p.fin({ _type: 'Set', elts }, s);
}

export function parseYieldExpr(p: Parser): N {
  const s = p.i++;
  if (p.eat('from')) return p.fin({ _type: 'YieldFrom', value: parseExpression(p) }, s);
  let value: N = null;
  if (startsExpression(p.k())) value = parseStarExpressions(p);
  return p.fin({ _type: 'Yield', value }, s);
}
