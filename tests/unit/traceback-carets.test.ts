// Uncaught-exception tracebacks, caret/underline lines included, compared byte
// for byte with CPython 3.12 running the same file (same absolute path).
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findPythonOracle } from '../../compiler/util/python-oracle.js';
import { runMoltAsync } from './helpers/molt-cli.js';

const DIR = resolve('tests/fixtures/tracebacks');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();
const oracle = findPythonOracle();

describe.skipIf(!oracle)('traceback markers match python3 FILE', () => {
  it('has enough fixtures', () => expect(FILES.length).toBeGreaterThanOrEqual(15));
  it.concurrent.each(FILES)('%s', async (name) => {
    const file = join(DIR, name);
    const py = spawnSync(oracle!.command, [file], { cwd: DIR, env: oracle!.env, encoding: 'utf8' });
    const molt = await runMoltAsync(['run', file], { cwd: DIR });
    expect(py.status).toBe(1);
    expect(py.stderr).toMatch(/Traceback/);
    expect(molt.stderr).toBe(py.stderr);
    expect(molt.stdout).toBe(py.stdout);
    expect(molt.status).toBe(py.status);
  }, 120_000);
});
