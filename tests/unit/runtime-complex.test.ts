import { describe, it, expect } from 'vitest';
import { loadRuntime, py } from './runtime-harness.js';

// complex: repr and arithmetic against python3.
describe('runtime: complex', () => {
  it('repr and arithmetic match CPython', () => {
    const rt = loadRuntime();
    const c = (re: number, im: number) => BigInt.asUintN(64, rt.x.molt_complex_new(re, im));
    const a = c(1, 2), b = c(3, -4);
    const op = (name: string, x: bigint, y: bigint) => rt.repr(BigInt.asUintN(64, rt.x[name](x, y)));
    const got = [rt.repr(a), rt.repr(c(0, -0)), rt.repr(c(-0, 0)), rt.repr(c(1e20, 0.5)),
      op('molt_add', a, b), op('molt_mul', a, b), op('molt_truediv', a, b), op('molt_pow', a, rt.int(3)),
      op('molt_pow', rt.int(-8), rt.float(0.5))].join(' ');
    const want = py('a = complex(1, 2); b = complex(3, -4)\n' +
      "print(' '.join(map(repr, [a, complex(0, -0.0), complex(-0.0, 0), complex(1e20, 0.5), a + b, a * b, a / b, a ** 3, (-8) ** 0.5])))").trim();
    expect(got).toBe(want);
  });
});
