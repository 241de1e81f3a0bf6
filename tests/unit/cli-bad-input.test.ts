// Bad input to every molt command: exactly one clear message (molt: error: ...
// or CPython's SyntaxError format), exit 1 for a bad input and 2 for bad usage,
// never an internal error (70) and never a damaged input file. Most cases fail
// before compiling, so the file stays fast; they run concurrently.
import { beforeAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, writeFileSync, linkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARGV_ECHO_WAT, coreModule, exitWat, testComponent } from '../harness/wasi-test-programs.js';
import { MOLT, firstLine, runMolt, runMoltAsync } from './helpers/molt-cli.js';

const work = mkdtempSync(join(tmpdir(), 'molt-bad-input-'));
const cacheDir = join(work, 'cache');
const SOURCE = 'print("hi")\n';
const molt = (args: string[], env: NodeJS.ProcessEnv = {}) => runMoltAsync(args, { cwd: work, env: { MOLT_CACHE_DIR: cacheDir, ...env } });

beforeAll(async () => {
  writeFileSync(join(work, 'ok.py'), SOURCE);
  linkSync(join(work, 'ok.py'), join(work, 'hard.py'));
  writeFileSync(join(work, 'other.py'), SOURCE);
  writeFileSync(join(work, 'notes.txt'), 'notes\n');
  writeFileSync(join(work, 'empty.py'), '');
  writeFileSync(join(work, 'latin1.py'), Buffer.from('x = "caf\xe9"\n', 'latin1'));
  writeFileSync(join(work, 'binary.py'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0xff, 0x00, 0x01, 0x02]));
  writeFileSync(join(work, 'syntax.py'), 'x = (\n');
  writeFileSync(join(work, 'cls.py'), 'class A:\n    pass\n');
  writeFileSync(join(work, 'bad-args.py'), SOURCE);
  writeFileSync(join(work, 'bad-args.args'), '[1, 2');
  writeFileSync(join(work, 'big.py'), 'x = [1, 2, 3]\n'.repeat(20000));
  mkdirSync(join(work, 'dir'));
  mkdirSync(join(work, 'empty-dir'));
  mkdirSync(join(work, 'dir.wasm'));
  const echo = await testComponent(ARGV_ECHO_WAT);
  writeFileSync(join(work, 'echo.wasm'), echo);
  writeFileSync(join(work, 'trunc.wasm'), echo.subarray(0, 40));
  writeFileSync(join(work, 'core.wasm'), coreModule(exitWat(0)));
  writeFileSync(join(work, 'text.wasm'), 'not wasm\n');
});

type Case = [args: string[], status: number, first: string | RegExp];

