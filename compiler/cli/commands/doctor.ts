// `molt doctor`: report whether each toolchain piece Molt relies on is usable.
import type { CommandModule } from 'yargs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPythonOracle } from '../../util/python-oracle.js';

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const require = createRequire(import.meta.url);

function npmPackage(name: string): Check {
  // Some packages do not export package.json, so look along node's search paths.
  for (const dir of require.resolve.paths(name) ?? []) {
    const pkgPath = join(dir, name, 'package.json');
    if (existsSync(pkgPath)) {
      const version = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
      return { name, ok: true, detail: version };
    }
  }
  return { name, ok: false, detail: 'not installed (run npm install)' };
}

function commandVersion(name: string, cmd: string, args: string[]): Check {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) return { name, ok: false, detail: `${cmd} not found` };
  return { name, ok: true, detail: (r.stdout || r.stderr).split('\n')[0].trim() };
}

export function runDoctor(): Check[] {
  const checks: Check[] = [];
  const major = Number(process.versions.node.split('.')[0]);
  checks.push({ name: 'node', ok: major >= 20, detail: process.version + (major >= 20 ? '' : ' (need >= 20)') });
  for (const p of ['binaryen', '@bytecodealliance/jco', '@bytecodealliance/preview2-shim', 'wabt', 'assemblyscript']) {
    checks.push(npmPackage(p));
  }
  checks.push(commandVersion('C compiler', process.env.CC ?? 'cc', ['--version']));
  const py = findPythonOracle();
  checks.push(py
    ? { name: 'python3 (comparisons only)', ok: true, detail: `${py.version} via ${py.describe}` }
    : { name: 'python3 (comparisons only)', ok: false, detail: 'not found; molt compare/test need it' });
  return checks;
}

export const doctorCommand: CommandModule = {
  command: 'doctor',
  describe: 'Check that the toolchain Molt relies on is usable',
  builder: (y) => y,
  handler: () => {
    const checks = runDoctor();
    for (const c of checks) {
      process.stdout.write(`${c.ok ? 'ok     ' : 'MISSING'}  ${c.name.padEnd(32)} ${c.detail}\n`);
    }
    if (checks.some((c) => !c.ok)) process.exitCode = 1;
  },
};
