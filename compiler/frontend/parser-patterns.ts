// `match` statements (soft keyword) and every pattern kind of PEP 634.
import { LOAD, type N, type Parser } from './parser-core.js';
import { parseNamedExpression, parseStarNamedExpression } from './parser-expressions.js';
import { parseStrings } from './parser-strings.js';
import { parseNumber } from './parser-literals.js';
import { endAt, parseBlock } from './parser-statements.js';
import { normalizeName } from './parser-names.js';

/** Parse a match statement at a NAME 'match', or return null (and move nothing) if it is not one. */
export function parseMatch(p: Parser): N | null {
  const s = p.i;
  const depth = p.depth;
  let subject: N;
  try {
    p.i++;
    subject = parseSubject(p);
  } catch {
    p.i = s;
    p.depth = depth;
    return null;
  }
  if (p.k() !== ':' || p.kinds[p.i + 1] !== 'NEWLINE') {
    p.i = s;
    return null;
  }
  const head = p.toks[s];
  p.i += 2;
  if (p.k() !== 'INDENT') {
    const t = p.tok;
    p.raise(`expected an indented block after 'match' statement on line ${head.line}`, t.line, t.byteCol, t.line, t.byteCol + 1, 'IndentationError');
  }
  p.i++;
  const cases: N[] = [];
  while (p.isSoft('case')) {
    const c = p.toks[p.i++];
    const pattern = parsePatterns(p);
    const guard = p.eat('if') ? parseNamedExpression(p) : null;
    const body = parseBlock(p, "'case' statement", c.line);
    cases.push({ _type: 'match_case', pattern, guard, body });
  }
  if (cases.length === 0 || p.k() !== 'DEDENT') p.fail();
  p.i++;
  return endAt(p, { _type: 'Match', subject, cases }, head);
}

function parseSubject(p: Parser): N {
  const s = p.i;
  const first = parseStarNamedExpression(p);
  if (p.k() !== ',') {
    if (first._type === 'Starred') p.fail();
    return first;
  }
  const elts = [first];
  while (p.eat(',')) {
    if (p.k() === ':') break;
    elts.push(parseStarNamedExpression(p));
  }
  return p.fin({ _type: 'Tuple', elts, ctx: LOAD }, s);
}

/** patterns: an open sequence (`case a, b:`) or a single pattern. */
function parsePatterns(p: Parser): N {
  const s = p.i;
  const first = parseMaybeStarPattern(p);
  if (p.k() !== ',') {
    if (first._type === 'MatchStar') return p.fin({ _type: 'MatchSequence', patterns: [first] }, s);
    return first;
  }
  const patterns = [first];
  while (p.eat(',')) {
    if (p.k() === ':' || p.k() === 'if') break;
    patterns.push(parseMaybeStarPattern(p));
  }
  return p.fin({ _type: 'MatchSequence', patterns }, s);
}

function parseMaybeStarPattern(p: Parser): N {
  if (p.k() === '*') {
    const s = p.i++;
    const t = p.expect('NAME');
    return p.fin({ _type: 'MatchStar', name: t.string === '_' ? null : normalizeName(t.string) }, s);
  }
  return parsePattern(p);
}

function parsePattern(p: Parser): N {
  const s = p.i;
  const or = parseOrPattern(p);
  if (p.k() !== 'as') return or;
  p.i++;
  const t = p.tok;
  if (p.k() !== 'NAME') p.fail();
  if (t.string === '_') p.errorAtTok("cannot use '_' as a target", t);
  p.i++;
  return p.fin({ _type: 'MatchAs', pattern: or, name: normalizeName(t.string) }, s);
}

function parseOrPattern(p: Parser): N {
  const s = p.i;
  const first = parseClosedPattern(p);
  if (p.k() !== '|') return first;
  const patterns = [first];
  while (p.eat('|')) patterns.push(parseClosedPattern(p));
  return p.fin({ _type: 'MatchOr', patterns }, s);
}

function parseClosedPattern(p: Parser): N {
  const s = p.i;
  const t = p.tok;
  switch (p.k()) {
    case 'None': p.i++; return p.finTok({ _type: 'MatchSingleton', value: null }, t);
    case 'True': p.i++; return p.finTok({ _type: 'MatchSingleton', value: true }, t);
    case 'False': p.i++; return p.finTok({ _type: 'MatchSingleton', value: false }, t);
    case 'STRING': case 'FSTRING_START': return p.fin({ _type: 'MatchValue', value: parseStrings(p) }, s);
    case 'NUMBER': case '-': return p.fin({ _type: 'MatchValue', value: parseSignedNumber(p) }, s);
    case '(': return parseParenPattern(p);
    case '[': {
      p.i++;
      const patterns = parseSequenceItems(p, ']');
      p.expect(']');
      return p.fin({ _type: 'MatchSequence', patterns }, s);
    }
    case '{': return parseMappingPattern(p);
    case 'NAME': {
      let value: N = p.finTok({ _type: 'Name', id: normalizeName(t.string), ctx: LOAD }, t);
      p.i++;
      if (p.k() !== '.' && p.k() !== '(') {
        if (t.string === '_') return p.finTok({ _type: 'MatchAs', pattern: null, name: null }, t);
        return p.finTok({ _type: 'MatchAs', pattern: null, name: value.id }, t);
      }
      while (p.eat('.')) {
        const a = p.expect('NAME');
        value = p.fin({ _type: 'Attribute', value, attr: normalizeName(a.string), ctx: LOAD }, s);
      }
      if (p.k() === '(') return parseClassPattern(p, value, s);
      return p.fin({ _type: 'MatchValue', value }, s);
    }
  }
  return p.fail();
}

