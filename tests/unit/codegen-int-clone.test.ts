// Small-int clones of directly called functions (compiler/backend): results
// across the 48-bit small-int boundary (2**47) and beyond 2**63 must match
// CPython, non-int arguments must take the generic entry, and rebinding a
// function name must be honoured. Runs real programs through `molt run`.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const molt = fileURLToPath(new URL('../../bin/molt.js', import.meta.url));

function runPy(src: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'molt-int-'));
  writeFileSync(join(dir, 'p.py'), src);
  const r = spawnSync(process.execPath, [molt, 'run', join(dir, 'p.py')], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

const X = 2n ** 47n;

describe('codegen: small-int specialization', () => {
  it('add/sub/compare across 2**47 and 2**63', () => {
    const src = [
      'def add(a, b): return a + b',
      'def sub(a, b): return a - b',
      'def lt(a, b): return a < b',
      'x = 2 ** 47',
      'print(add(x - 1, 1), add(x - 2, 1), sub(-x, 1), sub(-x + 1, 1))',
      'print(add(2 ** 63, 1), sub(2 ** 63, 2 ** 63 + 5), add(2 ** 63 - 1, 1))',
      'print(lt(x - 1, x), lt(-x, x - 1), lt(3, 2), add(1.5, 2), add("a", "b"), add(True, 1))',
    ].join('\n') + '\n';
    const big = 2n ** 63n;
    expect(runPy(src)).toBe(
      `${X} ${X - 1n} ${-X - 1n} ${-X}\n` +
      `${big + 1n} -5 ${big}\n` +
      'True True False 3.5 ab 2\n');
  });

  it('recursion whose accumulator leaves the small-int range', () => {
    const src = [
      'def tri(n, acc): return acc if n == 0 else tri(n - 1, acc + 2 ** 46)',
      'def fib(n):',
      '    if n < 2:',
      '        return n',
      '    return fib(n - 1) + fib(n - 2)',
      'print(tri(10, 0), tri(3, 2 ** 64), fib(25), fib(-3), fib(True), fib(2.0))',
    ].join('\n') + '\n';
    expect(runPy(src)).toBe(`${10n * 2n ** 46n} ${2n ** 64n + 3n * 2n ** 46n} 75025 -3 True 1.0\n`);
  });

  it('rebinding a called function name is honoured', () => {
    const src = [
      'def f(n): return n + 1',
      'def g(n): return n * 100',
      'def call(n): return f(n) + f(n)',
      'print(call(1))',
      'f = g',
      'print(call(1))',
      'def h(n): return n - 1',
      'def callh(n): return h(n)',
      'print(callh(5))',
      'def rebind():',
      '    global h',
      '    h = g',
      'rebind()',
      'print(callh(5))',
    ].join('\n') + '\n';
    expect(runPy(src)).toBe('4\n200\n4\n500\n');
  });
});
