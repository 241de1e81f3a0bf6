import { describe, it, expect } from 'vitest';
import { loadRuntime, py } from './runtime-harness.js';

// bytes.decode error handlers and UnicodeDecodeError attributes against python3.
describe('runtime: bytes.decode', () => {
  it('handlers and error details match CPython', () => {
    const rt = loadRuntime();
    const raw = [0x63, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xff, 0xe2, 0x82, 0x78];
    const p = rt.x.molt_alloc(raw.length);
    new Uint8Array(rt.mem.buffer, p, raw.length).set(raw);
    const b = BigInt.asUintN(64, rt.x.molt_bytes_from(p, raw.length));
    const out = ['replace', 'ignore', 'backslashreplace', 'surrogateescape'].map((h) =>
      rt.repr(BigInt.asUintN(64, rt.method(b, 'decode', [rt.str('utf-8'), rt.str(h)]))));
    rt.method(b, 'decode', [rt.str('utf-8')]);
    const e = BigInt.asUintN(64, rt.x.molt_err_fetch());
    const attr = (n: string) => rt.repr(BigInt.asUintN(64, rt.x.molt_getattr(e, rt.str(n))));
    out.push(rt.strOf(e), attr('start'), attr('end'), attr('reason'));
    const want = py("b = bytes([0x63, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xff, 0xe2, 0x82, 0x78])\n" +
      "out = [repr(b.decode('utf-8', h)) for h in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']]\n" +
      "try:\n    b.decode('utf-8')\nexcept UnicodeDecodeError as e:\n    out += [str(e), repr(e.start), repr(e.end), repr(e.reason)]\nprint(' '.join(out))").trim();
    expect(out.join(' ')).toBe(want);
  });
});
