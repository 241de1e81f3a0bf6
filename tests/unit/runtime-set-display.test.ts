import { describe, it, expect } from 'vitest';
import { loadRuntime, py } from './runtime-harness.js';

// {c1, c2, ...} with constant items: CPython goes through a rebuilt frozenset
// constant and set_merge, which changes iteration order versus plain adds.
describe('runtime: constant set displays (molt_set_from_consts)', () => {
  it('iteration order matches CPython set displays', () => {
    const rt = loadRuntime();
    const ints = [100, 1, 50, 7, 1000, 33, 64, 2 ** 20, -1, -100];
    const words = ['zeta', 'alpha', 'mu', 'beta', 'omega', 'pi'];
    const expected = py(`print({${ints.join(', ')}})\nprint({${words.map((w) => `'${w}'`).join(', ')}})`).trim();
    const build = (vals: bigint[]) => {
      const p = rt.x.molt_stack_push(vals.length);
      const dv = new DataView(rt.mem.buffer);
      vals.forEach((v, i) => dv.setBigUint64(p + i * 8, v, true));
      const s = BigInt.asUintN(64, rt.x.molt_set_from_consts(p, vals.length));
      rt.x.molt_stack_pop(vals.length);
      return rt.repr(s);
    };
    const a = ints.map((n) => rt.int(n));
    const b = words.map((w) => rt.str(w));
    expect(build(a) + '\n' + build(b)).toBe(expected);
  });
});
