// Statements: simple statements (assignments, imports, ...) and compound
// statements with their blocks. Compound statements end where their last
// body statement ends, like CPython.
import { LOAD, STORE, type N, type Parser } from './parser-core.js';
import {
  parseCall, parseExpression, parseNamedExpression, parseStarExpressions, parseTargetElement, parseTargetList,
  parseYieldExpr, parseBitOr, startsExpression, POW,
} from './parser-expressions.js';
import { parseArguments } from './parser-params.js';
import { exprName, invalidTarget, setContext, toDel, toStore } from './parser-targets.js';
import { normalizeName } from './parser-names.js';
import { parseMatch } from './parser-patterns.js';

const AUG_OPS: Record<string, N> = {
  '+=': { _type: 'Add' }, '-=': { _type: 'Sub' }, '*=': { _type: 'Mult' }, '@=': { _type: 'MatMult' },
  '/=': { _type: 'Div' }, '%=': { _type: 'Mod' }, '&=': { _type: 'BitAnd' }, '|=': { _type: 'BitOr' },
  '^=': { _type: 'BitXor' }, '<<=': { _type: 'LShift' }, '>>=': { _type: 'RShift' }, '**=': POW,
  '//=': { _type: 'FloorDiv' },
};

export function parseStatements(p: Parser, out: N[]): void {
  const k = p.k();
  switch (k) {
    case 'def': out.push(parseFunctionDef(p, p.i, [])); return;
    case 'class': out.push(parseClassDef(p, p.i, [])); return;
    case '@': out.push(parseDecorated(p)); return;
    case 'if': out.push(parseIf(p)); return;
    case 'while': out.push(parseWhile(p)); return;
    case 'for': out.push(parseFor(p, p.i)); return;
    case 'try': out.push(parseTry(p)); return;
    case 'with': out.push(parseWith(p, p.i)); return;
    case 'async': {
      const nk = p.kinds[p.i + 1];
      const s = p.i;
      if (nk === 'def') { p.i++; out.push(parseFunctionDef(p, s, [])); return; }
      if (nk === 'for') { p.i++; out.push(parseFor(p, s)); return; }
      if (nk === 'with') { p.i++; out.push(parseWith(p, s)); return; }
      p.fail();
    }
    // eslint-disable-next-line no-fallthrough
    case 'INDENT': p.fail();
    // eslint-disable-next-line no-fallthrough
    case 'NAME':
      if (p.tok.string === 'match') {
        const m = parseMatch(p);
        if (m) { out.push(m); return; }
      }
  }
  parseSimpleStatements(p, out);
}

// ---- blocks ----

/** `:` then either an indented block or simple statements on the same line. */
export function parseBlock(p: Parser, what: string, headLine: number): N[] {
  if (p.k() !== ':') p.errorAtTok("expected ':'");
  p.i++;
  const body: N[] = [];
  if (p.k() === 'NEWLINE') {
    p.i++;
    if (p.k() !== 'INDENT') {
      // At end of file CPython reports the NEWLINE that ended the header.
      const t = p.k() === 'ENDMARKER' ? p.toks[p.i - 1] : p.tok;
      p.raise(`expected an indented block after ${what} on line ${headLine}`, t.line, t.byteCol, t.line, t.byteCol + 1, 'IndentationError');
    }
    p.i++;
    while (p.k() !== 'DEDENT' && p.k() !== 'ENDMARKER') parseStatements(p, body);
    p.eat('DEDENT');
  } else {
    parseSimpleStatements(p, body);
  }
  return body;
}

/**
 * Span of a compound statement: from its first token to the last significant
 * token consumed (CPython skips NEWLINE/INDENT/DEDENT, so a trailing `;` counts).
 */
export function endAt(p: Parser, node: N, start: N): N {
  let j = p.i - 1;
  while (j > 0) {
    const k = p.kinds[j];
    if (k !== 'NEWLINE' && k !== 'INDENT' && k !== 'DEDENT') break;
    j--;
  }
  const e = p.toks[j];
  node.lineno = start.line;
  node.col_offset = start.byteCol;
  node.end_lineno = e.endLine;
  node.end_col_offset = e.endByteCol;
  return node;
}

