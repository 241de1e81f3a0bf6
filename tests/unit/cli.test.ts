// The molt CLI as a user sees it: spawned as a process (bin/molt.js runs dist/,
// so `npx tsc -p .` must have run).
import { describe, expect, test, beforeAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ARGV_ECHO_WAT, exitWat, testComponent } from '../harness/wasi-test-programs.js';
import { runMolt } from './helpers/molt-cli.js';

const work = mkdtempSync(join(tmpdir(), 'molt-cli-'));
const cacheDir = join(work, 'cache');
const runtimeBuilt = existsSync(process.env.MOLT_RUNTIME_WASM ?? resolve('build/runtime/molt-runtime.wasm'));

function molt(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runMolt(args, { cwd: work, env: { MOLT_CACHE_DIR: cacheDir, ...env } });
}

const COMMANDS = ['build', 'run', 'compare', 'test', 'bench'];

describe('molt CLI: usage', () => {
  test.each(COMMANDS)('molt %s --help exits 0 and describes the command', (cmd) => {
    const r = molt([cmd, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`molt ${cmd}`);
  });

  test('top-level help lists every command', () => {
    const r = molt(['--help']);
    expect(r.status).toBe(0);
    for (const cmd of COMMANDS) expect(r.stdout).toContain(`molt ${cmd}`);
  });

  test.each([
    [['frobnicate']],
    [['build']],
    [['run']],
    [['build', 'x.py', '--no-such-flag']],
    [['build', 'x.py', '--target', 'jvm']],
  ])('usage error %j exits 2', (args) => {
    const r = molt(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^molt: error: /);
  });

  test('native target is reported as not built yet (exit 2)', () => {
    writeFileSync(join(work, 'n.py'), 'print(1)\n');
    const r = molt(['build', '--target', 'native', 'n.py']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('molt: error: native target not built yet\n');
  });
});

describe('molt CLI: errors without stack traces', () => {
  test.each([['build'], ['run'], ['compare']])('molt %s on a missing file: one line, exit 1', (cmd) => {
    const r = molt([cmd, 'missing.py']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('molt: error: cannot read missing.py: no such file\n');
  });

  test('a SyntaxError is printed like python3 does, exit 1', () => {
    writeFileSync(join(work, 'bad.py'), 'x = (\n');
    const r = molt(['build', 'bad.py']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`  File "${join(work, 'bad.py')}", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n`);
    expect(existsSync(join(work, 'bad.wasm'))).toBe(false);
  });
});

describe('molt run on prebuilt components', () => {
  beforeAll(async () => {
    writeFileSync(join(work, 'echo.wasm'), await testComponent(ARGV_ECHO_WAT));
    writeFileSync(join(work, 'three.wasm'), await testComponent(exitWat(3)));
  });

  test('propagates the exit status', () => {
    expect(molt(['run', 'three.wasm']).status).toBe(3);
  });

  test('argv[0] is the path as given; arguments after -- pass through', () => {
    const r = molt(['run', 'echo.wasm', '--', 'a', '--flag', 'b c']);
    expect(r.stdout).toBe('echo.wasm\na\n--flag\nb c\n');
    expect(r.status).toBe(4);
  });

  test('prefers NAME_linked.wasm unless MOLT_WASM_PREFER_LINKED=0', async () => {
    const dir = mkdtempSync(join(work, 'linked-'));
    writeFileSync(join(dir, 'app.wasm'), readFileSync(join(work, 'three.wasm')));
    writeFileSync(join(dir, 'app_linked.wasm'), readFileSync(join(work, 'echo.wasm')));
    expect(molt(['run', join(dir, 'app.wasm')]).status).toBe(1);
    expect(molt(['run', join(dir, 'app.wasm')], { MOLT_WASM_PREFER_LINKED: '0' }).status).toBe(3);
  });
});

describe.skipIf(!runtimeBuilt)('molt build / run with the compiler', () => {
  beforeAll(() => {
    writeFileSync(join(work, 'hello.py'), 'print("Hello, world!")\n');
  });

  test('build writes FILE.wasm beside the source by default', () => {
    const r = molt(['build', '--target', 'wasm', 'hello.py']);
    expect(r.status).toBe(0);
    expect(existsSync(join(work, 'hello.wasm'))).toBe(true);
  });

  test('--linked writes both files with the same self-contained component', () => {
    const r = molt(['build', 'hello.py', '-o', 'out/h.wasm', '--linked']);
    expect(r.status).toBe(0);
    const a = readFileSync(join(work, 'out/h.wasm'));
    const b = readFileSync(join(work, 'out/h_linked.wasm'));
    expect(a.equals(b)).toBe(true);
  });

  test('--linked-output and --require-linked', () => {
    const r = molt(['build', 'hello.py', '-o', 'o2.wasm', '--linked-output', 'o2-self.wasm', '--require-linked']);
    expect(r.status).toBe(0);
    expect(existsSync(join(work, 'o2-self.wasm'))).toBe(true);
  });

  test('molt run prints the output and exits 0', () => {
    const r = molt(['run', 'hello.py']);
    expect(r.stdout).toBe('Hello, world!\n');
    expect(r.status).toBe(0);
  });
});
