// Shared plumbing for the symtable oracle tests: run CPython's `symtable`
// (tests/fixtures/symtable_oracle.py) over many files in one process, and
// parse the same files with Molt.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Module } from '../../compiler/frontend/ast.js';
import type { PythonOracle } from '../../compiler/util/python-oracle.js';
import type { SymtableJSON } from '../../compiler/frontend/symtable.js';
import { PyComplex, ELLIPSIS } from '../../compiler/frontend/constants.js';
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

export function stdlibDir(oracle: PythonOracle): string {
  const r = spawnSync(oracle.command, ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { env: oracle.env, encoding: 'utf8' });
  return r.stdout.trim();
}

// ---- TEMPORARY: AST bridge until compiler/frontend/parser.ts lands ---------

function pyFloat(r: string): number {
  return r === 'inf' ? Infinity : r === '-inf' ? -Infinity : r === 'nan' ? NaN : Number(r);
}

function revive(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(revive);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if ('$int' in o) return BigInt(o.$int as string);
  if ('$float' in o) return pyFloat(o.$float as string);
  if ('$complex' in o) return new PyComplex(...((o.$complex as [string, string]).map(pyFloat) as [number, number]));
  if ('$bytes' in o) return Uint8Array.from(Buffer.from(o.$bytes as string, 'hex'));
  if ('$ellipsis' in o) return ELLIPSIS;
  const r: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) r[k] = revive(x);
  return r;
}

export interface Parsed {
  mod?: Module;
  source: string;
  error?: string;
}

/** Does the real parser exist yet? (The placeholder throws "not implemented".) */
function realParserAvailable(): boolean {
  try {
    parseModule('x = 1\n', '<probe>');
    return true;
  } catch (e) {
    return !/not implemented/.test((e as Error).message);
  }
}

export const PARSER = realParserAvailable() ? 'molt parser' : 'TEMPORARY ast_bridge.py (python3 ast.parse)';

/** Parse with Molt's parser (bytes, so PEP 263 coding cookies apply); bridge only while it is a placeholder. */
export function parseFiles(oracle: PythonOracle, files: string[]): Map<string, Parsed> {
  if (PARSER !== 'molt parser') return parseWithBridge(oracle, files);
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

// TODO(remove with ast_bridge.py once parser.ts lands): python's ast as JSON.
function parseWithBridge(oracle: PythonOracle, files: string[]): Map<string, Parsed> {
  const out = new Map<string, Parsed>();
  for (const rec of runPythonLines(oracle, path.join(FIXTURES, 'ast_bridge.py'), files)) {
    const file = rec.file as string;
    out.set(file, { source: readFileSync(file, 'utf8'), mod: rec.ast ? (revive(rec.ast) as Module) : undefined, error: rec.error as string | undefined });
  }
  return out;
}
