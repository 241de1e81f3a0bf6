import { describe, it, expect } from 'vitest';
import { loadRuntime, py, NONE, ERROR, type Rt } from './runtime-harness.js';

type Arg = string | number | null | boolean | Arg[] | { t: Arg[] } | { f: number };
type Case = [Arg, string, Arg[], Record<string, Arg>?];

function toPy(a: Arg): string {
  if (a === null) return 'None';
  if (typeof a === 'boolean') return a ? 'True' : 'False';
  if (typeof a === 'number') return String(a);
  if (typeof a === 'string') return JSON.stringify(a);
  if (Array.isArray(a)) return '[' + a.map(toPy).join(', ') + ']';
  if ('t' in a) return '(' + a.t.map(toPy).join(', ') + (a.t.length === 1 ? ',)' : ')');
  return `float(${JSON.stringify(String(a.f))})`;
}
function toRt(rt: Rt, a: Arg): bigint {
  if (a === null) return NONE;
  if (typeof a === 'boolean') return a ? 0xFFFA_0000_0000_0001n : 0xFFFA_0000_0000_0000n;
  if (typeof a === 'number') return rt.int(a);
  if (typeof a === 'string') return rt.str(a);
  if (Array.isArray(a)) return rt.list(a.map((x) => toRt(rt, x)));
  if ('t' in a) return rt.tuple(a.t.map((x) => toRt(rt, x)));
  return rt.float(a.f);
}

/** Evaluates every case in python and in the runtime; returns both result lists. */
export function compareCases(cases: Case[]): { exp: string[]; got: string[] } {
  const lines = cases.map(([recv, m, args, kw]) => {
    const kws = Object.entries(kw ?? {}).map(([k, v]) => `${k}=${toPy(v)}`);
    return `(${toPy(recv)}).${m}(${[...args.map(toPy), ...kws].join(', ')})`;
  });
  const code = `import sys
for src in ${JSON.stringify(lines)}:
    try: print(repr(eval(src)))
    except Exception as e: print('EXC', type(e).__name__ + ':', e)`;
  const exp = py(code).split('\n').slice(0, cases.length);
  const rt = loadRuntime();
  const got = cases.map(([recv, m, args, kw]) => {
    const kwv: Record<string, bigint> = {};
    for (const [k, v] of Object.entries(kw ?? {})) kwv[k] = toRt(rt, v);
    const r = rt.method(toRt(rt, recv), m, args.map((a) => toRt(rt, a)), kwv);
    if (r === ERROR) return 'EXC ' + rt.pendingError();
    return rt.repr(r);
  });
  return { exp, got };
}

