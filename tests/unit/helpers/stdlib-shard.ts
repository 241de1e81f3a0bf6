// The stdlib parse comparison, split into shards (one vitest file each) so
// that vitest's worker pool uses both cores; each shard runs one CPython
// process over its share of files.
import { describe, it, expect } from 'vitest';
import { findPythonOracle } from '../../../compiler/util/python-oracle.js';
import { listPythonFiles, oracleStdlibDir } from '../../../compiler/util/python-files.js';
import { compareFile, runOracle } from './ast-oracle.js';

/** Files where Molt knowingly differs from CPython, with the reason. */
export const KNOWN_STDLIB_MISMATCHES: Record<string, string> = {};

export function stdlibShard(shard: number, shards: number): void {
  const py = findPythonOracle();
  describe.skipIf(!py)(`stdlib parse vs CPython ast.dump (shard ${shard + 1}/${shards})`, () => {
    it('matches CPython on every stdlib file', () => {
      const root = oracleStdlibDir(py!);
      const all = listPythonFiles(root);
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
