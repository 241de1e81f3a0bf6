// The differential harness as a vitest suite. Programs are split into shards
// (one shard per test file) so vitest's fork pool spreads them over the cores;
// inside a shard, CPython runs ahead in child processes while Molt builds
// (through the build cache) and runs each program in process.
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPythonOracle } from '../../compiler/util/python-oracle.js';
import {
  compareOutcomes,
  discoverPrograms,
  programInputs,
  runOracle,
  runWithMolt,
  type Outcome,
} from '../../compiler/driver/differential.js';

export const CORPUS_DIR = 'tests/differential';
/** Programs known to differ today, one `path  # reason` per line. */
export const KNOWN_FAILURES = 'tests/differential/known-failures.txt';

/**
 * Known failures run like every other program but must still differ: when one
 * starts to match CPython the suite fails until it is taken off the list, so
 * the list can only shrink truthfully.
 */
export function knownFailures(): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(KNOWN_FAILURES)) return known;
  for (const raw of readFileSync(KNOWN_FAILURES, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const hash = line.indexOf('#');
    const path = (hash < 0 ? line : line.slice(0, hash)).trim();
    known.set(path, hash < 0 ? '' : line.slice(hash + 1).trim());
  }
  return known;
}

/** Cache shared by all shards and runs (builds and transpiled components). */
export function harnessCacheDir(): string {
  const dir = process.env.MOLT_CACHE_DIR ?? join(process.cwd(), '.molt-cache');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function defineDifferentialSuite(shard: number, shardCount: number): void {
  const oracle = findPythonOracle();
  const all = discoverPrograms([CORPUS_DIR]);
  const files = all.filter((_, i) => i % shardCount === shard);
  const cacheDir = harnessCacheDir();
  const oracleRuns = new Map<string, Promise<Outcome>>();
  const known = knownFailures();

  describe.skipIf(!oracle)(`differential corpus (shard ${shard + 1}/${shardCount})`, () => {
    beforeAll(() => {
      console.log(`differential: python3 ${oracle!.version} via ${oracle!.describe}; ${files.length}/${all.length} programs in this shard`);
      // Start CPython runs a few at a time ahead of the Molt side.
      let next = 0;
      const ahead = 3;
      const launch = () => {
        if (next >= files.length) return;
        const f = files[next++];
        const p = runOracle(oracle!, f, programInputs(f));
        oracleRuns.set(f, p);
        p.finally(launch).catch(() => {});
      };
      for (let i = 0; i < ahead; i++) launch();
    });

    for (const file of files) {
      const reason = known.get(file);
      test(reason === undefined ? file : `${file} (known failure: ${reason})`, async () => {
        const inputs = programInputs(file);
        const molt = await runWithMolt(file, inputs, { cacheDir });
        while (!oracleRuns.has(file)) await new Promise((r) => setTimeout(r, 5));
        const py = await oracleRuns.get(file)!;
        const cmp = compareOutcomes(molt, py);
        if (reason === undefined) expect(cmp.report, `${file} differs from python3`).toBe('');
        else expect(cmp.same, `${file} now matches python3: remove it from ${KNOWN_FAILURES}`).toBe(false);
      });
    }
  });
}
