import { describe, it, expect } from 'vitest';
import { loadRuntime, py } from './runtime-harness.js';

// bytes methods (bytes-methods.ts) against python3.
describe('runtime: bytes methods', () => {
  it('split/strip/find/case/pad/partition match CPython', () => {
    const rt = loadRuntime();
    const by = (s: string) => {
      const b = new TextEncoder().encode(s); const p = rt.x.molt_alloc(b.length);
      new Uint8Array(rt.mem.buffer, p, b.length).set(b);
      return BigInt.asUintN(64, rt.x.molt_bytes_from(p, b.length));
    };
    const b = by('  Hello, World! hello\tx\n');
    const calls: [string, bigint[]][] = [['split', []], ['rsplit', [by('l'), rt.int(2)]], ['strip', []],
      ['find', [by('l'), rt.int(5)]], ['count', [by('l')]], ['title', []], ['swapcase', []], ['center', [rt.int(30), by('*')]],
      ['partition', [by(',')]], ['splitlines', []], ['replace', [by('l'), by('LL'), rt.int(2)]]];
    const got = calls.map(([m, a]) => rt.repr(BigInt.asUintN(64, rt.method(b, m, a)))).join(' ');
    const want = py("b = b'  Hello, World! hello\\tx\\n'\nprint(' '.join(map(repr, [b.split(), b.rsplit(b'l', 2), b.strip(), b.find(b'l', 5), b.count(b'l'), b.title(), b.swapcase(), b.center(30, b'*'), b.partition(b','), b.splitlines(), b.replace(b'l', b'LL', 2)])))").trim();
    expect(got).toBe(want);
  });
});
