import { describe, it, expect, beforeAll } from 'vitest';
import { loadNum, python, Rng, NumWasm, glob, writeBig, pyHex } from './harness.js';

let w: NumWasm;
beforeAll(async () => { w = await loadNum(); });

// Formats value (bigint -> int, number -> float) with spec in wasm; 'ERR' on any error.
function fmt(v: bigint | number, spec: string): string {
  const [sp, sl] = w.writeStr(Buffer.from(spec, 'utf8').toString('latin1'));
  const st = w.alloc(20);
  w.ex.clearNumErr();
  let out = 'ERR';
  if (w.ex.parseFormatSpec(sp, sl, st)) {
    let p: number;
    if (typeof v === 'bigint') { const a = writeBig(w, v); p = w.ex.formatInt(a, st) >>> 0; w.ex.numFree(a); }
    else p = w.ex.formatFloat(v, st) >>> 0;
    if (p) { out = Buffer.from(w.readStr(p, glob(w, 'numOutLen')), 'latin1').toString('utf8'); w.ex.numFree(p); }
  }
  w.ex.numFree(st); w.ex.numFree(sp);
  return out;
}

describe('format() spec grid vs CPython', () => {
  it('ints and floats', () => {
    const r = new Rng(11);
    const aligns = ['', '<', '>', '^', '=', '*<', '*^', '0=', 'é>'];
    const cases: Array<[bigint | number, string]> = [];
    const ints = [0n, 1n, -1n, 7n, -42n, 1234567n, -98765432109876543210n, 255n, 65n, 0x10ffffn];
    const floats = [0, -0, 1, -1.5, 0.1, 2.5, 3.5, 1e16, 1e-5, 123456.789, -0.0001234, 1e300, 5e-324, Infinity, -Infinity, NaN, 0.125, 1.7976931348623157e308, 99.995, 0.5, 1234.5];
    const itypes = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'q'];
    const ftypes = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'd'];
    for (let i = 0; i < 12000; i++) {
      const isInt = r.int(2) === 0;
      const v = isInt ? (r.int(3) ? r.pick(ints) : BigInt.asIntN(64, r.u64()) >> BigInt(r.int(64))) : (r.int(3) ? r.pick(floats) : r.int(2) ? r.f64FromBits() : (r.int(2000000) - 1000000) / 10 ** r.int(8));
      const spec = r.pick(aligns) + r.pick(['', '', '+', '-', ' ']) + (r.int(8) === 0 ? 'z' : '') + (r.int(5) === 0 ? '#' : '') + (r.int(5) === 0 ? '0' : '')
        + (r.int(2) ? String(r.int(25)) : '') + r.pick(['', '', '', ',', '_']) + (r.int(2) && !isInt || r.int(10) === 0 ? '.' + r.int(r.int(5) === 0 ? 400 : 18) : '')
        + r.pick(isInt ? itypes : ftypes);
      cases.push([v, spec]);
    }
    const got = cases.map(([v, s]) => fmt(v, s));
    const want = python(`import sys
sys.set_int_max_str_digits(0)
for l in sys.stdin:
  k, v, s = l.split(' ')
  v = int(v) if k == 'i' else float.fromhex(v)
  s = bytes.fromhex(s.strip()).decode()
  try: print(format(v, s).encode().hex())
  except (ValueError, OverflowError) as e: print('ERR')`, cases.map(([v, s]) => `${typeof v === 'bigint' ? 'i' : 'f'} ${typeof v === 'bigint' ? v : Number.isNaN(v) ? 'nan' : Math.abs(v) === Infinity ? (v > 0 ? 'inf' : '-inf') : pyHex(v)} ${Buffer.from(s, 'utf8').toString('hex') || '00'.slice(0, 0) || ''}`))
      .map((h) => (h === 'ERR' ? h : Buffer.from(h, 'hex').toString('utf8')));
    const bad: string[] = [];
    let nbad = 0;
    cases.forEach(([v, s], i) => { if (got[i] !== want[i]) { nbad++; if (bad.length < 12) bad.push(`format(${v}, ${JSON.stringify(s)}): got ${JSON.stringify(got[i].slice(0, 80))} want ${JSON.stringify(want[i].slice(0, 80))}`); } });
    expect(bad).toEqual([]);
    expect(nbad).toBe(0);
  });
});
