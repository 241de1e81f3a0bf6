import { describe, expect, test, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runComponent, preferLinked, TRAP_STATUS } from '../../host/index.js';
import { transpiledDir } from '../../host/transpile-cache.js';
import { ARGV_ECHO_WAT, CAT_WAT, ENV_COUNT_WAT, TRAP_WAT, exitWat, testComponent } from '../harness/wasi-test-programs.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'molt-host-test-'));

describe('host: runComponent', () => {
  let argvEcho: Uint8Array;
  let cat: Uint8Array;
  beforeAll(async () => {
    argvEcho = await testComponent(ARGV_ECHO_WAT);
    cat = await testComponent(CAT_WAT);
  });

  test.each([0, 1, 2, 3, 42, 255])('propagates exit status %i', async (code) => {
    const r = await runComponent(await testComponent(exitWat(code)), { capture: true, cacheDir });
    expect(r.status).toBe(code);
  });

  test('exit statuses wrap modulo 256 like a Unix process', async () => {
    const r = await runComponent(await testComponent(exitWat(256 + 7)), { capture: true, cacheDir });
    expect(r.status).toBe(7);
  });

  test('returning from _start is status 0', async () => {
    const r = await runComponent(cat, { capture: true, cacheDir });
    expect(r.status).toBe(0);
    expect(r.stderr.toString()).toBe('done\n');
  });

  test('argv is exactly the given list, argv[0] first', async () => {
    const r = await runComponent(argvEcho, { args: ['app.py', 'a b', '--flag', 'ünï'], capture: true, cacheDir });
    expect(r.stdout.toString('utf8')).toBe('app.py\na b\n--flag\nünï\n');
    expect(r.status).toBe(4);
  });

  test('stdin is fed and stdout is binary-safe', async () => {
    const bytes = Buffer.from(Array.from({ length: 3 * 256 }, (_, i) => i % 256));
    const r = await runComponent(cat, { stdin: bytes, capture: true, cacheDir });
    expect(r.stdout.equals(bytes)).toBe(true);
  });

  test('large stdin passes through in chunks', async () => {
    const text = 'line\n'.repeat(50_000);
    const r = await runComponent(cat, { stdin: text, capture: true, cacheDir });
    expect(r.stdout.toString()).toBe(text);
  });

  test('default sandbox: empty environment', async () => {
    process.env.MOLT_SECRET_FOR_TEST = 'x';
    const r = await runComponent(await testComponent(ENV_COUNT_WAT), { capture: true, cacheDir });
    expect(r.status).toBe(0);
  });

  test('env.read grant exposes exactly the granted variables', async () => {
    const r = await runComponent(await testComponent(ENV_COUNT_WAT), {
      capture: true,
      cacheDir,
      capabilities: { grants: new Set(['env.read']), preopens: [], env: { A: '1', B: '2' } },
    });
    expect(r.status).toBe(2);
  });

  test('a trap is reported with status 134', async () => {
    const r = await runComponent(await testComponent(TRAP_WAT), { capture: true, cacheDir });
    expect(r.status).toBe(TRAP_STATUS);
    expect(r.stderr.toString()).toMatch(/trapped/);
  });

  test('many runs of one component in one process are independent', async () => {
    for (let i = 0; i < 20; i++) {
      const r = await runComponent(argvEcho, { args: [`p${i}`], capture: true, cacheDir });
      expect(r.stdout.toString()).toBe(`p${i}\n`);
      expect(r.status).toBe(1);
    }
  });

  test('transpiled output is cached by content hash', async () => {
    await runComponent(argvEcho, { capture: true, cacheDir });
    const dir = transpiledDir(argvEcho, cacheDir);
    expect(existsSync(join(dir, 'program.js'))).toBe(true);
    expect(existsSync(join(dir, 'package.json'))).toBe(true);
  });

  test('runs a component from a path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'molt-host-path-'));
    const p = join(dir, 'app.wasm');
    writeFileSync(p, argvEcho);
    const r = await runComponent(p, { args: ['x'], capture: true, cacheDir });
    expect(r.stdout.toString()).toBe('x\n');
  });
});

describe('host: preferLinked', () => {
  test('prefers NAME_linked.wasm beside NAME.wasm, with an opt-out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'molt-linked-'));
    const app = join(dir, 'app.wasm');
    writeFileSync(app, 'x');
    expect(preferLinked(app)).toBe(app);
    writeFileSync(join(dir, 'app_linked.wasm'), 'y');
    expect(preferLinked(app)).toBe(join(dir, 'app_linked.wasm'));
    process.env.MOLT_WASM_PREFER_LINKED = '0';
    try {
      expect(preferLinked(app)).toBe(app);
    } finally {
      delete process.env.MOLT_WASM_PREFER_LINKED;
    }
  });
});

describe('host: import object built per component', () => {
  const io = { stdout: () => {}, stderr: () => {}, stdin: () => null };
  const get = (o: Record<string, unknown>, k: string) => o[k] as Record<string, (...a: unknown[]) => unknown>;

  test('only the imported interfaces; default sandbox: no env, no preopens, no network, http denied', async () => {
    const { wasiImports } = await import('../../host/wasi-imports.js');
    const names = ['wasi:cli/environment', 'wasi:filesystem/preopens', 'wasi:sockets/instance-network', 'wasi:http/outgoing-handler', 'wasi:example/unknown'];
    const o = await wasiImports(names, ['p'], { grants: new Set(), preopens: [{ guestPath: '/d', hostPath: tmpdir() }], env: { A: '1' } }, io);
    expect(Object.keys(o).sort()).toEqual(names.slice(0, 4).sort());
    expect(get(o, 'wasi:cli/environment').getEnvironment()).toEqual([]);
    expect(get(o, 'wasi:cli/environment').getArguments()).toEqual(['p']);
    expect(get(o, 'wasi:filesystem/preopens').getDirectories()).toEqual([]);
    expect(() => get(o, 'wasi:http/outgoing-handler').handle()).toThrow('access-denied');
    const net = get(o, 'wasi:sockets/instance-network').instanceNetwork() as object;
    expect(net).toBeTruthy();
  });

});