// ---- simple statements ----

function parseSimpleStatements(p: Parser, out: N[]): void {
  for (;;) {
    out.push(parseSimpleStatement(p));
    if (p.eat(';')) {
      if (p.k() === 'NEWLINE') break;
      continue;
    }
    if (p.k() !== 'NEWLINE') statementEndError(p, out[out.length - 1]);
    break;
  }
  p.i++; // NEWLINE
}

function statementEndError(p: Parser, last: N): never {
  const k = p.k();
  if (last && last._type === 'Expr' && last.value._type === 'Name' && (last.value.id === 'print' || last.value.id === 'exec') && startsExpression(k)) {
    const save = p.i;
    let end: N = null;
    try {
      end = parseStarExpressions(p);
    } catch {
      p.i = save;
    }
    const name = last.value.id;
    if (end) p.errorAtNode(`Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, last.value, end);
  }
  if (k === '=' && last && last._type === 'Expr') p.fail();
  p.fail();
}

function parseSimpleStatement(p: Parser): N {
  const s = p.i;
  const t = p.tok;
  switch (p.k()) {
    case 'pass': p.i++; return p.finTok({ _type: 'Pass' }, t);
    case 'break': p.i++; return p.finTok({ _type: 'Break' }, t);
    case 'continue': p.i++; return p.finTok({ _type: 'Continue' }, t);
    case 'return': {
      p.i++;
      const value = startsExpression(p.k()) ? parseStarExpressions(p) : null;
      return p.fin({ _type: 'Return', value }, s);
    }
    case 'raise': {
      p.i++;
      let exc: N = null;
      let cause: N = null;
      if (startsExpression(p.k())) {
        exc = parseExpression(p);
        if (p.eat('from')) cause = parseExpression(p);
      }
      return p.fin({ _type: 'Raise', exc, cause }, s);
    }
    case 'global': case 'nonlocal': {
      p.i++;
      const names: string[] = [];
      do names.push(normalizeName(p.expect('NAME').string));
      while (p.eat(','));
      return p.fin({ _type: t.string === 'global' ? 'Global' : 'Nonlocal', names }, s);
    }
    case 'del': {
      p.i++;
      const targets: N[] = [];
      do {
        if (p.k() === 'NEWLINE' || p.k() === ';') break;
        targets.push(toDel(p, parseTargetElement(p)));
      } while (p.eat(','));
      if (targets.length === 0) p.fail();
      return p.fin({ _type: 'Delete', targets }, s);
    }
    case 'assert': {
      p.i++;
      const test = parseExpression(p);
      const msg = p.eat(',') ? parseExpression(p) : null;
      return p.fin({ _type: 'Assert', test, msg }, s);
    }
    case 'import': return parseImport(p);
    case 'from': return parseFromImport(p);
    case 'NAME':
      if (t.string === 'type' && p.kinds[p.i + 1] === 'NAME' && (p.kinds[p.i + 2] === '=' || p.kinds[p.i + 2] === '[')) {
        return parseTypeAlias(p);
      }
  }
  return parseExpressionStatement(p);
}

function parseRhs(p: Parser): N {
  return p.k() === 'yield' ? parseYieldExpr(p) : parseStarExpressions(p);
}

function parseExpressionStatement(p: Parser): N {
  const s = p.i;
  const e = parseRhs(p);
  const k = p.k();
  if (k === '=') {
    const targets = [e];
    let value: N;
    for (;;) {
      p.i++;
      const v = parseRhs(p);
      if (p.k() === '=') targets.push(v);
      else {
        value = v;
        break;
      }
    }
    for (let j = 0; j < targets.length; j++) checkAssignTarget(p, targets[j], j === 0 && targets.length === 1, value);
    return p.fin({ _type: 'Assign', targets, value, type_comment: null }, s);
  }
  if (k === ':') {
    if (e._type === 'Tuple' || e._type === 'List') {
      p.errorAtNode(`only single target (not ${e._type === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, e._type === 'Tuple' && p.kinds[s] !== '(' ? e.elts[0] : e);
    }
    if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') p.errorAtNode('illegal target for annotation', e);
    setContext(e, STORE);
    const simple = e._type === 'Name' && p.kinds[s] !== '(' ? 1 : 0;
    p.i++;
    const annotation = parseExpression(p);
    const value = p.eat('=') ? parseRhs(p) : null;
    return p.fin({ _type: 'AnnAssign', target: e, annotation, value, simple }, s);
  }
  const aug = AUG_OPS[k];
  if (aug !== undefined) {
    if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
      p.errorAtNode(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
    }
    setContext(e, STORE);
    p.i++;
    const value = parseRhs(p);
    return p.fin({ _type: 'AugAssign', target: e, op: aug, value }, s);
  }
  return p.fin({ _type: 'Expr', value: e }, s);
}

/** Validate one `=` target; a lone bad target gets CPython's "Maybe you meant '=='" hint. */
function checkAssignTarget(p: Parser, t: N, lone: boolean, value: N): void {
  if ((t._type === 'Yield' || t._type === 'YieldFrom') && !lone) p.errorAtNode('assignment to yield expression not possible', t);
  const bad = invalidTarget(t, false);
  if (!bad) {
    setContext(t, STORE);
    return;
  }
  const hintable = lone && bad === t && value._type !== 'Yield' && value._type !== 'YieldFrom'
    && !(t._type === 'Constant' && (t.value === true || t.value === false || t.value === null))
    && !['Compare', 'BoolOp', 'IfExp', 'Lambda', 'GeneratorExp', 'Starred'].includes(t._type)
    && !(t._type === 'UnaryOp' && t.op._type === 'Not');
  if (hintable) p.errorAtNode(`cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`, bad);
  if (t._type === 'NamedExpr' && lone) p.errorAtNode(`cannot assign to named expression here. Maybe you meant '==' instead of '='?`, t);
  toStore(p, t);
}

function parseTypeAlias(p: Parser): N {
  const s = p.i++;
  const t = p.toks[p.i++];
  const name = p.finTok({ _type: 'Name', id: normalizeName(t.string), ctx: STORE }, t);
  const type_params = p.k() === '[' ? parseTypeParams(p) : [];
  p.expect('=');
  const value = parseExpression(p);
  return p.fin({ _type: 'TypeAlias', name, type_params, value }, s);
}

function parseDottedName(p: Parser): string {
  let name = normalizeName(p.expect('NAME').string);
  while (p.k() === '.' && p.kinds[p.i + 1] === 'NAME') {
    p.i++;
    name += '.' + normalizeName(p.toks[p.i++].string);
  }
  return name;
}

function parseImport(p: Parser): N {
  const s = p.i++;
  const names: N[] = [];
  do {
    const as = p.i;
    const name = parseDottedName(p);
    const asname = p.eat('as') ? normalizeName(p.expect('NAME').string) : null;
    names.push(p.fin({ _type: 'alias', name, asname }, as));
  } while (p.eat(','));
  return p.fin({ _type: 'Import', names }, s);
}

function parseFromImport(p: Parser): N {
  const s = p.i++;
  let level = 0;
  for (;;) {
    if (p.eat('.')) level++;
    else if (p.eat('...')) level += 3;
    else break;
  }
  const module = p.k() === 'NAME' ? parseDottedName(p) : null;
  if (module === null && level === 0) p.fail();
  p.expect('import');
  const names: N[] = [];
  if (p.k() === '*') {
    const t = p.toks[p.i++];
    names.push(p.finTok({ _type: 'alias', name: '*', asname: null }, t));
  } else {
    const paren = p.eat('(');
    for (;;) {
      const as = p.i;
      const name = normalizeName(p.expect('NAME').string);
      const asname = p.eat('as') ? normalizeName(p.expect('NAME').string) : null;
      names.push(p.fin({ _type: 'alias', name, asname }, as));
      if (!p.eat(',')) break;
      if (paren && p.k() === ')') break;
      if (!paren && (p.k() === 'NEWLINE' || p.k() === ';')) {
        p.errorAtPrevEnd('trailing comma not allowed without surrounding parentheses');
      }
    }
    if (paren) p.expect(')');
  }
  return p.fin({ _type: 'ImportFrom', module, names, level }, s);
}

// ---- compound statements ----

function parseDecorated(p: Parser): N {
  const decorators: N[] = [];
  while (p.eat('@')) {
    decorators.push(parseNamedExpression(p));
    p.expect('NEWLINE');
  }
  const s = p.i;
  if (p.k() === 'def') return parseFunctionDef(p, s, decorators);
  if (p.k() === 'async' && p.kinds[p.i + 1] === 'def') {
    p.i++;
    return parseFunctionDef(p, s, decorators);
  }
  if (p.k() === 'class') return parseClassDef(p, s, decorators);
  return p.fail();
}

export function parseTypeParams(p: Parser): N[] {
  p.i++; // [
  const params: N[] = [];
  while (p.k() !== ']') {
    const s = p.i;
    if (p.eat('*')) {
      const t = p.expect('NAME');
      params.push(p.fin({ _type: 'TypeVarTuple', name: normalizeName(t.string) }, s));
    } else if (p.eat('**')) {
      const t = p.expect('NAME');
      params.push(p.fin({ _type: 'ParamSpec', name: normalizeName(t.string) }, s));
    } else {
      const t = p.expect('NAME');
      const bound = p.eat(':') ? parseExpression(p) : null;
      params.push(p.fin({ _type: 'TypeVar', name: normalizeName(t.string), bound }, s));
    }
    if (!p.eat(',')) break;
  }
  if (params.length === 0) p.fail(); // `[]`: CPython reports invalid syntax at ']'
  p.expect(']');
  return params;
}

function parseFunctionDef(p: Parser, s: number, decorator_list: N[]): N {
  const isAsync = p.kinds[s] === 'async';
  const head = p.tok;
  p.i++; // def
  const name = normalizeName(p.expect('NAME').string);
  // `def f[]()`: CPython skips the (invalid) type parameter list and expects '('.
  if (p.k() === '[' && p.kinds[p.i + 1] === ']') p.errorAtTok("expected '('");
  const type_params = p.k() === '[' ? parseTypeParams(p) : [];
  if (p.k() !== '(') p.errorAtTok("expected '('");
  p.i++;
  p.depth++;
  const args = parseArguments(p, ')', true);
  p.depth--;
  p.expect(')');
  const returns = p.eat('->') ? parseExpression(p) : null;
  const body = parseBlock(p, 'function definition', head.line);
  const node = {
    _type: isAsync ? 'AsyncFunctionDef' : 'FunctionDef', name, args, body, decorator_list, returns, type_comment: null, type_params,
  };
  return endAt(p, node, p.toks[s]);
}

function parseClassDef(p: Parser, s: number, decorator_list: N[]): N {
  const head = p.toks[p.i++];
  const name = normalizeName(p.expect('NAME').string);
  const type_params = p.k() === '[' ? parseTypeParams(p) : [];
  let bases: N[] = [];
  let keywords: N[] = [];
  if (p.k() === '(') {
    const call = parseCall(p, null, p.i);
    if (call.args.length === 1 && call.args[0]._type === 'GeneratorExp' && p.toks[p.i - 1].byteCol + 1 === call.args[0].end_col_offset) {
      p.errorAtTok('invalid syntax', p.toks[p.i - 1]); // `class A(x for x in y)`
    }
    bases = call.args;
    keywords = call.keywords;
  }
  const body = parseBlock(p, 'class definition', head.line);
  return endAt(p, { _type: 'ClassDef', name, bases, keywords, body, decorator_list, type_params }, p.toks[s]);
}

function parseIf(p: Parser): N {
  const head = p.toks[p.i++];
  const test = parseNamedExpression(p);
  const body = parseBlock(p, `'${head.string}' statement`, head.line);
  let orelse: N[] = [];
  if (p.k() === 'elif') orelse = [parseIf(p)];
  else if (p.k() === 'else') {
    const e = p.toks[p.i++];
    orelse = parseBlock(p, "'else' statement", e.line);
  }
  return endAt(p, { _type: 'If', test, body, orelse }, head);
}

function parseElse(p: Parser): N[] {
  if (p.k() !== 'else') return [];
  const e = p.toks[p.i++];
  return parseBlock(p, "'else' statement", e.line);
}

function parseWhile(p: Parser): N {
  const head = p.toks[p.i++];
  const test = parseNamedExpression(p);
  const body = parseBlock(p, "'while' statement", head.line);
  const orelse = parseElse(p);
  return endAt(p, { _type: 'While', test, body, orelse }, head);
}

function parseFor(p: Parser, s: number): N {
  const isAsync = p.kinds[s] === 'async';
  const head = p.toks[p.i++];
  const target = toStore(p, parseTargetList(p));
  if (p.k() !== 'in') p.fail();
  p.i++;
  const iter = parseStarExpressions(p);
  const body = parseBlock(p, "'for' statement", head.line);
  const orelse = parseElse(p);
  return endAt(p, { _type: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null }, p.toks[s]);
}

function parseWithItem(p: Parser): N {
  const context_expr = parseExpression(p);
  let optional_vars: N = null;
  if (p.eat('as')) {
    optional_vars = toStore(p, parseTargetElement(p));
    const k = p.k();
    if (k !== ',' && k !== ')' && k !== ':') p.fail();
  }
  return { _type: 'withitem', context_expr, optional_vars };
}

function parseWith(p: Parser, s: number): N {
  const isAsync = p.kinds[s] === 'async';
  const head = p.toks[p.i++];
  let items: N[] | null = null;
  if (p.k() === '(') {
    // `with (a as b, c):` — parenthesized items, if the parens close right before ':'.
    const save = p.i;
    try {
      p.i++;
      p.depth++;
      const list: N[] = [];
      while (p.k() !== ')') {
        list.push(parseWithItem(p));
        if (!p.eat(',')) break;
      }
      p.depth--;
      if (list.length && p.k() === ')' && p.kinds[p.i + 1] === ':') {
        p.i++;
        items = list;
      } else {
        p.i = save;
      }
    } catch {
      p.i = save;
      p.depth--;
    }
  }
  if (!items) {
    items = [];
    do items.push(parseWithItem(p));
    while (p.eat(','));
  }
  const body = parseBlock(p, "'with' statement", head.line);
  return endAt(p, { _type: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: null }, p.toks[s]);
}

function parseTry(p: Parser): N {
  const head = p.toks[p.i++];
  const body = parseBlock(p, "'try' statement", head.line);
  const handlers: N[] = [];
  let star: boolean | null = null;
  while (p.k() === 'except') {
    const ex = p.toks[p.i++];
    const isStar = p.eat('*');
    if (star !== null && star !== isStar) p.errorAtTok("cannot have both 'except' and 'except*' on the same 'try'", ex);
    star = isStar;
    let type: N = null;
    let name: string | null = null;
    if (p.k() !== ':') {
      type = parseExpression(p);
      if (p.k() === ',') {
        p.errorAtNode('multiple exception types must be parenthesized', type, (() => {
          const save = p.i;
          p.i++;
          const e = parseExpression(p);
          p.i = save;
          return e;
        })());
      }
      if (p.eat('as')) name = normalizeName(p.expect('NAME').string);
    } else if (isStar) {
      p.errorAtTok('expected one or more exception types');
    }
    const hbody = parseBlock(p, isStar ? "'except*' statement" : "'except' statement", ex.line);
    handlers.push(endAt(p, { _type: 'ExceptHandler', type, name, body: hbody }, ex));
  }
  const orelse = handlers.length ? parseElse(p) : [];
  let finalbody: N[] = [];
  if (p.k() === 'finally') {
    const f = p.toks[p.i++];
    finalbody = parseBlock(p, "'finally' statement", f.line);
  }
  if (!handlers.length && !finalbody.length) {
    p.errorAtTok("expected 'except' or 'finally' block");
  }
  return endAt(p, { _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody }, head);
}

export { LOAD, parseBitOr };
