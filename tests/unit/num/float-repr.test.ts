import { describe, it, expect, beforeAll } from 'vitest';
import { loadNum, python, Rng, f64Bits, bitsF64, NumWasm } from './harness.js';

let w: NumWasm;
beforeAll(async () => { w = await loadNum(); });

const PY_REPR = 'import sys,struct\nfor l in sys.stdin.read().split():\n print(repr(struct.unpack(">d", bytes.fromhex(l))[0]))';

function reprAll(xs: number[]): string[] {
  const buf = w.alloc(64);
  return xs.map((x) => { const n = w.ex.floatRepr(x, buf); return w.readStr(buf, n); });
}

function check(xs: number[]) {
  const got = reprAll(xs);
  const want = python(PY_REPR, xs.map((x) => f64Bits(x).toString(16).padStart(16, '0')));
  let bad = 0; const ex: string[] = [];
  for (let i = 0; i < xs.length; i++) if (got[i] !== want[i]) { bad++; if (ex.length < 10) ex.push(`${f64Bits(xs[i]).toString(16)}: got ${got[i]} want ${want[i]}`); }
  expect(ex).toEqual([]);
  expect(bad).toBe(0);
}

describe('float repr', () => {
  it('edge values', () => {
    const xs = [0, -0, 1, -1, 0.1, 0.2 + 0.1, 1e16, 1e15, 1e-4, 1e-5, 123, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
      1.7976931348623157e308, Infinity, -Infinity, NaN, 1e22, 1e23, 9007199254740993, 2 ** 63, 2 ** -1074 * 3, 0.5, 1 / 3, 100, 1e21, 123456789012345680, 4.35, 0.3];
    for (let e = -1074; e <= 1023; e++) { xs.push(2 ** e); xs.push(2 ** e * 1.5); xs.push(-(2 ** e) * (1 + 2 ** -52)); }
    for (let e = -325; e <= 308; e++) { xs.push(Number('1e' + e)); xs.push(Number('9.999999999999999e' + e)); }
    check(xs);
  });
  it('100k random bit patterns', () => {
    const r = new Rng(1);
    const xs: number[] = [];
    for (let i = 0; i < 100000; i++) xs.push(r.f64FromBits());
    check(xs);
  });
  it('50k random short decimals', () => {
    const r = new Rng(2);
    const xs: number[] = [];
    for (let i = 0; i < 50000; i++) {
      const digits = (r.u64() % (10n ** BigInt(1 + r.int(17)))).toString();
      xs.push(Number(digits + 'e' + (r.int(640) - 330)));
    }
    check(xs);
  });
});
export { bitsF64 };