describe('runtime str methods match CPython', () => {
  it('split/join/strip/replace/find family', () => {
    const cases: Case[] = [
      ['  a b\tc\n d  ', 'split', []], ['a,b,,c', 'split', [',']], ['a,b,,c', 'split', [',', 1]],
      ['  a b c  ', 'split', [null, 1]], ['  a b c  ', 'rsplit', [null, 1]], ['a,b,c', 'rsplit', [','], { maxsplit: 1 }],
      ['x', 'split', ['']], ['', 'split', []], ['', 'split', [',']], ['héllo wörld', 'split', ['ö']],
      ['-', 'join', [['a', 'b', 'c']]], ['', 'join', [[]]], [', ', 'join', [['x']]], ['-', 'join', [['a', 1]]],
      ['  hi  ', 'strip', []], ['xxhixx', 'strip', ['x']], ['  hi  ', 'lstrip', []], ['  hi  ', 'rstrip', []],
      ['\u00a0hi\u3000', 'strip', []], ['abcabc', 'replace', ['b', 'XY']], ['abcabc', 'replace', ['b', '', 1]],
      ['abc', 'replace', ['', '-']], ['abc', 'replace', ['', '-', 2]], ['hello', 'find', ['l']], ['hello', 'rfind', ['l']],
      ['hello', 'find', ['z']], ['hello', 'index', ['z']], ['hello', 'find', ['l', 3]], ['hello', 'find', ['l', -2, -1]],
      ['héllo', 'find', ['l']], ['héllo', 'rindex', ['l']], ['aaaa', 'count', ['aa']], ['aaaa', 'count', ['']],
      ['abc', 'count', ['', 1, 2]], ['hello', 'startswith', ['he']], ['hello', 'startswith', [{ t: ['x', 'hel'] }]],
      ['hello', 'endswith', ['lo', 0, 4]], ['hello', 'startswith', [1]], ['hello', 'endswith', ['']],
      ['a=b=c', 'partition', ['=']], ['a=b=c', 'rpartition', ['=']], ['abc', 'partition', ['x']], ['abc', 'rpartition', ['x']],
      ['abc', 'partition', ['']], ['a\nb\r\nc\rd\x0be', 'splitlines', []], ['a\nb\n', 'splitlines', [true]],
      ['a\tb\tc', 'expandtabs', []], ['ab\tc', 'expandtabs', [4]], ['prefix_x', 'removeprefix', ['prefix_']],
      ['x.py', 'removesuffix', ['.py']],
    ];
    const { exp, got } = compareCases(cases);
    expect(got).toEqual(exp);
  });

  it('case, predicates, padding', () => {
    const cases: Case[] = [
      ['Hello World', 'upper', []], ['Hello World', 'lower', []], ['hello world foo', 'title', []], ["they're bill's", 'title', []],
      ['hELLO', 'capitalize', []], ['Hello', 'swapcase', []], ['straße', 'upper', []], ['ÀÉÎõü', 'lower', []], ['àéîÕÜ', 'upper', []],
      ['Straße', 'casefold', []], ['ΑΒΓ', 'lower', []], ['привет', 'upper', []],
      ['123', 'isdigit', []], ['12a', 'isdigit', []], ['', 'isdigit', []], ['abc', 'isalpha', []], ['ab1', 'isalnum', []],
      [' \t\n', 'isspace', []], ['ABC', 'isupper', []], ['AbC', 'isupper', []], ['abc1', 'islower', []], ['123', 'islower', []],
      ['²', 'isdigit', []], ['²', 'isdecimal', []], ['½', 'isnumeric', []], ['_x1', 'isidentifier', []], ['1x', 'isidentifier', []],
      ['Hello World', 'istitle', []], ['Hello world', 'istitle', []], ['abc', 'isascii', []], ['é', 'isascii', []],
      ['ab\n', 'isprintable', []], ['ab c', 'isprintable', []], ['42', 'zfill', [5]], ['-42', 'zfill', [5]], ['+4', 'zfill', [1]],
      ['ab', 'center', [7]], ['abc', 'center', [6, '*']], ['ab', 'ljust', [5, '.']], ['ab', 'rjust', [5]], ['ab', 'center', [5, 'xy']],
      ['é', 'center', [4, 'ü']],
    ];
    const { exp, got } = compareCases(cases);
    expect(got).toEqual(exp);
  });

  it('format, %, repr', () => {
    const cases: Case[] = [
      ['{} and {}', 'format', ['a', 1]], ['{1}{0}', 'format', ['a', 'b']], ['{x}-{y!r}', 'format', [], { x: 1, y: 'z' }],
      ['{:>6}|{:<4}|{:^5}|', 'format', ['ab', 'c', 'd']], ['{:*^9}', 'format', ['mid']], ['{:.2}', 'format', ['abcdef']],
      ['{0[1]}', 'format', [[5, 6]]], ['{{}} {}', 'format', [7]], ['{:{}}', 'format', ['x', 4]], ['{}', 'format', []],
      ['{0}{}', 'format', [1, 2]], ['{:d}', 'format', ['s']], ['{:05d}|{:x}|{:#b}|{:,}', 'format', [42, 255, 5, 1234567]],
      ['{:+.3f}|{:e}|{:g}|{:%}', 'format', [{ f: 3.14159 }, { f: 1234.5 }, { f: 0.0001 }, { f: 0.25 }]],
      ['{!r:>8}', 'format', ['q']], ['}', 'format', []],
    ];
    const { exp, got } = compareCases(cases);
    expect(got).toEqual(exp);
    const rt = loadRuntime();
    const fmtPy = py(`for f, a in [('%s-%d', ('a', 3)), ('%5.2f|%-6s|%03d', (3.14159, 'ab', 7)), ('%x %X %o %e %g', (255, 255, 8, 12345.678, 0.00001234)), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}), ('%c%c', (65, 'z')), ('%%', ()), ('%s', ([1, 2],)), ('%d', ('x',)), ('%s %s', (1,)), ('%s', (1, 2))]:
    try: print(repr(f % a))
    except Exception as e: print('EXC', type(e).__name__ + ':', e)`).trim().split('\n');
    const T = (xs: bigint[]) => rt.tuple(xs);
    const args: [string, bigint][] = [
      ['%s-%d', T([rt.str('a'), rt.int(3)])], ['%5.2f|%-6s|%03d', T([rt.float(3.14159), rt.str('ab'), rt.int(7)])],
      ['%x %X %o %e %g', T([rt.int(255), rt.int(255), rt.int(8), rt.float(12345.678), rt.float(0.00001234)])],
      ['%(a)s %(b)r', (() => { const d = BigInt.asUintN(64, rt.x.molt_dict_from(0, 0)); rt.x.molt_setitem(d, rt.str('a'), rt.int(1)); rt.x.molt_setitem(d, rt.str('b'), rt.str('x')); return d; })()],
      ['%c%c', T([rt.int(65), rt.str('z')])], ['%%', T([])], ['%s', T([rt.list([rt.int(1), rt.int(2)])])],
      ['%d', T([rt.str('x')])], ['%s %s', T([rt.int(1)])], ['%s', T([rt.int(1), rt.int(2)])],
    ];
    const got2 = args.map(([f, a]) => {
      const r = BigInt.asUintN(64, rt.x.molt_mod(rt.str(f), a));
      return r === ERROR ? 'EXC ' + rt.pendingError() : rt.repr(r);
    });
    expect(got2).toEqual(fmtPy);
    const reprs = ["it's", 'say "hi"', 'both \' and "', 'tab\there\n', '\x00\x7f\x80\xa0\xad', 'é日本\u200b\ud7ff', '\\'];
    const expR = py(`for s in ${JSON.stringify(reprs)}: print(repr(s))`).trim().split('\n');
    expect(reprs.map((s) => rt.repr(rt.str(s)))).toEqual(expR);
  });

  it('indexing and slicing by code point', () => {
    const rt = loadRuntime();
    const s = 'héllo wörld ☃ 𝄞!';
    const specs: [number | null, number | null, number | null][] = [[1, 5, null], [null, null, -1], [2, null, 3], [-5, null, null], [100, null, null], [null, -3, 2]];
    const exp = py(`s = ${JSON.stringify(s)}\nfor a, b, c in ${JSON.stringify(specs).replace(/null/g, 'None')}: print(repr(s[a:b:c]))\nprint(repr(s[1]), repr(s[-2]), len(s))`).trim().split('\n');
    const v = rt.str(s);
    const n = (x: number | null) => (x === null ? NONE : rt.int(x));
    const got = specs.map(([a, b, c]) => rt.repr(BigInt.asUintN(64, rt.x.molt_getitem(v, BigInt.asUintN(64, rt.x.molt_slice_new(n(a), n(b), n(c)))))));
    got.push(`${rt.repr(BigInt.asUintN(64, rt.x.molt_getitem(v, rt.int(1))))} ${rt.repr(BigInt.asUintN(64, rt.x.molt_getitem(v, rt.int(-2))))} ${rt.strOf(BigInt.asUintN(64, rt.x.molt_builtin_len(v)))}`);
    expect(got).toEqual(exp);
  });
});
