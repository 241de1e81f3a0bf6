// Files that fail before parsing (bad bytes, unknown codec, NUL bytes): the
// whole report on stderr must be what `python3 FILE` prints, because CPython
// prints some of these without the usual `File "...", line N` header.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPythonOracle } from '../../compiler/util/python-oracle.js';
import { runMoltAsync } from './helpers/molt-cli.js';

const CASES: Record<string, Uint8Array> = {
  'non_utf8.py': Buffer.from('x = "\xe9"\n', 'latin1'),
  'unknown_codec.py': Buffer.from('# coding: bogus\nx = 1\n'),
  'ascii_declared.py': Buffer.from('# coding: ascii\nx = "\xc3\xa9"\n', 'latin1'),
  'nul_byte.py': Buffer.from('x = 1\x00\ny = 2\n', 'latin1'),
  'nul_later_line.py': Buffer.from('a = 1\nb = 2 # \x00\n', 'latin1'),
};

const oracle = findPythonOracle();

describe.skipIf(!oracle)('source decoding errors match python3 FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'molt-decode-'));
  for (const [name, bytes] of Object.entries(CASES)) {
    test(name, async () => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      // Decoding fails before anything runs, so executing the file is safe.
      const py = spawnSync(oracle!.command, [file], { env: oracle!.env, encoding: 'utf8' });
      const molt = await runMoltAsync(['debug', 'check', file], { cwd: dir });
      expect(py.status).toBe(1);
      expect({ status: molt.status, stderr: molt.stderr }).toEqual({ status: 1, stderr: py.stderr });
    });
  }
});
