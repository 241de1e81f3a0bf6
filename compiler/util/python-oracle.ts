// Locate CPython for differential comparisons (never used to build or run
// programs). Prefer 3.12 (Molt's target semantics): pyenv's 3.12 when present,
// then python3.12, then plain python3.
import { spawnSync } from 'node:child_process';

export interface PythonOracle {
  command: string;
  env: NodeJS.ProcessEnv;
  version: string;
  describe: string;
}

let cached: PythonOracle | null | undefined;

function probe(command: string, env: NodeJS.ProcessEnv, describe: string): PythonOracle | null {
  const r = spawnSync(command, ['-c', 'import sys;print("%d.%d.%d" % sys.version_info[:3])'], { env, encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return { command, env, version: r.stdout.trim(), describe };
}

export function findPythonOracle(): PythonOracle | null {
  if (cached !== undefined) return cached;
  const candidates: Array<[string, NodeJS.ProcessEnv, string]> = [];
  if (process.env.MOLT_PYTHON) candidates.push([process.env.MOLT_PYTHON, process.env, `MOLT_PYTHON=${process.env.MOLT_PYTHON}`]);
  candidates.push(['python3', { ...process.env, PYENV_VERSION: '3.12.1' }, 'PYENV_VERSION=3.12.1 python3']);
  candidates.push(['python3.12', process.env, 'python3.12']);
  candidates.push(['python3', process.env, 'python3']);
  cached = null;
  for (const [cmd, env, describe] of candidates) {
    const found = probe(cmd, env, describe);
    if (found && (found.version.startsWith('3.12') || cmd === 'python3' && env === process.env || describe.startsWith('MOLT_PYTHON'))) {
      cached = found;
      break;
    }
  }
  return cached;
}
