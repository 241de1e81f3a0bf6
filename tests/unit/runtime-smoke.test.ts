import { describe, it, expect } from 'vitest';
import { loadRuntime, NONE } from './runtime-harness.js';

describe('runtime smoke', () => {
  it('prints', () => {
    const rt = loadRuntime();
    const print = rt.builtin('print');
    const r = rt.call(print, [rt.str('hello'), rt.int(42), rt.float(1.5), NONE]);
    expect(r).toBe(NONE);
    const l = rt.list([rt.int(1), rt.str('a'), rt.float(0.1)]);
    expect(rt.repr(l)).toBe("[1, 'a', 0.1]");
    expect(rt.stdout()).toBe('hello 42 1.5 None\n');
  });
});
