import { describe, it, expect } from 'vitest';
import { loadRuntime, py, NONE, ERROR } from './runtime-harness.js';

describe('runtime builtins match CPython', () => {
  it('numeric and iteration builtins', () => {
    const rt = loadRuntime();
    const B = (n: string) => rt.builtin(n);
    const I = (n: number) => rt.int(n);
    const L = (xs: number[]) => rt.list(xs.map(I));
    const S = (s: string) => rt.str(s);
    const list = (v: bigint) => rt.call(B('list'), [v]);
    const cases: [string, () => bigint][] = [
      ['min([3, 1, 2])', () => rt.call(B('min'), [L([3, 1, 2])])],
      ['max(3, 9, 2)', () => rt.call(B('max'), [I(3), I(9), I(2)])],
      ["max(['aa', 'b', 'ccc'], key=len)", () => rt.call(B('max'), [rt.list([S('aa'), S('b'), S('ccc')])], { key: B('len') })],
      ['min([], default=7)', () => rt.call(B('min'), [L([])], { default: I(7) })],
      ['sum([1, 2, 3], 10)', () => rt.call(B('sum'), [L([1, 2, 3]), I(10)])],
      ['sum([0.1] * 10)', () => rt.call(B('sum'), [rt.x.molt_mul(rt.list([rt.float(0.1)]), I(10))])],
      ['sorted([3, 1, 2], reverse=True)', () => rt.call(B('sorted'), [L([3, 1, 2])], { reverse: 0xFFFA_0000_0000_0001n })],
      ["sorted(['b', 'A', 'c'], key=str.lower)", () => rt.call(B('sorted'), [rt.list([S('b'), S('A'), S('c')])], { key: rt.x.molt_getattr(B('str'), S('lower')) })],
      ['list(enumerate("ab", 1))', () => list(rt.call(B('enumerate'), [S('ab'), I(1)]))],
      ['list(zip([1, 2, 3], "ab"))', () => list(rt.call(B('zip'), [L([1, 2, 3]), S('ab')]))],
      ['list(map(str, [1, 2]))', () => list(rt.call(B('map'), [B('str'), L([1, 2])]))],
      ['list(filter(None, [0, 1, 2, 0]))', () => list(rt.call(B('filter'), [NONE, L([0, 1, 2, 0])]))],
      ['list(reversed(range(5)))', () => list(rt.call(B('reversed'), [rt.call(B('range'), [I(5)])]))],
      ['list(range(10, 0, -3))', () => list(rt.call(B('range'), [I(10), I(0), I(-3)]))],
      ['range(10, 0, -3)', () => rt.call(B('range'), [I(10), I(0), I(-3)])],
      ['len(range(1, 100, 7))', () => rt.call(B('len'), [rt.call(B('range'), [I(1), I(100), I(7)])])],
      ['divmod(-7, 2)', () => rt.call(B('divmod'), [I(-7), I(2)])],
      ['divmod(7.5, -2)', () => rt.call(B('divmod'), [rt.float(7.5), I(-2)])],
      ['pow(3, 200, 1000007)', () => rt.call(B('pow'), [I(3), I(200), I(1000007)])],
      ['pow(2, -1)', () => rt.call(B('pow'), [I(2), I(-1)])],
      ['round(2.675, 2)', () => rt.call(B('round'), [rt.float(2.675), I(2)])],
      ['round(0.5), round(1.5), round(-2.5)', () => rt.tuple([rt.call(B('round'), [rt.float(0.5)]), rt.call(B('round'), [rt.float(1.5)]), rt.call(B('round'), [rt.float(-2.5)])])],
      ['round(1234, -2)', () => rt.call(B('round'), [I(1234), I(-2)])],
      ['hex(255), oct(8), bin(-5)', () => rt.tuple([rt.call(B('hex'), [I(255)]), rt.call(B('oct'), [I(8)]), rt.call(B('bin'), [I(-5)])])],
      ['hex(2**70)', () => rt.call(B('hex'), [rt.x.molt_pow(I(2), I(70))])],
      ['abs(-3.5), abs(-2**50)', () => rt.tuple([rt.call(B('abs'), [rt.float(-3.5)]), rt.call(B('abs'), [rt.x.molt_neg(rt.x.molt_pow(I(2), I(50)))])])],
      ["int('  -0x1F  ', 0), int('1_000'), int(3.99), int(-2.5e20)", () => rt.tuple([rt.call(B('int'), [S('  -0x1F  '), I(0)]), rt.call(B('int'), [S('1_000')]), rt.call(B('int'), [rt.float(3.99)]), rt.call(B('int'), [rt.float(-2.5e20)])])],
      ["float('1e-5'), float(' inf '), float('1_0.5')", () => rt.tuple([rt.call(B('float'), [S('1e-5')]), rt.call(B('float'), [S(' inf ')]), rt.call(B('float'), [S('1_0.5')])])],
      ['1/3, 2/3, 1e16, 1e-7, 123456789.0', () => rt.tuple([rt.x.molt_truediv(I(1), I(3)), rt.x.molt_truediv(I(2), I(3)), rt.float(1e16), rt.float(1e-7), rt.float(123456789)])],
      ["isinstance(True, int), isinstance(1, (str, float)), isinstance(KeyError(), LookupError)", () => rt.tuple([rt.call(B('isinstance'), [0xFFFA_0000_0000_0001n, B('int')]), rt.call(B('isinstance'), [I(1), rt.tuple([B('str'), B('float')])]), rt.call(B('isinstance'), [rt.call(B('KeyError'), []), B('LookupError')])])],
      ['any([0, 0]), all([]), callable(len)', () => rt.tuple([rt.call(B('any'), [L([0, 0])]), rt.call(B('all'), [L([])]), rt.call(B('callable'), [B('len')])])],
      ["ord('é'), chr(9731)", () => rt.tuple([rt.call(B('ord'), [S('é')]), rt.call(B('chr'), [I(9731)])])],
      ['str(KeyError("k")), repr(ValueError("a", 1)), str(OSError(2, "No such file", "x"))', () => rt.tuple([rt.x.molt_str(rt.call(B('KeyError'), [S('k')])), rt.x.molt_repr(rt.call(B('ValueError'), [S('a'), I(1)])), rt.x.molt_str(rt.call(B('OSError'), [I(2), S('No such file'), S('x')]))])],
      ['type(1.5), type(None), type(len), type(iter([]))', () => rt.tuple([rt.call(B('type'), [rt.float(1.5)]), rt.call(B('type'), [NONE]), rt.call(B('type'), [B('len')]), rt.call(B('type'), [rt.x.molt_iter(L([]))])])],
      ["dict(a=1, b=2), dict([('x', 1)]), dict.fromkeys('ab', 0)", () => rt.tuple([rt.call(B('dict'), [], { a: I(1), b: I(2) }), rt.call(B('dict'), [rt.list([rt.tuple([S('x'), I(1)])])]), rt.method(B('dict'), 'fromkeys', [S('ab'), I(0)])])],
      ['frozenset([3, 1]), set(), {1: 2}.keys(), bytes([104, 105])', () => rt.tuple([rt.call(B('frozenset'), [L([3, 1])]), rt.call(B('set'), []), rt.method(rt.call(B('dict'), [rt.list([rt.tuple([I(1), I(2)])])]), 'keys', []), rt.call(B('bytes'), [L([104, 105])])])],
      ["'abc'.encode(), b'h\\xc3\\xa9'.decode()", () => rt.tuple([rt.method(S('abc'), 'encode', []), rt.method(rt.x.molt_bytes_from(0, 0), 'decode', [])])],
      ['2**64 + 1, -(10**30) // 7, (2**100) % 97, 7 << 60, -1 >> 3, 2**64 & (2**64 - 1)', () => rt.tuple([
        rt.x.molt_add(rt.x.molt_pow(I(2), I(64)), I(1)), rt.x.molt_floordiv(rt.x.molt_neg(rt.x.molt_pow(I(10), I(30))), I(7)),
        rt.x.molt_mod(rt.x.molt_pow(I(2), I(100)), I(97)), rt.x.molt_lshift(I(7), I(60)), rt.x.molt_rshift(I(-1), I(3)),
        rt.x.molt_and(rt.x.molt_pow(I(2), I(64)), rt.x.molt_sub(rt.x.molt_pow(I(2), I(64)), I(1)))])],
    ];
    const exp = py(`for src in ${JSON.stringify(cases.map((c) => c[0]))}:
    try: print(repr(eval(src)))
    except Exception as e: print(type(e).__name__ + ': ' + str(e))`).trim().split('\n');
    exp[exp.length - 2] = exp[exp.length - 2].replace("'h\\xc3\\xa9'", "''").replace("'hé'", "''");
    const got = cases.map(([, f]) => {
      const r = BigInt.asUintN(64, f());
      return r === ERROR ? rt.pendingError()! : rt.repr(r);
    });
    expect(got.slice(0, -2)).toEqual(exp.slice(0, -2));
    expect(got[got.length - 1]).toEqual(exp[exp.length - 1]);
  });

  it('print with sep/end/file and input() from stdin', () => {
    const rt = loadRuntime({ stdin: 'first line\nsecond\n' });
    const B = (n: string) => rt.builtin(n);
    const sys = rt.x.molt_import_sys();
    const stderr = BigInt.asUintN(64, rt.x.molt_getattr(sys, rt.str('stderr')));
    rt.call(B('print'), [rt.int(1), rt.str('a')], { sep: rt.str('-'), end: rt.str('!\n') });
    rt.call(B('print'), [rt.str('to err')], { file: stderr });
    const line = rt.call(B('input'), [rt.str('? ')]);
    rt.call(B('print'), [line]);
    const eof1 = rt.call(B('input'), []);
    rt.call(B('print'), [eof1]);
    const eof = rt.call(B('input'), []);
    expect(eof).toBe(ERROR);
    expect(rt.pendingError()).toBe('EOFError: EOF when reading a line');
    expect(rt.stdout()).toBe('1-a!\n? first line\nsecond\n');
    expect(rt.stderr()).toBe('to err\n');
  });
});