/** signed_number, optionally `+`/`-` an imaginary number (complex literal). */
function parseSignedNumber(p: Parser): N {
  const s = p.i;
  let left: N;
  if (p.k() === '-') {
    p.i++;
    const t = p.expect('NUMBER');
    const c = p.finTok({ _type: 'Constant', value: parseNumber(t.string), kind: null }, t);
    left = p.fin({ _type: 'UnaryOp', op: { _type: 'USub' }, operand: c }, s);
  } else {
    const t = p.toks[p.i++];
    left = p.finTok({ _type: 'Constant', value: parseNumber(t.string), kind: null }, t);
  }
  if (p.k() === '+' || p.k() === '-') {
    const op = p.k() === '+' ? { _type: 'Add' } : { _type: 'Sub' };
    p.i++;
    const t = p.expect('NUMBER');
    const right = p.finTok({ _type: 'Constant', value: parseNumber(t.string), kind: null }, t);
    return p.fin({ _type: 'BinOp', left, op, right }, s);
  }
  return left;
}

function parseParenPattern(p: Parser): N {
  const s = p.i++;
  if (p.eat(')')) return p.fin({ _type: 'MatchSequence', patterns: [] }, s);
  const first = parseMaybeStarPattern(p);
  if (p.k() === ')' && first._type !== 'MatchStar') {
    p.i++;
    return first; // group pattern
  }
  const patterns = [first];
  while (p.eat(',')) {
    if (p.k() === ')') break;
    patterns.push(parseMaybeStarPattern(p));
  }
  p.expect(')');
  return p.fin({ _type: 'MatchSequence', patterns }, s);
}

function parseSequenceItems(p: Parser, close: string): N[] {
  const out: N[] = [];
  while (p.k() !== close) {
    out.push(parseMaybeStarPattern(p));
    if (!p.eat(',')) break;
  }
  return out;
}

function parseMappingPattern(p: Parser): N {
  const s = p.i++;
  const keys: N[] = [];
  const patterns: N[] = [];
  let rest: string | null = null;
  while (p.k() !== '}') {
    if (p.eat('**')) {
      rest = normalizeName(p.expect('NAME').string);
      p.eat(',');
      break;
    }
    keys.push(parseMappingKey(p));
    p.expect(':');
    patterns.push(parsePattern(p));
    if (!p.eat(',')) break;
  }
  p.expect('}');
  return p.fin({ _type: 'MatchMapping', keys, patterns, rest }, s);
}

function parseMappingKey(p: Parser): N {
  const s = p.i;
  const t = p.tok;
  switch (p.k()) {
    case 'None': p.i++; return p.finTok({ _type: 'Constant', value: null, kind: null }, t);
    case 'True': p.i++; return p.finTok({ _type: 'Constant', value: true, kind: null }, t);
    case 'False': p.i++; return p.finTok({ _type: 'Constant', value: false, kind: null }, t);
    case 'STRING': case 'FSTRING_START': return parseStrings(p);
    case 'NUMBER': case '-': return parseSignedNumber(p);
    case 'NAME': {
      p.i++;
      let value: N = p.finTok({ _type: 'Name', id: normalizeName(t.string), ctx: LOAD }, t);
      if (p.k() !== '.') p.fail();
      while (p.eat('.')) {
        const a = p.expect('NAME');
        value = p.fin({ _type: 'Attribute', value, attr: normalizeName(a.string), ctx: LOAD }, s);
      }
      return value;
    }
  }
  return p.fail();
}

function parseClassPattern(p: Parser, cls: N, s: number): N {
  p.i++; // (
  const patterns: N[] = [];
  const kwd_attrs: string[] = [];
  const kwd_patterns: N[] = [];
  while (p.k() !== ')') {
    if (p.k() === 'NAME' && p.kinds[p.i + 1] === '=') {
      kwd_attrs.push(normalizeName(p.toks[p.i].string));
      p.i += 2;
      kwd_patterns.push(parsePattern(p));
    } else {
      const pat = parsePattern(p);
      if (kwd_attrs.length) p.errorAtNode('positional patterns follow keyword patterns', pat);
      patterns.push(pat);
    }
    if (!p.eat(',')) break;
  }
  p.expect(')');
  return p.fin({ _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns }, s);
}
