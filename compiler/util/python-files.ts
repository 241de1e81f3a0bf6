// Finding Python sources: every .py file under a directory (sorted, so runs
// are reproducible), and the oracle's standard library directory, used by
// `molt bench --parse` and the stdlib comparison tests.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PythonOracle } from './python-oracle.js';

export function listPythonFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (st?.isDirectory()) listPythonFiles(p, out);
    else if (st && name.endsWith('.py')) out.push(p);
  }
  return out;
}

/** The oracle's stdlib directory (sysconfig's 'stdlib' path). */
export function oracleStdlibDir(py: PythonOracle): string {
  const r = spawnSync(py.command, ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { env: py.env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${py.describe} failed: ${r.stderr}`);
  return r.stdout.trim();
}
