import { describe, it, expect } from 'vitest';
import { loadRuntime, py, NONE, ERROR, STOP, boxInt } from './runtime-harness.js';

describe('runtime core: values, hashing, containers', () => {
  it('hash of str/bytes/int/float/tuple matches CPython with PYTHONHASHSEED=0', () => {
    const rt = loadRuntime();
    const hash = rt.builtin('hash');
    const samples = ['abc', '', 'hello world', 'é', '日本語', '𝄞x', 'a'.repeat(33)];
    const expected = py(`for s in ${JSON.stringify(samples)}: print(hash(s))\nprint(hash((1,2)), hash(1.5), hash(-1), hash(None), hash(()), hash(('a', 2.5, None)), hash(frozenset({1,2,3})), hash(range(0, 5)))`).trim().split('\n');
    const got = samples.map((s) => rt.strOf(rt.call(hash, [rt.str(s)])));
    const t12 = rt.tuple([rt.int(1), rt.int(2)]);
    const fz = rt.call(rt.builtin('frozenset'), [rt.list([rt.int(1), rt.int(2), rt.int(3)])]);
    const rg = rt.call(rt.builtin('range'), [rt.int(5)]);
    const tmix = rt.tuple([rt.str('a'), rt.float(2.5), NONE]);
    got.push([t12, rt.float(1.5), rt.int(-1), NONE, rt.tuple([]), tmix, fz, rg].map((v) => rt.strOf(rt.call(hash, [v]))).join(' '));
    expect(got).toEqual(expected);
  });

  it('set iteration order matches CPython (adds, removes, growth)', () => {
    const rt = loadRuntime();
    const code = `s = set()
for i in range(0, 200, 7): s.add(i * 1000003 % 1009)
for w in ['apple','banana','cherry','date','elderberry','fig','grape']: s.add(w)
for i in range(0, 50, 3): s.discard(i * 1000003 % 1009)
s.add('kiwi'); s.add(-5); s.add(2**40)
print(list(s))
print(list({'x','y','z','w','v'} | {'a','b'}), list({1,2,3,4,5,6,7,8,9,10} & {2,4,6,8,10,12}), list({'q','r','s'} ^ {'s','t'}))`;
    const expected = py(code).trim();
    const add = (s: bigint, v: bigint) => rt.method(s, 'add', [v]);
    const s = rt.call(rt.builtin('set'), []);
    for (let i = 0; i < 200; i += 7) add(s, rt.int((i * 1000003) % 1009));
    for (const w of ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape']) add(s, rt.str(w));
    for (let i = 0; i < 50; i += 3) rt.method(s, 'discard', [rt.int((i * 1000003) % 1009)]);
    add(s, rt.str('kiwi')); add(s, rt.int(-5)); add(s, rt.int(2 ** 40));
    const list = rt.builtin('list');
    const setOf = (xs: bigint[]) => rt.call(rt.builtin('set'), [rt.list(xs)]);
    const strs = (xs: string[]) => xs.map((x) => rt.str(x));
    const ints = (xs: number[]) => xs.map((x) => rt.int(x));
    const line1 = rt.repr(rt.call(list, [s]));
    const u = rt.x.molt_or(setOf(strs(['x', 'y', 'z', 'w', 'v'])), setOf(strs(['a', 'b'])));
    const i = rt.x.molt_and(setOf(ints([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])), setOf(ints([2, 4, 6, 8, 10, 12])));
    const x = rt.x.molt_xor(setOf(strs(['q', 'r', 's'])), setOf(strs(['s', 't'])));
    const line2 = [u, i, x].map((v) => rt.repr(rt.call(list, [BigInt.asUintN(64, v)]))).join(' ');
    expect(line1 + '\n' + line2).toBe(expected);
  });

  it('dict keeps insertion order, deletes and re-inserts like CPython', () => {
    const rt = loadRuntime();
    const code = `d = {}
for i in range(30): d[str(i)] = i
for i in range(0, 30, 4): del d[str(i)]
d['0'] = 'again'; d[1.0] = 'one'; d[True] = 'true'
print(d); print(list(d.items())[:3], d.popitem(), len(d))`;
    const expected = py(code).trim();
    const d = rt.x.molt_dict_from(0, 0);
    for (let i = 0; i < 30; i++) rt.x.molt_setitem(d, rt.str(String(i)), rt.int(i));
    for (let i = 0; i < 30; i += 4) rt.x.molt_delitem(d, rt.str(String(i)));
    rt.x.molt_setitem(d, rt.str('0'), rt.str('again'));
    rt.x.molt_setitem(d, rt.float(1.0), rt.str('one'));
    rt.x.molt_setitem(d, 0xFFFA_0000_0000_0001n, rt.str('true'));
    const line1 = rt.repr(d);
    const items = rt.call(rt.builtin('list'), [rt.method(d, 'items', [])]);
    const first3 = BigInt.asUintN(64, rt.x.molt_getitem(items, rt.x.molt_slice_new(NONE, rt.int(3), NONE)));
    const pi = rt.method(d, 'popitem', []);
    const line2 = `${rt.repr(first3)} ${rt.repr(pi)} ${rt.strOf(BigInt.asUintN(64, rt.x.molt_builtin_len(d)))}`;
    expect(line1 + '\n' + line2).toBe(expected);
  });

  it('a loop of 1e6 temporaries runs in constant memory', () => {
    const rt = loadRuntime();
    const x = rt.x;
    const warm = () => {
      for (let i = 0; i < 1000; i++) {
        const s = rt.str('item' + (i % 10));
        const l = rt.list([s, boxInt(i), rt.float(i / 3)]);
        const t = rt.tuple([l, s]);
        const r = BigInt.asUintN(64, x.molt_repr(t));
        x.molt_decref(r); x.molt_decref(t); x.molt_decref(l); x.molt_decref(s);
      }
    };
    warm();
    const before = x.molt_mem_live_bytes();
    const pagesBefore = x.molt_mem_pages();
    const a = rt.str('abc');
    for (let i = 0; i < 1_000_000; i++) {
      const s = BigInt.asUintN(64, x.molt_add(a, a));           // new str
      const l = BigInt.asUintN(64, x.molt_list_from(0, 0));      // new list
      x.molt_list_append(l, s);
      const d = BigInt.asUintN(64, x.molt_dict_from(0, 0));
      x.molt_setitem(d, s, l);
      x.molt_decref(s); x.molt_decref(l); x.molt_decref(d);
    }
    x.molt_decref(a);
    expect(x.molt_mem_live_bytes()).toBe(before);
    expect(x.molt_mem_pages()).toBe(pagesBefore);
  });

  it('deeply nested containers free without stack overflow', () => {
    const rt = loadRuntime();
    const x = rt.x;
    const before = x.molt_mem_live_bytes();
    let cur = BigInt.asUintN(64, x.molt_list_from(0, 0));
    for (let i = 0; i < 200_000; i++) {
      const l = BigInt.asUintN(64, x.molt_list_from(0, 0));
      x.molt_list_append(l, cur);
      x.molt_decref(cur);
      cur = l;
    }
    x.molt_decref(cur);
    expect(x.molt_mem_live_bytes()).toBe(before);
  });

  it('iteration protocol returns STOP without an exception', () => {
    const rt = loadRuntime();
    const it = BigInt.asUintN(64, rt.x.molt_iter(rt.list([rt.int(1)])));
    expect(BigInt.asUintN(64, rt.x.molt_iter_next(it))).toBe(boxInt(1));
    expect(BigInt.asUintN(64, rt.x.molt_iter_next(it))).toBe(STOP);
    expect(rt.x.molt_err_occurred()).toBe(0);
    void ERROR;
  });
});
