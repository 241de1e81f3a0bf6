import { describe, it, expect } from 'vitest';
import { loadRuntime, py } from './runtime-harness.js';

// Ranges with bounds beyond the i64 fast path (range-big.ts), against python3.
describe('runtime: big-int ranges', () => {
  it('repr, len, indexing, membership and slicing match CPython', () => {
    const rt = loadRuntime();
    const big = (s: string) => BigInt.asUintN(64, rt.x.molt_int_from_decimal(...(() => {
      const b = new TextEncoder().encode(s); const p = rt.x.molt_alloc(b.length);
      new Uint8Array(rt.mem.buffer, p, b.length).set(b); return [p, b.length];
    })()));
    const r = rt.call(rt.builtin('range'), [rt.int(1), big(String(2n ** 70n)), big(String(2n ** 66n))]);
    const rep = (v: bigint) => rt.repr(BigInt.asUintN(64, v));
    const got = [rep(r), rep(rt.x.molt_builtin_len(r)), rep(rt.x.molt_getitem(r, rt.int(-1))),
      String(rt.x.molt_contains(r, big(String(1n + 3n * 2n ** 66n)))), rep(rt.x.molt_getitem(r, rt.x.molt_slice_new(rt.int(2), rt.int(9), rt.int(3))))].join(' ');
    const want = py("r = range(1, 2**70, 2**66)\nprint(repr(r), len(r), r[-1], int((1 + 3 * 2**66) in r), r[2:9:3])").trim();
    expect(got).toBe(want);
  });
});