const CASES: Case[] = [
  // Inputs that are not readable Python files.
  [['build', 'missing.py'], 1, 'molt: error: cannot read missing.py: no such file'],
  [['build', 'dir'], 1, 'molt: error: cannot read dir: is a directory'],
  [['build', 'ok.py/'], 1, 'molt: error: cannot read ok.py/: not a directory'],
  [['run', 'dir'], 1, 'molt: error: cannot read dir: is a directory'],
  [['compare', 'dir'], 1, 'molt: error: cannot read dir: is a directory'],
  [['compare', 'ok.py', '--stdin', 'dir'], 1, 'molt: error: cannot read dir: is a directory'],
  [['compare', 'bad-args.py'], 1, 'molt: error: bad-args.args: not a JSON array of arguments'],
  [['debug', 'ast', 'missing.py'], 1, 'molt: error: cannot read missing.py: no such file'],
  [['debug', 'tokens', 'dir'], 1, 'molt: error: cannot read dir: is a directory'],
  [['debug', 'check', 'latin1.py'], 1, /^SyntaxError: Non-UTF-8 code starting with '\\xe9' in file latin1.py on line 1/],
  [['debug', 'symtable', 'binary.py'], 1, /^SyntaxError: /],
  [['debug', 'check', 'syntax.py'], 1, '  File "syntax.py", line 1'],
  [['debug', 'ir', 'cls.py'], 1, 'molt: error: cls.py:1: unsupported Python: class definitions (coming in a later release)'],
  // Outputs that must not be written: checked before compiling.
  [['build', 'ok.py', '-o', 'ok.py'], 2, 'molt: error: refusing to write ok.py: it is the input file'],
  [['build', 'ok.py', '-o', './ok.py'], 2, 'molt: error: refusing to write ./ok.py: it is the input file'],
  [['build', 'ok.py', '-o', 'hard.py'], 2, 'molt: error: refusing to write hard.py: it is the input file'],
  [['build', 'ok.py', '--linked-output', 'ok.py'], 2, 'molt: error: refusing to write ok.py: it is the input file'],
  [['build', 'ok.py', '-o', 'other.py'], 1, 'molt: error: refusing to overwrite other.py: it exists and is not a WebAssembly file'],
  [['build', 'ok.py', '-o', 'notes.txt'], 1, 'molt: error: refusing to overwrite notes.txt: it exists and is not a WebAssembly file'],
  [['build', 'ok.py', '-o', 'dir'], 1, 'molt: error: cannot write dir: is a directory'],
  [['build', 'ok.py', '-o', 'ok.py/x.wasm'], 1, /^molt: error: cannot write ok\.py\/x\.wasm: .*ok\.py is not a directory$/],
  [['build', 'ok.py', '-o', ''], 2, 'molt: error: empty output file name'],
  [['build', 'ok.py', '-o', 'a.wasm', '--linked-output', 'a.wasm'], 2, 'molt: error: --linked-output must differ from the output (a.wasm)'],
  [['build', 'ok.py', '--target', 'bogus'], 2, 'molt: error: Invalid values: Argument: target, Given: "bogus", Choices: "wasm", "native" (see molt --help)'],
  [['build', 'ok.py', '--target', 'native'], 2, 'molt: error: native target not built yet'],
  // Prebuilt components that are not components.
  [['run', 'missing.wasm'], 1, 'molt: error: cannot read missing.wasm: no such file'],
  [['run', 'dir.wasm'], 1, 'molt: error: cannot read dir.wasm: is a directory'],
  [['run', 'text.wasm'], 1, 'molt: error: text.wasm is not a WebAssembly file'],
  [['run', 'core.wasm'], 1, 'molt: error: core.wasm is a core WebAssembly module, not a component (molt runs WASI 0.2 components)'],
  [['run', 'trunc.wasm'], 1, /^molt: error: trunc\.wasm is not a runnable WASI 0\.2 command component: .*end-of-file/],
  // test and bench: nothing to run is an error, counts must be counts.
  [['test', 'missing'], 1, 'molt: error: cannot read missing: no such file or directory'],
  [['test', 'empty-dir'], 1, 'molt: error: no .py programs under empty-dir'],
  [['test', 'notes.txt'], 1, 'molt: error: notes.txt is not a .py file or a directory'],
  [['test', '-j', '0', 'ok.py'], 2, 'molt: error: --jobs must be a positive integer'],
  [['bench', 'missing'], 1, 'molt: error: cannot read missing: no such file or directory'],
  [['bench', 'empty-dir'], 1, 'molt: error: no .py programs under empty-dir'],
  [['bench', '--runs', 'abc', 'ok.py'], 2, 'molt: error: --runs must be a positive integer'],
  [['bench', '--parse', 'ok.py'], 2, 'molt: error: molt bench --parse takes a directory, not a file: ok.py'],
  [['bench', '--parse', 'missing'], 1, 'molt: error: cannot read missing: no such file or directory'],
  [['bench', '--parse', 'dir', 'empty-dir'], 2, 'molt: error: molt bench --parse takes one directory'],
  // Usage.
  [['debug'], 2, /^molt: error: Not enough non-option arguments/],
  [['doctor', 'extra'], 2, 'molt: error: Unknown argument: extra (see molt --help)'],
  [[], 2, 'molt: error: no command given (see molt --help)'],
];

