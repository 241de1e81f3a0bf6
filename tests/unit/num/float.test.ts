import { describe, it, expect, beforeAll } from 'vitest';
import { loadNum, python, Rng, NumWasm, glob, pyHex } from './harness.js';

let w: NumWasm;
beforeAll(async () => { w = await loadNum(); });

function compare(got: string[], want: string[], inputs: string[]) {
  const bad: string[] = [];
  got.forEach((g, i) => { if (g !== want[i] && bad.length < 8) bad.push(`${inputs[i]}: got ${g} want ${want[i]}`); });
  expect(bad).toEqual([]);
  expect(got.length).toBe(want.length);
}

const hexOf = (x: number) => (Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : pyHex(x));
const PY_HEXOF = 'def H(x):\n import math\n return "nan" if math.isnan(x) else ("inf" if x == math.inf else ("-inf" if x == -math.inf else x.hex()))\n';

describe('float(str)', () => {
  it('random decimal strings and syntax cases', () => {
    const r = new Rng(3);
    const inputs: string[] = ['1', '-0', '0.1', '  1.5  ', '1_000.5', '1__0', '_1', '1_', '1._5', '1_.5', '.5', '5.', '.', 'e5', '1e', '1e+', '1e5_0', '1e1_0', 'inf', '-Infinity', 'nAn', '+nan', 'infinit', '0x10',
      '1e400', '-1e400', '1e-400', '2.4703282292062327e-324', '2.4703282292062328e-324', '4.9406564584124654e-324', '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
      '9007199254740993', '9007199254740993.0000000000000000000000000001', '\u00a01.5\u2003', '1e-5', '0.' + '0'.repeat(400) + '1e400', '1' + '0'.repeat(1000) + 'e-1000', '2.2250738585072011e-308', '2.2250738585072012e-308'];
    for (let i = 0; i < 30000; i++) {
      const nd = 1 + r.int(r.int(4) === 0 ? 60 : 19);
      let d = '';
      for (let k = 0; k < nd; k++) d += String(r.int(10));
      const pt = r.int(nd + 1);
      let s = d.slice(0, pt) + (r.int(3) ? '.' : '') + d.slice(pt);
      if (r.int(2)) s += 'e' + (r.int(700) - 350);
      if (r.int(4) === 0) s = '-' + s;
      if (r.int(20) === 0) s = s.replace(/(\d)(\d)/, '$1_$2');
      inputs.push(s);
    }
    // halfway cases: exact midpoints between adjacent doubles, printed exactly
    for (let i = 0; i < 2000; i++) {
      const x = r.f64FromBits(); if (!Number.isFinite(x) || x === 0) continue;
      inputs.push(BigInt.asUintN(64, 1n) ? midpoint(x) : '');
    }
    const got = inputs.map((s) => {
      const [p, n] = w.writeStr(Buffer.from(s, 'utf8').toString('latin1'));
      w.ex.clearNumErr();
      const x = w.ex.parseFloat64(p, n);
      w.ex.numFree(p);
      return glob(w, 'numErr') ? 'ValueError' : hexOf(x);
    });
    const want = python(PY_HEXOF + 'import sys\nfor l in sys.stdin:\n s = bytes.fromhex(l.strip()).decode()\n try: print(H(float(s)))\n except ValueError: print("ValueError")',
      inputs.map((s) => Buffer.from(s, 'utf8').toString('hex')));
    compare(got, want, inputs);
  });
});

// The exact decimal expansion of the midpoint between x and its successor.
function midpoint(x: number): string {
  const dv = new DataView(new ArrayBuffer(8)); dv.setFloat64(0, Math.abs(x));
  const b = dv.getBigUint64(0);
  const e = Number(b >> 52n), m = (b & 0xfffffffffffffn) | (e ? 1n << 52n : 0n);
  const ee = (e || 1) - 1075 - 1;       // midpoint = (2m+1) * 2^ee
  const mm = 2n * m + 1n;
  if (ee >= 0) return (mm << BigInt(ee)).toString();
  const num = mm * 5n ** BigInt(-ee);   // = midpoint * 10^-ee
  return num.toString() + 'e' + ee;
}

describe('float arithmetic', () => {
  it('divmod, %, **, round(x, n)', () => {
    const r = new Rng(4);
    const vals = [0, -0, 1, -1, 2, 0.5, -0.5, 3, -3, 1e308, -1e308, 5e-324, Infinity, -Infinity, NaN, 0.1, 10, 1.5, 2.5, -2.5];
    const pick = () => (r.int(3) === 0 ? r.pick(vals) : r.int(2) ? r.f64FromBits() : (r.int(2000) - 1000) / (1 + r.int(16)));
    const cases: Array<[string, number, number]> = [];
    for (let i = 0; i < 20000; i++) {
      const op = r.pick(['divmod', 'mod', 'pow', 'round']);
      let a = pick(), b = pick();
      if (op === 'round') b = r.int(40) - 20;
      if (op === 'pow' && r.int(2)) b = r.int(9) - 4 + (r.int(3) === 0 ? 0.5 : 0);
      if (op === 'round' && r.int(2)) a = Number((r.int(200000) - 100000) / 1000 + 'e' + (r.int(10) - 5));
      cases.push([op, a, b]);
    }
    const got = cases.map(([op, a, b]) => {
      w.ex.clearNumErr();
      let out: string;
      if (op === 'divmod') { const ok = w.ex.floatDivmod(a, b); out = ok ? hexOf(glob(w, 'fdivQ')) + ' ' + hexOf(glob(w, 'fdivR')) : 'ZeroDivisionError'; }
      else if (op === 'mod') { const x = w.ex.floatMod(a, b); out = glob(w, 'numErr') ? 'ZeroDivisionError' : hexOf(x); }
      else if (op === 'pow') { const x = w.ex.floatPow(a, b); const e = glob(w, 'numErr'); out = e === 15 ? 'ZeroDivisionError' : e === 16 ? 'complex' : e === 17 ? 'OverflowError' : hexOf(x); }
      else { const x = w.ex.floatRound(a, BigInt(b)); out = glob(w, 'numErr') ? 'OverflowError' : hexOf(x); }
      return out;
    });
    const want = python(PY_HEXOF + `import sys
def f(op, a, b):
  try:
    if op == 'divmod': q, r = divmod(a, b); return H(q) + ' ' + H(r)
    if op == 'mod': return H(a % b)
    if op == 'pow':
      if -float('inf') < a < 0 and b == b and abs(b) != float('inf') and b != int(b): return 'complex'
      x = a ** b
      return 'complex' if isinstance(x, complex) else H(x)
    if op == 'round': return H(round(a, int(b)))
  except ZeroDivisionError: return 'ZeroDivisionError'
  except OverflowError: return 'OverflowError'
for l in sys.stdin:
  op, a, b = l.split()
  print(f(op, float.fromhex(a), float.fromhex(b)))`, cases.map(([op, a, b]) => `${op} ${hexOf(a)} ${hexOf(b)}`));
    compare(got, want, cases.map((c) => `${c[0]} ${c[1]} ${c[2]}`));
  });
});
