import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram } from '../../compiler/driver/build.js';
import { BlobCache } from '../../compiler/driver/cache.js';
import { componentize, componentWorld, validateCommandComponent } from '../../compiler/driver/componentize.js';
import { existsSync } from 'node:fs';
import { compileToCoreModule, runtimeWasmPath } from '../../compiler/compile.js';
import { unifiedDiff } from '../../compiler/driver/unified-diff.js';
import { compareOutcomes } from '../../compiler/driver/differential.js';
import { coreModule, exitWat } from '../harness/wasi-test-programs.js';

// Driver tests use a fixed core module per source text so they test caching and
// componentizing independently of the compiler; one test uses the real compiler.
const fakeCompile = async (path: string) => {
  const text = readFileSync(path, 'utf8').replace(/[^a-z0-9 ]/gi, '');
  return coreModule(`(module (memory (export "memory") 1) (data (i32.const 0) "${text}") (func (export "_start")))`);
};

function tempProgram(text = 'print("hi")\n'): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'molt-driver-'));
  const file = join(dir, 'app.py');
  writeFileSync(file, text);
  return { dir, file };
}

describe('componentize', () => {
  test('produces a command component exporting wasi:cli/run', async () => {
    const { file } = tempProgram();
    const component = await componentize(await fakeCompile(file));
    const wit = await componentWorld(component);
    expect(wit).toMatch(/export wasi:cli\/run@0\.2\.\d+;/);
    await validateCommandComponent(component);
  });

  test('a program that calls proc_exit imports wasi:cli/exit', async () => {
    const wit = await componentWorld(await componentize(coreModule(exitWat(3))));
    expect(wit).toMatch(/import wasi:cli\/exit@0\.2\.\d+;/);
  });

  test('portable exit codes: only stable WASI imports, statuses folded to 0/1', async () => {
    const { runComponent } = await import('../../host/run.js');
    const exact = await componentize(coreModule(exitWat(3)));
    const portable = await componentize(coreModule(exitWat(3)), { exactExitCodes: false });
    const mentions = (c: Uint8Array) => Buffer.from(c).includes('exit-with-code');
    expect(mentions(exact)).toBe(true);
    expect(mentions(portable)).toBe(false);
    expect((await runComponent(exact, { capture: true })).status).toBe(3);
    expect((await runComponent(portable, { capture: true })).status).toBe(1);
  });

  test('rejects a core module without _start', async () => {
    await expect(componentize(coreModule('(module (memory (export "memory") 1))'))).rejects.toThrow(/componentize failed/);
  });
});

describe('buildProgram', () => {
  test('is deterministic: same source, byte-identical component', async () => {
    const { file } = tempProgram();
    const a = await buildProgram(file, { cache: false, compile: fakeCompile });
    const b = await buildProgram(file, { cache: false, compile: fakeCompile });
    expect(Buffer.from(a.component).equals(Buffer.from(b.component))).toBe(true);
  });

  test.skipIf(!existsSync(runtimeWasmPath()))('is deterministic with the real compiler', async () => {
    const { file } = tempProgram('def f(n):\n    return n * 2\n\nprint(f(21))\n');
    const a = await buildProgram(file, { cache: false });
    const b = await buildProgram(file, { cache: false });
    expect(Buffer.from(a.component).equals(Buffer.from(b.component))).toBe(true);
    await validateCommandComponent(a.component);
  });

  test('second build is a cache hit with the same bytes', async () => {
    const { dir, file } = tempProgram('print("cache me")\n');
    const cacheDir = join(dir, 'cache');
    const first = await buildProgram(file, { cacheDir, compile: fakeCompile });
    const second = await buildProgram(file, { cacheDir, compile: fakeCompile });
    expect(first.cacheHit).toBe(false);
    expect(second.cacheHit).toBe(true);
    expect(Buffer.from(second.component).equals(Buffer.from(first.component))).toBe(true);
  });

  test('changing the source changes the key', async () => {
    const { dir, file } = tempProgram('print(1)\n');
    const cacheDir = join(dir, 'cache');
    const first = await buildProgram(file, { cacheDir, compile: fakeCompile });
    writeFileSync(file, 'print(2)\n');
    const second = await buildProgram(file, { cacheDir, compile: fakeCompile });
    expect(second.key).not.toBe(first.key);
    expect(second.cacheHit).toBe(false);
  });

  test('a corrupted cache entry is rebuilt, not trusted', async () => {
    const { dir, file } = tempProgram('print("x")\n');
    const cacheDir = join(dir, 'cache');
    const first = await buildProgram(file, { cacheDir, compile: fakeCompile });
    const path = new BlobCache('builds', cacheDir).pathFor(first.key);
    const raw = readFileSync(path);
    raw[raw.length - 10] ^= 0xff;
    writeFileSync(path, raw);
    const second = await buildProgram(file, { cacheDir, compile: fakeCompile });
    expect(second.cacheHit).toBe(false);
    expect(Buffer.from(second.component).equals(Buffer.from(first.component))).toBe(true);
    expect((await buildProgram(file, { cacheDir, compile: fakeCompile })).cacheHit).toBe(true);
  });

  test('a truncated cache entry is rebuilt', async () => {
    const { dir, file } = tempProgram('print("y")\n');
    const cacheDir = join(dir, 'cache');
    const first = await buildProgram(file, { cacheDir, compile: fakeCompile });
    writeFileSync(new BlobCache('builds', cacheDir).pathFor(first.key), 'MOLT');
    expect((await buildProgram(file, { cacheDir, compile: fakeCompile })).cacheHit).toBe(false);
  });
});

describe('differential comparison', () => {
  const o = (status: number, stdout: string, stderr = '') => ({ status, stdout: Buffer.from(stdout), stderr: Buffer.from(stderr) });

  test('identical outcomes compare equal', () => {
    expect(compareOutcomes(o(0, 'a\n'), o(0, 'a\n')).same).toBe(true);
  });

  test('failing programs compare the last stderr line only', () => {
    const molt = o(1, '', 'Traceback (most recent call last):\n  File "x.py", line 1\nZeroDivisionError: division by zero\n');
    const py = o(1, '', 'Traceback (most recent call last):\n  File "x.py", line 1\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n');
    expect(compareOutcomes(molt, py).same).toBe(true);
    expect(compareOutcomes(molt, o(1, '', 'ValueError: x\n')).same).toBe(false);
  });

  test('status and stdout differences are reported', () => {
    const cmp = compareOutcomes(o(3, 'a\nb\n'), o(0, 'a\nc\n'));
    expect(cmp.same).toBe(false);
    expect(cmp.report).toContain('-c');
    expect(cmp.report).toContain('+b');
    expect(cmp.report).toContain('exit status: python3 0, molt 3');
  });

  test('unified diff hunks', () => {
    const d = unifiedDiff('1\n2\n3\n4\n5\n6\n7\n8\n9\n', '1\n2\n3\n4\nX\n6\n7\n8\n9\n', 'a', 'b', 1);
    expect(d).toBe('--- a\n+++ b\n@@ -4,3 +4,3 @@\n 4\n-5\n+X\n 6\n');
    expect(unifiedDiff('same', 'same', 'a', 'b')).toBe('');
  });
});
