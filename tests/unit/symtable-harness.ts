// Shared plumbing for the symtable oracle tests: run CPython's `symtable`
// (tests/fixtures/symtable_oracle.py) over many files in one process, and
// parse the same files with Molt's parser.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Module } from '../../compiler/frontend/ast.js';
import type { PythonOracle } from '../../compiler/util/python-oracle.js';
import type { SymtableJSON } from '../../compiler/frontend/symtable.js';
import { parseModule } from '../../compiler/frontend/parser.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

export interface OracleError {
  type: string;
  msg: string;
  lineno: number;
  offset: number;
}
export interface OracleResult {
  file: string;
  table?: SymtableJSON;
  error?: OracleError;
}

function runPythonLines(oracle: PythonOracle, script: string, files: string[]): Array<Record<string, unknown>> {
  const r = spawnSync(oracle.command, [script, ...files], { env: oracle.env, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  return r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

export function runSymtableOracle(oracle: PythonOracle, files: string[]): Map<string, OracleResult> {
  const out = new Map<string, OracleResult>();
  for (const rec of runPythonLines(oracle, path.join(FIXTURES, 'symtable_oracle.py'), files)) out.set(rec.file as string, rec as unknown as OracleResult);
  return out;
}

export { oracleStdlibDir as stdlibDir } from '../../compiler/util/python-files.js';

export interface Parsed {
  mod?: Module;
  source: string;
  error?: string;
}

/** Parse with Molt's parser (bytes, so PEP 263 coding cookies apply). */
export function parseFiles(files: string[]): Map<string, Parsed> {
  const out = new Map<string, Parsed>();
  for (const file of files) {
    const bytes = readFileSync(file);
    const source = bytes.toString('utf8');
    try {
      out.set(file, { source, mod: parseModule(bytes, file) });
    } catch (e) {
      out.set(file, { source, error: `molt parser: ${(e as Error).message}` });
    }
  }
  return out;
}
