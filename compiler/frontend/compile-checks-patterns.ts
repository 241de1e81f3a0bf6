// The match-statement part of the compile checks: compile.c's pattern
// compiler rejects unreachable cases, duplicate captures, or-patterns that
// bind different names, repeated class keywords and duplicate mapping keys.
import type * as A from './ast.js';
import { PyComplex, type PyConstant } from './constants.js';
import { reprConstant, reprStr } from './py-repr.js';
import type { SymtableErrors } from './symtable-errors.js';
import type { Loc } from './symtable-types.js';

/** What the pattern walk needs from the statement/expression checker. */
export interface PatternHost {
  readonly err: SymtableErrors;
  expr(e: A.expr): void;
  optExpr(e: A.expr | null): void;
  stmts(body: readonly A.stmt[]): void;
  forbidden(name: string, ctx: 'Store', loc: Loc): void;
  unpackCheck(starred: boolean[], loc: Loc, multipleMsg: string): void;
}

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
}

const isWildcard = (p: A.pattern) => p._type === 'MatchAs' && p.pattern === null && p.name === null;

/** compiler_match: a trailing unguarded `case _` is compiled apart (and may follow nothing). */
export function checkMatch(h: PatternHost, s: A.Match): void {
  h.expr(s.subject);
  const n = s.cases.length;
  const hasDefault = n > 1 && isWildcard(s.cases[n - 1].pattern);
  s.cases.forEach((m, i) => {
    if (!(hasDefault && i === n - 1)) {
      // Irrefutable cases must be either guarded, last, or both.
      pattern(h, m.pattern, { stores: [], allowIrrefutable: m.guard !== null || i === n - 1 });
    }
    h.optExpr(m.guard);
    h.stmts(m.body);
  });
}

function subpattern(h: PatternHost, p: A.pattern, pc: PatternContext): void {
  const saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(h, p, pc);
  pc.allowIrrefutable = saved;
}

function storeName(h: PatternHost, name: string | null, loc: Loc, pc: PatternContext): void {
  if (name === null) return;
  h.forbidden(name, 'Store', loc);
  if (pc.stores.includes(name)) h.err.raise(`multiple assignments to name ${reprStr(name)} in pattern`, loc);
  pc.stores.push(name);
}

function pattern(h: PatternHost, p: A.pattern, pc: PatternContext): void {
  switch (p._type) {
    case 'MatchValue':
      return h.expr(p.value);
    case 'MatchSingleton':
      return;
    case 'MatchStar':
      return storeName(h, p.name, p, pc);
    case 'MatchAs':
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          h.err.raise(p.name !== null ? `name capture ${reprStr(p.name)} makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable', p);
        }
      } else pattern(h, p.pattern, pc);
      return storeName(h, p.name, p, pc);
    case 'MatchSequence': {
      const stars = p.patterns.map((x) => x._type === 'MatchStar');
      if (stars.filter(Boolean).length > 1) h.err.raise('multiple starred names in sequence pattern', p);
      const star = stars.indexOf(true);
      const onlyWildcards = p.patterns.every((x) => isWildcard(x) || (x._type === 'MatchStar' && x.name === null));
      const starWildcard = star >= 0 && (p.patterns[star] as A.MatchStar).name === null;
      // Only the UNPACK_EX path (a named star) has the 256-item limit.
      if (!onlyWildcards && !starWildcard) h.unpackCheck(stars, p, 'multiple starred expressions in sequence pattern');
      for (const x of p.patterns) subpattern(h, x, pc);
      return;
    }
    case 'MatchMapping':
      return mappingPattern(h, p, pc);
    case 'MatchClass':
      p.kwd_attrs.forEach((attr, i) => {
        h.forbidden(attr, 'Store', p.kwd_patterns[i]);
        for (let j = i + 1; j < p.kwd_attrs.length; j++) {
          if (p.kwd_attrs[j] === attr) h.err.raise(`attribute name repeated in class pattern: ${attr}`, p.kwd_patterns[j]);
        }
      });
      h.expr(p.cls);
      for (const x of [...p.patterns, ...p.kwd_patterns]) if (!isWildcard(x)) subpattern(h, x, pc);
      return;
    case 'MatchOr':
      return orPattern(h, p, pc);
  }
}

function mappingPattern(h: PatternHost, p: A.MatchMapping, pc: PatternContext): void {
  if (p.keys.length === 0 && p.rest === null) return;
  const seen = new Set<string>();
  for (const key of p.keys) {
    const folded = foldConstant(key);
    if (folded !== undefined) {
      const k = constantKey(folded);
      if (k !== null && seen.has(k)) h.err.raise(`mapping pattern checks duplicate key (${reprConstant(folded)})`, p);
      if (k !== null) seen.add(k);
    } else if (key._type !== 'Attribute') {
      h.err.raise('mapping pattern keys may only match literals and attribute lookups', p);
    }
    h.expr(key);
  }
  for (const x of p.patterns) subpattern(h, x, pc);
  storeName(h, p.rest, p, pc);
}

/** compiler_pattern_or: each alternative binds the same names; only the last may be irrefutable. */
function orPattern(h: PatternHost, p: A.MatchOr, pc: PatternContext): void {
  const outer = pc.stores;
  const outerAllow = pc.allowIrrefutable;
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    pc.stores = [];
    pc.allowIrrefutable = i === p.patterns.length - 1 && outerAllow;
    pattern(h, alt, pc);
    if (control === null) control = pc.stores;
    else if (pc.stores.length !== control.length || control.some((n) => !pc.stores.includes(n))) {
      h.err.raise('alternative patterns bind different names', p);
    }
  });
  pc.stores = outer;
  pc.allowIrrefutable = outerAllow;
  for (const name of control ?? []) {
    if (outer.includes(name)) h.err.raise(`multiple assignments to name ${reprStr(name)} in pattern`, p);
    outer.push(name);
  }
}

/** The constant the AST optimizer folds a literal key to (`-1`, `1+2j`), or undefined. */
function foldConstant(e: A.expr): PyConstant | undefined {
  if (e._type === 'Constant') return e.value;
  if (e._type === 'UnaryOp' && e.op._type === 'USub') {
    const v = foldConstant(e.operand);
    if (typeof v === 'bigint' || typeof v === 'number') return -v;
    if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
    return undefined;
  }
  if (e._type === 'BinOp' && (e.op._type === 'Add' || e.op._type === 'Sub')) {
    const l = foldConstant(e.left);
    const r = foldConstant(e.right);
    if ((typeof l === 'bigint' || typeof l === 'number') && r instanceof PyComplex) {
      const sign = e.op._type === 'Add' ? 1 : -1;
      return new PyComplex(Number(l) + sign * r.real, sign * r.imag);
    }
  }
  return undefined;
}

/** A string equal for constants Python's set treats as equal (1 == 1.0 == True == 1+0j). */
function constantKey(v: PyConstant): string | null {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'n:1' : 'n:0';
  if (typeof v === 'bigint') return `n:${v}`;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return null; // distinct NaN objects never compare equal
    return Number.isInteger(v) ? `n:${BigInt(v)}` : `f:${v}`;
  }
  if (typeof v === 'string') return `s:${v}`;
  if (v instanceof Uint8Array) return `b:${Array.from(v).join(',')}`;
  if (v instanceof PyComplex) return v.imag === 0 ? constantKey(v.real) : `c:${v.real + 0},${v.imag}`;
  return 'Ellipsis';
}
