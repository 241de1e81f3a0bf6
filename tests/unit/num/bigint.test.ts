import { describe, it, expect, beforeAll } from 'vitest';
import { loadNum, python, Rng, NumWasm, writeBig, readBig, randBig, glob } from './harness.js';

let w: NumWasm;
beforeAll(async () => { w = await loadNum(); });

// The oracle evaluates the same operation on the same operands.
const PY_OPS = `
import sys
sys.set_int_max_str_digits(0)
def f(op, a, b):
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
    except ZeroDivisionError: return 'ZeroDivisionError'
    except ValueError: return 'ValueError'
for line in sys.stdin:
    op, a, b = line.split()
    print(f(op, int(a, 16), int(b, 16)))
`;

const hex = (v: bigint) => (v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16));

function run(op: string, a: bigint, b: bigint): string {
  const ex = w.ex;
  ex.clearNumErr();
  const pa = writeBig(w, a), pb = writeBig(w, b);
  const small = Number(b);
  let r: number;
  const outStr = (p: number) => (p === 0 ? 'ERR' + glob(w, 'numErr') : w.readStr(p, glob(w, 'numOutLen')));
  try {
    switch (op) {
      case 'add': return hex(readBig(w, ex.bigAdd(pa, pb)));
      case 'sub': return hex(readBig(w, ex.bigSub(pa, pb)));
      case 'mul': return hex(readBig(w, ex.bigMul(pa, pb)));
      case 'fdiv': r = ex.bigFloorDiv(pa, pb); return r === 0 ? 'ZeroDivisionError' : hex(readBig(w, r));
      case 'mod': r = ex.bigMod(pa, pb); return r === 0 ? 'ZeroDivisionError' : hex(readBig(w, r));
      case 'shl': r = ex.bigShl(pa, BigInt(small)); return r === 0 ? 'ValueError' : hex(readBig(w, r));
      case 'shr': r = ex.bigShr(pa, BigInt(small)); return r === 0 ? 'ValueError' : hex(readBig(w, r));
      case 'and': return hex(readBig(w, ex.bigBitwise(pa, pb, 0)));
      case 'or': return hex(readBig(w, ex.bigBitwise(pa, pb, 1)));
      case 'xor': return hex(readBig(w, ex.bigBitwise(pa, pb, 2)));
      case 'inv': return hex(readBig(w, ex.bigInvert(pa)));
      case 'cmp': return String(ex.bigCmp(pa, pb));
      case 'str': return outStr(ex.bigToDecStr(pa));
      case 'hex': return outStr(ex.bigToPow2Str(pa, 4, false, true, true));
      case 'oct': return outStr(ex.bigToPow2Str(pa, 3, false, true, true));
      case 'bin': return outStr(ex.bigToPow2Str(pa, 1, false, true, true));
      case 'blen': return String(ex.bigBitLength(pa));
    }
  } finally { ex.heapReset(); }
  throw new Error(op);
}

function check(cases: Array<[string, bigint, bigint]>) {
  w.ex.setMaxStrDigits(0);
  const want = python(PY_OPS, cases.map(([op, a, b]) => `${op} ${a.toString(16)} ${b.toString(16)}`));
  const bad: string[] = [];
  let nbad = 0;
  cases.forEach(([op, a, b], i) => {
    const got = run(op, a, b);
    if (got !== want[i]) { nbad++; if (bad.length < 5) bad.push(`${op} ${hex(a)} ${hex(b)}: got ${got.slice(0, 200)} want ${want[i].slice(0, 200)}`); }
  });
  expect(bad).toEqual([]);
  expect(nbad).toBe(0);
}

describe('big int arithmetic vs CPython', () => {
  it('random operands, all ops', () => {
    const r = new Rng(7);
    const ops = ['add', 'sub', 'mul', 'fdiv', 'mod', 'and', 'or', 'xor', 'inv', 'cmp', 'str', 'hex', 'oct', 'bin', 'blen', 'shl', 'shr'];
    const cases: Array<[string, bigint, bigint]> = [];
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
    const cases: Array<[string, bigint, bigint]> = [];
    for (let i = 0; i < 300; i++) {
      const op = r.pick(['mul', 'fdiv', 'mod', 'str', 'add', 'sub']);
      cases.push([op, randBig(r, 1500), randBig(r, r.pick([60, 300, 1200]))]);
    }
    check(cases);
  });
});
