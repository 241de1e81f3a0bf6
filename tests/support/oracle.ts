// Runs tests/support/tokenize_oracle.py once for a batch of files.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PythonOracle } from '../../compiler/util/python-oracle.js';

const script = fileURLToPath(new URL('./tokenize_oracle.py', import.meta.url));

export type OracleTokens = { tokens: string[] } | { failed: string };
export type OracleCompile = { ok: true } | { error: { type: string; msg: string; lineno: number | null; offset: number | null } };

export function runOracle<T>(py: PythonOracle, mode: 'tokens' | 'compile', files: string[]): Record<string, T> {
  const r = spawnSync(py.command, [script, mode], {
    env: py.env,
    input: JSON.stringify(files),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`oracle failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, T>;
}
