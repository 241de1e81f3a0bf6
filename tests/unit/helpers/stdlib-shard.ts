// The stdlib parse comparison, split into shards (one vitest file each) so
// that vitest's worker pool uses both cores; each shard runs one CPython
// process over its share of files.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findPythonOracle } from '../../../compiler/util/python-oracle.js';
import { compareFile, runOracle } from './ast-oracle.js';

/** Files where Molt knowingly differs from CPython, with the reason. */
export const KNOWN_STDLIB_MISMATCHES: Record<string, string> = {};

function listPy(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) listPy(p, out);
    else if (name.endsWith('.py')) out.push(p);
  }
}

export function stdlibShard(shard: number, shards: number): void {
  const py = findPythonOracle();
  describe.skipIf(!py)(`stdlib parse vs CPython ast.dump (shard ${shard + 1}/${shards})`, () => {
    it('matches CPython on every stdlib file', () => {
      const r = spawnSync(py!.command, ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { env: py!.env, encoding: 'utf8' });
      const root = r.stdout.trim();
      const all: string[] = [];
      listPy(root, all);
      const files = all.filter((_, i) => i % shards === shard);
      console.log(`oracle: ${py!.describe} (Python ${py!.version}); stdlib ${root}; shard ${shard + 1}/${shards}: ${files.length} of ${all.length} files`);
      const expected = runOracle(py!, files);
      let plainSame = 0;
      let attrsSame = 0;
      const failures: string[] = [];
      for (let i = 0; i < files.length; i++) {
        const c = compareFile(files[i], expected(i));
        if (c.plainSame) plainSame++;
        if (c.attrsSame) attrsSame++;
        const rel = files[i].slice(root.length + 1);
        if ((!c.plainSame || !c.attrsSame) && !(rel in KNOWN_STDLIB_MISMATCHES)) failures.push(`${rel}: ${c.detail}`);
      }
      const pct = (n: number) => ((100 * n) / files.length).toFixed(2);
      console.log(`identical: plain ${plainSame}/${files.length} (${pct(plainSame)}%), with attributes ${attrsSame}/${files.length} (${pct(attrsSame)}%)`);
      if (failures.length) console.log(failures.slice(0, 30).join('\n'));
      expect(failures).toEqual([]);
    });
  });
  if (!py) console.warn('SKIPPED: no Python oracle found (set MOLT_PYTHON)');
}
