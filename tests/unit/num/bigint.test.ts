import { describe, it, expect, beforeAll } from 'vitest';
import { loadNum, python, Rng, NumWasm, writeBig, readBig, randBig, glob, pyHex } from './harness.js';

let w: NumWasm;
beforeAll(async () => { w = await loadNum(); });

// The oracle evaluates the same operation on the same operands.
const PY_OPS = `
import sys
sys.set_int_max_str_digits(0)
def f(op, a, b, c):
    try:
        if op == 'add': return hex(a + b)
        if op == 'sub': return hex(a - b)
        if op == 'mul': return hex(a * b)
        if op == 'fdiv': return hex(a // b)
        if op == 'mod': return hex(a % b)
        if op == 'shl': return hex(a << b)
        if op == 'shr': return hex(a >> b)
        if op == 'and': return hex(a & b)
        if op == 'or': return hex(a | b)
        if op == 'xor': return hex(a ^ b)
        if op == 'inv': return hex(~a)
        if op == 'cmp': return str((a > b) - (a < b))
        if op == 'str': return str(a)
        if op == 'hex': return hex(a)
        if op == 'oct': return oct(a)
        if op == 'bin': return bin(a)
        if op == 'blen': return str(a.bit_length())
        if op == 'pow': return hex(a ** b)
        if op == 'powmod': return hex(pow(a, b, c))
        if op == 'hash': return str(hash(a))
        if op == 'tof64': return float(a).hex()
        if op == 'parse': return hex(int(S, b))
    except OverflowError: return 'OverflowError'
    except ZeroDivisionError: return 'ZeroDivisionError'
    except ValueError: return 'ValueError'
for line in sys.stdin:
    op, a, b, c, S = line.split(' ')
    S = bytes.fromhex(S.strip()).decode('latin1')
    print(f(op, int(a, 16), int(b, 16), int(c, 16)))
`;

const hex = (v: bigint) => (v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16));

function run(op: string, a: bigint, b: bigint, c = 0n, S = ''): string {
  const ex = w.ex;
  ex.clearNumErr();
  const pa = writeBig(w, a), pb = writeBig(w, b), pc = writeBig(w, c);
  const owned = [pa, pb, pc];
  const keep = (p: number) => { if (p) owned.push(p); return p; };
  const small = Number(b);
  let r: number;
  const outStr = (p: number) => (p === 0 ? 'ERR' + glob(w, 'numErr') : w.readStr(p, glob(w, 'numOutLen')));
  try {
    switch (op) {
      case 'add': return hex(readBig(w, keep(ex.bigAdd(pa, pb))));
      case 'sub': return hex(readBig(w, keep(ex.bigSub(pa, pb))));
      case 'mul': return hex(readBig(w, keep(ex.bigMul(pa, pb))));
      case 'fdiv': r = keep(ex.bigFloorDiv(pa, pb)); return r === 0 ? 'ZeroDivisionError' : hex(readBig(w, r));
      case 'mod': r = keep(ex.bigMod(pa, pb)); return r === 0 ? 'ZeroDivisionError' : hex(readBig(w, r));
      case 'shl': r = keep(ex.bigShl(pa, BigInt(small))); return r === 0 ? 'ValueError' : hex(readBig(w, r));
      case 'shr': r = keep(ex.bigShr(pa, BigInt(small))); return r === 0 ? 'ValueError' : hex(readBig(w, r));
      case 'and': return hex(readBig(w, keep(ex.bigBitwise(pa, pb, 0))));
      case 'or': return hex(readBig(w, keep(ex.bigBitwise(pa, pb, 1))));
      case 'xor': return hex(readBig(w, keep(ex.bigBitwise(pa, pb, 2))));
      case 'inv': return hex(readBig(w, keep(ex.bigInvert(pa))));
      case 'cmp': return String(ex.bigCmp(pa, pb));
      case 'str': return outStr(keep(ex.bigToDecStr(pa)));
      case 'hex': return outStr(keep(ex.bigToPow2Str(pa, 4, false, true, true)));
      case 'oct': return outStr(keep(ex.bigToPow2Str(pa, 3, false, true, true)));
      case 'bin': return outStr(keep(ex.bigToPow2Str(pa, 1, false, true, true)));
      case 'blen': return String(ex.bigBitLength(pa));
      case 'pow': return hex(readBig(w, keep(ex.bigPow(pa, pb))));
      case 'powmod': r = keep(ex.bigPowMod(pa, pb, pc)); return r === 0 ? 'ValueError' : hex(readBig(w, r));
      case 'hash': return String(ex.bigHash(pa));
      case 'tof64': { const x = ex.bigToF64(pa); return glob(w, 'numErr') ? 'OverflowError' : pyHex(x); }
      case 'parse': { const [sp, sl] = w.writeStr(S); owned.push(sp); r = keep(ex.bigFromStr(sp, sl, Number(b))); return r === 0 ? 'ValueError' : hex(readBig(w, r)); }
    }
  } finally { for (const p of owned) ex.numFree(p); }
  throw new Error(op);
}

type Case = [string, bigint, bigint, bigint?, string?];
function check(cases: Case[]) {
  w.ex.setMaxStrDigits(0);
  const want = python(PY_OPS, cases.map(([op, a, b, c, S]) => `${op} ${a.toString(16)} ${b.toString(16)} ${(c ?? 0n).toString(16)} ${Buffer.from(S ?? '', 'latin1').toString('hex')}`));
  const bad: string[] = [];
  let nbad = 0;
  cases.forEach(([op, a, b, c, S], i) => {
    const got = run(op, a, b, c, S);
    if (got !== want[i]) { nbad++; if (bad.length < 5) bad.push(`${op} ${hex(a)} ${hex(b)}: got ${got.slice(0, 200)} want ${want[i].slice(0, 200)}`); }
  });
  expect(bad).toEqual([]);
  expect(nbad).toBe(0);
}

