// Backend end-to-end against a tiny stand-in runtime (tests/fixtures/mock-runtime.wat):
// compiles, links, optimizes and runs a program under node:wasi.
import { describe, expect, it } from 'vitest';
import binaryen from 'binaryen';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { parseModule } from '../../compiler/frontend/parser.js';
import { lowerModule } from '../../compiler/lower/module.js';
import { linkProgram } from '../../compiler/backend/module.js';

const mockWat = readFileSync(new URL('../fixtures/mock-runtime.wat', import.meta.url), 'utf8');
const mockRuntime = (() => {
  const m = binaryen.parseText(mockWat);
  const b = m.emitBinary();
  m.dispose();
  return b;
})();

function compile(src: string, optimize = true): Uint8Array {
  const ir = lowerModule(parseModule(src, 'app.py'), 'app.py', src);
  return linkProgram(ir, mockRuntime, { optimize });
}

function run(wasm: Uint8Array): { stdout: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'molt-cg-'));
  writeFileSync(join(dir, 'm.wasm'), wasm);
  const runner = `import { WASI } from 'node:wasi'; import { readFileSync } from 'node:fs';
const wasi = new WASI({ version: 'preview1', returnOnExit: true });
const inst = await WebAssembly.instantiate(await WebAssembly.compile(readFileSync(process.argv[2])), { wasi_snapshot_preview1: wasi.wasiImport });
process.exitCode = wasi.start(inst);`;
  writeFileSync(join(dir, 'run.mjs'), runner);
  const r = spawnSync(process.execPath, ['--no-warnings', join(dir, 'run.mjs'), join(dir, 'm.wasm')], { encoding: 'utf8' });
  return { stdout: r.stdout, status: r.status };
}

const FIB = 'def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(20))\n';

describe('codegen (mock runtime)', () => {
  it('recursive fib runs and prints the right value (optimized and not)', () => {
    for (const opt of [true, false]) {
      const r = run(compile(FIB, opt));
      expect(r.stdout).toBe('6765\n');
      expect(r.status).toBe(0);
    }
  });

  it('loops, small-int arithmetic fast paths and floor division semantics', () => {
    const src = 'def f(n):\n    s = 0\n    i = 0\n    while i < n:\n        s = s + i * 3 - i // 2\n        i += 1\n    return s\nprint(f(100))\nprint(-7 // 2)\nprint(-7 % 3)\n';
    let s = 0;
    for (let i = 0; i < 100; i++) s = s + i * 3 - Math.floor(i / 2);
    expect(run(compile(src)).stdout).toBe(`${s}\n-4\n2\n`);
  });

  it('exports only memory and _start', () => {
    const m = new WebAssembly.Module(compile(FIB));
    expect(WebAssembly.Module.exports(m).map((e) => e.name).sort()).toEqual(['_start', 'memory']);
  });
});