describe.concurrent('bad input: one message, exit 1 or 2', () => {
  test.each(CASES)('molt %j -> %i', async (args, status, first) => {
    const r = await molt(args);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    if (typeof first === 'string') expect(firstLine(r.stderr)).toBe(first);
    else expect(r.stderr.split('\n').find((l) => first.test(l)), r.stderr).toBeDefined();
    expect(r.status).toBe(status);
  });
});

describe('bad input never costs data', () => {
  test('refused builds leave every input and bystander file as it was', async () => {
    await Promise.all([['ok.py'], ['./ok.py'], ['hard.py'], ['other.py'], ['notes.txt']].map(([o]) => molt(['build', 'ok.py', '-o', o])));
    expect(readFileSync(join(work, 'ok.py'), 'utf8')).toBe(SOURCE);
    expect(readFileSync(join(work, 'other.py'), 'utf8')).toBe(SOURCE);
    expect(readFileSync(join(work, 'notes.txt'), 'utf8')).toBe('notes\n');
  });
});

describe('molt run passes arguments through exactly', () => {
  test('spaces, unicode and option-like words after --', async () => {
    const r = await molt(['run', 'echo.wasm', '--', 'a b', 'héllo ☃', '--flag', '']);
    expect(r.stdout).toBe('echo.wasm\na b\nhéllo ☃\n--flag\n\n');
    expect(r.status).toBe(5);
  });

  test('number-like arguments stay strings (yargs would turn 1.0 into 1 and 0x10 into 16)', async () => {
    const r = await molt(['run', 'echo.wasm', '--', '1.0', '0x10', '1e3', '007']);
    expect(r.stdout).toBe('echo.wasm\n1.0\n0x10\n1e3\n007\n');
  });
});

describe('the cache can be unusable or damaged: runs still work', () => {
  test('MOLT_CACHE_DIR naming a file: one warning, then the program runs', async () => {
    const r = await molt(['run', 'echo.wasm'], { MOLT_CACHE_DIR: join(work, 'notes.txt') });
    expect(firstLine(r.stderr)).toBe(`molt: warning: cache directory ${join(work, 'notes.txt')} is not usable (not a directory); using a temporary one`);
    expect(r.stdout).toBe('echo.wasm\n');
    expect(r.status).toBe(1);
  });

  test('a damaged transpiled entry is rebuilt, not imported', async () => {
    const cache = join(work, 'damaged-cache');
    expect((await molt(['run', 'echo.wasm'], { MOLT_CACHE_DIR: cache })).status).toBe(1);
    const entry = join(cache, 'transpiled', readdirSync(join(cache, 'transpiled'))[0]);
    writeFileSync(join(entry, 'program.js'), 'export const broken = (');
    for (const f of readdirSync(entry)) if (f.endsWith('.wasm')) writeFileSync(join(entry, f), 'xx');
    const r = await molt(['run', 'echo.wasm'], { MOLT_CACHE_DIR: cache });
    expect([r.status, r.stdout, r.stderr]).toEqual([1, 'echo.wasm\n', '']);
  });

  test.skipIf(!existsSync('/proc/self'))('MOLT_CACHE_DIR under /proc (where mkdir -p used to spin forever)', async () => {
    const r = await molt(['run', 'echo.wasm'], { MOLT_CACHE_DIR: '/proc/molt-no-such-dir/cache' });
    expect(firstLine(r.stderr)).toMatch(/^molt: warning: cache directory \/proc\/molt-no-such-dir\/cache is not usable/);
    expect(r.status).toBe(1);
  });
});

describe('standard output that goes away', () => {
  test('molt debug tokens big.py | head: exits 141 without a stack', async () => {
    const child = spawn(process.execPath, [MOLT, 'debug', 'tokens', 'big.py'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.stdout.once('data', () => child.stdout.destroy()); // the reader closes after the first chunk
    const status = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(status).toBe(141);
  });

  test.skipIf(!existsSync('/dev/full'))('a full disk on stdout is one line, exit 1', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = runMolt(['--help'], { cwd: work, stdio: ['ignore', fd, 'pipe'] });
      expect(r.stderr).toBe('molt: error: cannot write to standard output: no space left on device\n');
      expect(r.status).toBe(1);
    } finally {
      closeSync(fd);
    }
  });
});
