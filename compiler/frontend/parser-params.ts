// Parameter lists of `def` (annotations allowed) and `lambda` (not), built
// into an `arguments` node with CPython's split into posonly/args/kwonly.
import type { N, Parser } from './parser-core.js';
import { parseExpression, parseStarExpression } from './parser-expressions.js';
import { normalizeName } from './parser-names.js';

/** Parse parameters up to (not including) `close` (')' for def, ':' for lambda). */
export function parseArguments(p: Parser, close: string, annotations: boolean): N {
  const posonlyargs: N[] = [];
  let args: N[] = [];
  const defaults: N[] = [];
  const kwonlyargs: N[] = [];
  const kw_defaults: N[] = [];
  let vararg: N = null;
  let kwarg: N = null;
  let sawStar = false;
  let sawSlash = false;
  while (p.k() !== close) {
    const t = p.tok;
    if (kwarg) p.errorAtTok('arguments cannot follow var-keyword argument', t);
    if (p.k() === '/') {
      if (sawSlash) p.errorAtTok('/ may appear only once', t);
      if (sawStar) p.errorAtTok('/ must be ahead of *', t);
      if (args.length === 0) p.errorAtTok('at least one argument must precede /', t);
      p.i++;
      sawSlash = true;
      posonlyargs.push(...args);
      args = [];
    } else if (p.k() === '*') {
      if (sawStar) p.errorAtTok('* argument may appear only once', t);
      p.i++;
      sawStar = true;
      if (p.k() === 'NAME') {
        vararg = parseParam(p, annotations, true);
        if (p.k() === '=') p.errorAtTok('var-positional argument cannot have default value');
      } else if (p.k() === ',' && (p.kinds[p.i + 1] === close || p.kinds[p.i + 1] === '**')) {
        p.errorAtTok('named arguments must follow bare *', t);
      } else if (p.k() === close) {
        p.errorAtTok('named arguments must follow bare *', t);
      } else if (p.k() !== ',') {
        p.fail();
      }
    } else if (p.k() === '**') {
      p.i++;
      kwarg = parseParam(p, annotations, false);
      if (p.k() === '=') p.errorAtTok('var-keyword argument cannot have default value');
    } else if (p.k() === 'NAME') {
      const a = parseParam(p, annotations, false);
      let def: N = null;
      if (p.eat('=')) def = parseExpression(p);
      if (sawStar) {
        kwonlyargs.push(a);
        kw_defaults.push(def);
      } else {
        args.push(a);
        if (def) defaults.push(def);
        else if (defaults.length) p.errorAtNode('parameter without a default follows parameter with a default', a);
      }
    } else {
      p.fail();
    }
    if (!p.eat(',')) break;
  }
  if (p.k() !== close) {
    if (close === ')' && p.k() === ':' ) p.fail();
    p.fail();
  }
  return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
}

function parseParam(p: Parser, annotations: boolean, star: boolean): N {
  const s = p.i;
  const t = p.expect('NAME');
  let annotation: N = null;
  if (annotations && p.eat(':')) annotation = star ? parseStarExpression(p) : parseExpression(p);
  return p.fin({ _type: 'arg', arg: normalizeName(t.string), annotation, type_comment: null }, s);
}