describe('big int arithmetic vs CPython', () => {
  it('random operands, all ops', () => {
    const r = new Rng(7);
    const ops = ['add', 'sub', 'mul', 'fdiv', 'mod', 'and', 'or', 'xor', 'inv', 'cmp', 'str', 'hex', 'oct', 'bin', 'blen', 'shl', 'shr'];
    const cases: Case[] = [];
    for (let i = 0; i < 30000; i++) {
      const op = ops[i % ops.length];
      const sz = r.pick([2, 4, 8, 20, 70]);
      const a = randBig(r, sz);
      let b = op === 'shl' || op === 'shr' ? BigInt(r.int(300) - (r.int(20) === 0 ? 150 : 0)) : randBig(r, r.pick([1, 2, 4, sz]));
      cases.push([op, a, b]);
    }
    check(cases);
  });
  it('large operands (Karatsuba, long division, divide-and-conquer str)', () => {
    const r = new Rng(8);
    const cases: Case[] = [];
    for (let i = 0; i < 300; i++) {
      const op = r.pick(['mul', 'fdiv', 'mod', 'str', 'add', 'sub']);
      cases.push([op, randBig(r, 1500), randBig(r, r.pick([60, 300, 1200]))]);
    }
    check(cases);
  });
  it('pow, pow mod, hash, float conversion', () => {
    const r = new Rng(9);
    const cases: Case[] = [];
    for (let i = 0; i < 6000; i++) {
      const a = randBig(r, r.pick([1, 2, 3, 10, 40]));
      cases.push(['pow', randBig(r, 2), BigInt(r.int(40))]);
      cases.push(['powmod', a, randBig(r, r.pick([1, 2, 4])), randBig(r, r.pick([1, 2, 5]))]);
      cases.push(['powmod', a, -BigInt(r.int(5)), BigInt(r.int(1000) + 1) * BigInt(r.pick([-1, 1]))]);
      cases.push(['hash', a, 0n]);
      cases.push(['tof64', a, 0n]);
      const top = r.u64() >> BigInt(r.int(64)); const sh = BigInt(r.int(1100));
      cases.push(['tof64', (top << sh) + BigInt(r.int(3)) - 1n, 0n]);
    }
    for (const p of [1023n, 1024n, 1025n]) for (const d of [-2n, -1n, 0n, 1n]) cases.push(['tof64', (1n << p) + d, 0n], ['tof64', (1n << p) - (1n << (p - 54n)) + d, 0n]);
    check(cases);
  });
  it('int(str, base) parsing and the 4300-digit limit', () => {
    const r = new Rng(10);
    const cases: Case[] = [];
    const fixed = ['0', '-0', ' 12 ', '1_000', '1__0', '_1', '1_', '0x_ff', '0xff', '0o17', '0b101', '00', '010', '0_0', '+5', '- 5', '', ' ', '0x', '12a', '\u00a012\u3000',
      'zz', 'Z', '9'.repeat(4300), '9'.repeat(4301), '1'.repeat(5000) + 'x', '0x' + 'f'.repeat(5000), '1' + '_1'.repeat(4400), '\t-0b_1_0\n'];
    for (const s0 of fixed) {
      const s = s0;
      const u = Buffer.from(s, 'utf8').toString('latin1');
      for (const base of [0, 10, 16, 2, 8, 36, 37, 1]) cases.push(['parse', 0n, BigInt(base), 0n, u]);
    }
    const alpha = '0123456789abcdefghijklmnopqrstuvwxyzABCXYZ_ +-';
    for (let i = 0; i < 4000; i++) {
      const base = r.pick([0, 2, 8, 10, 16, 36, r.int(35) + 2]);
      let s = '';
      const n = r.int(30) + 1;
      for (let k = 0; k < n; k++) s += r.int(8) ? alpha[r.int(Math.min(base || 10, 36))] : alpha[r.int(alpha.length)];
      if (r.int(4) === 0) s = r.pick(['0x', '0o', '0b', '-0x', ' 0', '0_']) + s;
      cases.push(['parse', 0n, BigInt(base), 0n, s]);
    }
    for (let i = 0; i < 300; i++) {
      const v = randBig(r, r.pick([2, 10, 100]));
      cases.push(['parse', 0n, 10n, 0n, v.toString()]);
    }
    w.ex.setMaxStrDigits(4300);
    const want = python('import sys\nfor l in sys.stdin:\n s, b = l.split()\n s = bytes.fromhex(s).decode() if s != "-" else ""\n try: print(hex(int(s, int(b))))\n except ValueError as e: print("ValueError")', cases.map((c) => `${Buffer.from(c[4]!, 'latin1').toString('hex') || '-'} ${c[2]}`));
    let bad: string[] = [];
    cases.forEach((c, i) => { const got = run('parse', 0n, c[2], 0n, c[4]); if (got !== want[i] && bad.length < 8) bad.push(`${JSON.stringify(c[4]!.slice(0, 40))} base ${c[2]}: ${got} vs ${want[i]}`); });
    expect(bad).toEqual([]);
  });
  it('str() digit limit', () => {
    w.ex.setMaxStrDigits(4300);
    for (const v of [10n ** 4299n, 10n ** 4300n - 1n, 10n ** 4300n, -(10n ** 4300n), 2n ** 20000n]) {
      const p = writeBig(w, v); w.ex.clearNumErr();
      const s = w.ex.bigToDecStr(p);
      expect(s === 0 ? 'err' : w.readStr(s, glob(w, 'numOutLen'))).toBe(v.toString().replace('-', '').length > 4300 ? 'err' : v.toString());
    }
  });
});
