// The warm-cache fast path of `molt run FILE -- args` (compiler/cli/fast-run.ts):
// a first run misses the build cache and goes through the full CLI, a second
// one is served by the fast path; both must look identical to the user, and
// program arguments must reach sys.argv verbatim. Spawns bin/molt.js, so
// `npx tsc -p .` must have run.
import { describe, expect, test, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findPythonOracle } from '../../compiler/util/python-oracle.js';
import { runMolt } from './helpers/molt-cli.js';

const work = mkdtempSync(join(tmpdir(), 'molt-fast-run-'));
const runtimeBuilt = existsSync(process.env.MOLT_RUNTIME_WASM ?? resolve('build/runtime/molt-runtime.wasm'));

// A module hook that records whether the full CLI (cli/main.js) was loaded, so
// a test can tell which path served a run rather than guessing from timings.
const trace = join(work, 'trace.txt');
const hooks = join(work, 'hooks.mjs');
const register = join(work, 'register.mjs');
writeFileSync(
  hooks,
  `import { appendFileSync } from 'node:fs';\n` +
    `export async function resolve(spec, ctx, next) {\n` +
    `  if (/cli\\/main\\.js$/.test(spec)) appendFileSync(${JSON.stringify(trace)}, 'full-cli\\n');\n` +
    `  return next(spec, ctx);\n}\n`,
);
writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

/** Runs molt with a fresh cache per test case; reports whether the full CLI was loaded. */
function molt(args: string[], cacheDir: string) {
  rmSync(trace, { force: true });
  const r = runMolt(args, {
    cwd: work,
    env: { MOLT_CACHE_DIR: cacheDir, NODE_OPTIONS: `--import=${pathToFileURL(register).href}` },
  });
  return { ...r, fullCli: existsSync(trace) && readFileSync(trace, 'utf8').includes('full-cli') };
}

const ARGV_PY = 'import sys\nfor a in sys.argv[1:]:\n    print(repr(a))\nprint(len(sys.argv))\n';
const EXIT_PY = 'import sys\nprint("out")\nsys.stderr.write("err\\n")\nsys.exit(3)\n';
const TRICKY_ARGS = ['a b', 'héllo ☃ 日本', '1.0', '0x10', '1e3', '007', '-5', '', '--flag', '--', 'NaN', ' 1 '];

describe.skipIf(!runtimeBuilt)('molt run: warm-cache fast path', () => {
  beforeAll(() => {
    writeFileSync(join(work, 'argv.py'), ARGV_PY);
    writeFileSync(join(work, 'exit.py'), EXIT_PY);
  });

  test.each([
    ['argv.py', ['x', 'y z']],
    ['argv.py', TRICKY_ARGS],
    ['exit.py', []],
  ])('second run of %s %j matches the first (cache miss, full CLI)', (file, args) => {
    const cache = mkdtempSync(join(work, 'cache-'));
    const first = molt(['run', file, '--', ...args], cache);
    const second = molt(['run', file, '--', ...args], cache);
    expect(first.fullCli).toBe(true);
    expect(second.fullCli).toBe(false);
    expect({ status: second.status, stdout: second.stdout, stderr: second.stderr }).toEqual({
      status: first.status,
      stdout: first.stdout,
      stderr: first.stderr,
    });
  });

  test('exit status and both streams come through the fast path', () => {
    const cache = mkdtempSync(join(work, 'cache-'));
    molt(['run', 'exit.py'], cache);
    const r = molt(['run', 'exit.py'], cache);
    expect(r.fullCli).toBe(false);
    expect(r).toMatchObject({ status: 3, stdout: 'out\n', stderr: 'err\n' });
  });

  test('arguments with spaces, unicode and number-like strings arrive verbatim in sys.argv', () => {
    const cache = mkdtempSync(join(work, 'cache-'));
    molt(['run', 'argv.py', '--', ...TRICKY_ARGS], cache);
    const r = molt(['run', 'argv.py', '--', ...TRICKY_ARGS], cache);
    expect(r.fullCli).toBe(false);
    // Checked against the list itself (ASCII-safe reprs) ...
    const expected = TRICKY_ARGS.map((a) => `'${a}'`).join('\n') + `\n${TRICKY_ARGS.length + 1}\n`;
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(0);
    // ... and against CPython when one is available.
    const py = findPythonOracle();
    if (py) {
      const ref = spawnSync(py.command, [join(work, 'argv.py'), ...TRICKY_ARGS], {
        env: { ...py.env, PYTHONIOENCODING: 'utf-8' },
        encoding: 'utf8',
      });
      expect(r.stdout).toBe(ref.stdout);
    }
  });
});
