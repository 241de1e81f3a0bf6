import { describe, it, expect } from 'vitest';
import { loadRuntime } from './runtime-harness.js';

// molt_recursion_limit_value: exported mutable i32 global mirroring sys.getrecursionlimit().
describe('runtime: recursion limit global', () => {
  it('is exported, mutable and follows sys.setrecursionlimit', () => {
    const rt = loadRuntime();
    const g = rt.x.molt_recursion_limit_value as WebAssembly.Global;
    expect(g).toBeInstanceOf(WebAssembly.Global);
    expect(g.value).toBe(1000);
    const sys = BigInt.asUintN(64, rt.x.molt_import_sys());
    const setr = BigInt.asUintN(64, rt.x.molt_getattr(sys, rt.str('setrecursionlimit')));
    rt.call(setr, [rt.int(2500)]);
    expect(g.value).toBe(2500);
    expect(rt.x.molt_recursion_limit()).toBe(2500);
  });
});
