import { describe, it, expect } from 'vitest';
import { loadRuntime, py, NONE, ERROR, TRUE } from './runtime-harness.js';
import { findPythonOracle } from '../../compiler/util/python-oracle.js';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

function runPy(src: string): { stderr: string; status: number } {
  const dir = mkdtempSync(join(tmpdir(), 'molt-py-'));
  writeFileSync(join(dir, 'app.py'), src);
  const o = findPythonOracle()!;
  const r = spawnSync(o.command, ['app.py'], { cwd: dir, env: o.env, encoding: 'utf8' });
  return { stderr: r.stderr.split(join(dir, 'app.py')).join('app.py'), status: r.status ?? -1 };
}

describe('runtime errors and tracebacks', () => {
  it('operator error messages match CPython', () => {
    const rt = loadRuntime();
    const x = rt.x;
    const S = (s: string) => rt.str(s);
    const cases: [string, () => bigint][] = [
      ["1 + 'a'", () => x.molt_add(rt.int(1), S('a'))],
      ["'a' + 1", () => x.molt_add(S('a'), rt.int(1))],
      ['[1] + (1,)', () => x.molt_add(rt.list([rt.int(1)]), rt.tuple([rt.int(1)]))],
      ['1 // 0', () => x.molt_floordiv(rt.int(1), rt.int(0))],
      ['1 % 0', () => x.molt_mod(rt.int(1), rt.int(0))],
      ['1 / 0', () => x.molt_truediv(rt.int(1), rt.int(0))],
      ['1.0 % 0', () => x.molt_mod(rt.float(1), rt.int(0))],
      ["[1][5]", () => x.molt_getitem(rt.list([rt.int(1)]), rt.int(5))],
      ["'a'[5]", () => x.molt_getitem(S('a'), rt.int(5))],
      ['(1)[0]', () => x.molt_getitem(rt.int(1), rt.int(0))],
      ["{}['k']", () => x.molt_getitem(x.molt_dict_from(0, 0), S('k'))],
      ["'a' * 'b'", () => x.molt_mul(S('a'), S('b'))],
      ['-"a"', () => x.molt_neg(S('a'))],
      ["1 < 'a'", () => x.molt_lt(rt.int(1), S('a'))],
      ['(1).foo', () => x.molt_getattr(rt.int(1), S('foo'))],
      ['None()', () => rt.call(NONE, [])],
      ['len(5)', () => rt.call(rt.builtin('len'), [rt.int(5)])],
      ["int('x')", () => rt.call(rt.builtin('int'), [S('x')])],
      ["float('x')", () => rt.call(rt.builtin('float'), [S('x')])],
      ['max([])', () => rt.call(rt.builtin('max'), [rt.list([])])],
      ['chr(-1)', () => rt.call(rt.builtin('chr'), [rt.int(-1)])],
      ["hash([])", () => rt.call(rt.builtin('hash'), [rt.list([])])],
      ["(1,2)[1.0]", () => x.molt_getitem(rt.tuple([rt.int(1), rt.int(2)]), rt.float(1))],
      ['2 ** 100', () => x.molt_pow(rt.int(2), rt.int(100))],
      ['10 ** 20 // 7', () => x.molt_floordiv(x.molt_pow(rt.int(10), rt.int(20)), rt.int(7))],
      ['-(2**60) * 3', () => x.molt_mul(x.molt_neg(x.molt_pow(rt.int(2), rt.int(60))), rt.int(3))],
      ['range(0, 10, 3)[-1]', () => x.molt_getitem(rt.call(rt.builtin('range'), [rt.int(0), rt.int(10), rt.int(3)]), rt.int(-1))],
    ];
    const exp = py(`for src in ${JSON.stringify(cases.map((c) => c[0]))}:
    try: print(repr(eval(src)))
    except Exception as e: print(type(e).__name__ + ': ' + str(e))`).trim().split('\n');
    const got = cases.map(([, f]) => {
      const r = BigInt.asUintN(64, f());
      return r === ERROR ? rt.pendingError()!.replace(/^(\w+)$/, '$1: ') : rt.repr(r);
    });
    expect(got).toEqual(exp);
  });

  it('unpacking messages', () => {
    const rt = loadRuntime();
    const out = rt.x.molt_stack_push(4);
    const msgs: string[] = [];
    const l3 = rt.list([rt.int(1), rt.int(2), rt.int(3)]);
    if (rt.x.molt_unpack(l3, 2, out) < 0) msgs.push(rt.pendingError()!);
    if (rt.x.molt_unpack(rt.list([rt.int(1), rt.int(2)]), 3, out) < 0) msgs.push(rt.pendingError()!);
    if (rt.x.molt_unpack(rt.int(1), 2, out) < 0) msgs.push(rt.pendingError()!);
    if (rt.x.molt_unpack_ex(rt.list([rt.int(1)]), 1, 1, out) < 0) msgs.push(rt.pendingError()!);
    const exp = py(`for src in ['a,b=[1,2,3]', 'a,b,c=[1,2]', 'a,b=1', 'a,*b,c=[1]']:
    try: exec(src)
    except Exception as e: print(type(e).__name__ + ': ' + str(e))`).trim().split('\n');
    expect(msgs).toEqual(exp);
  });

  it('argument binding messages match CPython', () => {
    const rt = loadRuntime();
    const x = rt.x;
    const names = (xs: string[]) => rt.tuple(xs.map((s) => rt.str(s)));
    // def f(a, b=2, /, c=3, *args, d, e=5, **kw)  -> two variants
    const g = BigInt.asUintN(64, x.molt_func_new(0, rt.str('g'), rt.str('g'), names(['a', 'b', 'c']), 0, 3, 0, 0, rt.tuple([rt.int(9)]), NONE, NONE));
    const h = BigInt.asUintN(64, x.molt_func_new(0, rt.str('h'), rt.str('h'), names(['a', 'b', 'k']), 1, 2, 1, 0, NONE, NONE, NONE));
    const out = x.molt_stack_push(8);
    const call = (f: bigint, args: bigint[], kw: Record<string, bigint> = {}) => {
      const ks = Object.keys(kw);
      const p = x.molt_stack_push(args.length + ks.length);
      const dv = new DataView(rt.mem.buffer);
      [...args, ...ks.map((k) => kw[k])].forEach((v, i) => dv.setBigUint64(p + i * 8, v, true));
      const r = x.molt_bind_args(f, p, args.length, ks.length ? names(ks) : NONE, out);
      x.molt_stack_pop(args.length + ks.length);
      return r < 0 ? rt.pendingError() : 'ok';
    };
    const got = [
      call(g, [rt.int(1)]), call(g, [rt.int(1), rt.int(2), rt.int(3), rt.int(4)]), call(g, [rt.int(1), rt.int(2)], { a: rt.int(1) }),
      call(g, [rt.int(1), rt.int(2)], { z: rt.int(1) }), call(g, []), call(h, [rt.int(1), rt.int(2)]),
      call(h, [], { a: rt.int(1), b: rt.int(2), k: rt.int(3) }), call(h, [rt.int(1), rt.int(2), rt.int(3)], { k: rt.int(0) }),
      call(g, [rt.int(1), rt.int(2)]),
    ];
    const exp = py(`def g(a, b, c=9): pass
def h(a, /, b, *, k): pass
for src in ['g(1)', 'g(1,2,3,4)', 'g(1,2,a=1)', 'g(1,2,z=1)', 'g()', 'h(1,2)', 'h(a=1,b=2,k=3)', 'h(1,2,3,k=0)', 'g(1,2)']:
    try: eval(src); print('ok')
    except Exception as e: print(type(e).__name__ + ': ' + str(e))`).trim().split('\n');
    expect(got).toEqual(exp);
  });

  it('uncaught exception report: traceback, chaining, SystemExit', () => {
    const src = 'def f():\n    try:\n        1/0\n    except ZeroDivisionError:\n        raise ValueError("bad value")\n\nf()\n';
    const ref = runPy(src);
    const rt = loadRuntime();
    const x = rt.x;
    const file = rt.str('app.py');
    x.molt_source_register(file, rt.str(src));
    const fmod = x.molt_frame_info(file, rt.str('<module>'), 1);
    const ff = x.molt_frame_info(file, rt.str('f'), 1);
    // 1/0 inside f (line 3), caught, then ValueError raised at line 5, propagates to <module> line 7
    expect(BigInt.asUintN(64, x.molt_truediv(rt.int(1), rt.int(0)))).toBe(ERROR);
    x.molt_tb_add(ff, 3);
    const e1 = BigInt.asUintN(64, x.molt_err_fetch());
    const prev = BigInt.asUintN(64, x.molt_exc_enter(e1));
    const ve = rt.call(rt.builtin('ValueError'), [rt.str('bad value')]);
    expect(BigInt.asUintN(64, x.molt_raise(ve))).toBe(ERROR);
    x.molt_tb_add(ff, 5);
    x.molt_exc_leave(prev);
    x.molt_tb_add(fmod, 7);
    const status = x.molt_report_uncaught();
    expect(status).toBe(ref.status);
    // carets (^^^) are optional: compare without CPython's caret lines
    const strip = (s: string) => s.split('\n').filter((l) => !/^\s*[~^]+\s*$/.test(l)).join('\n');
    expect(strip(rt.stderr())).toBe(strip(ref.stderr));

    const rt2 = loadRuntime();
    rt2.x.molt_raise(rt2.call(rt2.builtin('SystemExit'), [rt2.int(3)]));
    expect(rt2.x.molt_report_uncaught()).toBe(3);
    const rt3 = loadRuntime();
    rt3.x.molt_raise(rt3.call(rt3.builtin('SystemExit'), [rt3.str('bye')]));
    expect(rt3.x.molt_report_uncaught()).toBe(1);
    expect(rt3.stderr()).toBe('bye\n');
    void TRUE;
  });

  it('raise from: direct cause', () => {
    const src = 'try:\n    {}["k"]\nexcept KeyError as e:\n    raise RuntimeError("wrapped") from e\n';
    const ref = runPy(src);
    const rt = loadRuntime();
    const x = rt.x;
    const file = rt.str('app.py');
    x.molt_source_register(file, rt.str(src));
    const fm = x.molt_frame_info(file, rt.str('<module>'), 1);
    x.molt_getitem(x.molt_dict_from(0, 0), rt.str('k'));
    x.molt_tb_add(fm, 2);
    const e = BigInt.asUintN(64, x.molt_err_fetch());
    const prev = x.molt_exc_enter(e);
    x.molt_raise_from(rt.call(rt.builtin('RuntimeError'), [rt.str('wrapped')]), e);
    x.molt_tb_add(fm, 4);
    x.molt_exc_leave(prev);
    expect(x.molt_report_uncaught()).toBe(1);
    const strip = (s: string) => s.split('\n').filter((l) => !/^\s*[~^]+\s*$/.test(l)).join('\n');
    expect(strip(rt.stderr())).toBe(strip(ref.stderr));
  });
});
