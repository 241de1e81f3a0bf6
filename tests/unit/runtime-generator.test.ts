import { describe, it, expect } from 'vitest';
import { loadRuntime, ERROR, STOP, boxInt } from './runtime-harness.js';

const u = (v: bigint) => BigInt.asUintN(64, v); // wasm i64 results arrive signed

// A wasm function (i64) -> i64 that forwards to JS, so a JS resume function can
// sit in the runtime's table like a compiled one. Module: import js.f, export it.
const FORWARD = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0,
  1, 6, 1, 96, 1, 126, 1, 126, // type 0: (i64) -> i64
  2, 8, 1, 2, 106, 115, 1, 102, 0, 0, // import "js" "f" func type 0
  7, 5, 1, 1, 102, 0, 0, // export "f" func 0
]);

function install(rt: ReturnType<typeof loadRuntime>, resume: (g: bigint) => bigint): number {
  const inst = new WebAssembly.Instance(new WebAssembly.Module(FORWARD), { js: { f: resume } });
  const table = Object.values(rt.x).find((v) => v instanceof WebAssembly.Table) as WebAssembly.Table;
  const idx = table.grow(1);
  table.set(idx, inst.exports.f as any);
  return idx;
}

describe('runtime generators', () => {
  it('resume function drives next()/list(); state -1 after STOP; slots freed', () => {
    const rt = loadRuntime();
    const view = () => new DataView(rt.mem.buffer);
    const idx = install(rt, (g0) => {
      const g = u(g0);
      const slots = rt.x.molt_gen_slots(g);
      const p = slots - 32;
      const state = view().getInt32(p + 12, true);
      if (state >= 3) return STOP;
      view().setInt32(p + 12, state + 1, true);
      const kept = rt.str('kept'); // before view(): allocating may grow (detach) memory
      view().setBigUint64(slots, kept, true); // owned slot (old one leaks in this toy)
      return boxInt(state * 10);
    });
    const g = u(rt.x.molt_gen_new(idx, 1, 0));
    expect(rt.repr(u(rt.x.molt_iter_next(g)))).toBe('0');
    expect(rt.repr(rt.call(rt.builtin('list'), [g]))).toBe('[10, 20]');
    expect(u(rt.x.molt_iter_next(g))).toBe(STOP);
    expect(new DataView(rt.mem.buffer).getInt32(rt.x.molt_gen_slots(g) - 32 + 12, true)).toBe(-1);
    expect(new DataView(rt.mem.buffer).getBigUint64(rt.x.molt_gen_slots(g), true)).toBe(ERROR);
    expect(rt.strOf(u(rt.x.molt_getattr(g, rt.str('__name__'))))).toBe('<genexpr>');
  });

  it('StopIteration escaping the body becomes RuntimeError (PEP 479)', () => {
    const rt = loadRuntime();
    const idx = install(rt, () => rt.call(rt.builtin('next'), [rt.call(rt.builtin('iter'), [rt.list([])])]));
    const g = u(rt.x.molt_gen_new(idx, 0, 0));
    expect(u(rt.x.molt_iter_next(g))).toBe(ERROR);
    expect(rt.pendingError()).toContain('generator raised StopIteration');
  });
});
