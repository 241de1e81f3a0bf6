// Frontend throughput for `molt bench --parse`: tokenize (+ parse) a set of
// files from memory, best of N rounds, so disk and startup are not measured.
import { readFileSync } from 'node:fs';
import { parseModule } from './parser.js';
import { tokenize } from './tokenizer.js';

export interface ParseBenchResult {
  files: number;
  /** Files that raised a SyntaxError (CPython rejects them too: bad-syntax test data). */
  errors: number;
  lines: number;
  bytes: number;
  /** Best round, in seconds. */
  seconds: number;
  rounds: number[];
}

export function benchParse(files: readonly string[], runs: number, tokenizeOnly = false): ParseBenchResult {
  const sources = files.map((f) => readFileSync(f));
  let lines = 0;
  let bytes = 0;
  for (const s of sources) {
    bytes += s.length;
    for (let i = 0; i < s.length; i++) if (s[i] === 10) lines++;
  }
  const rounds: number[] = [];
  let errors = 0;
  for (let r = 0; r < runs; r++) {
    errors = 0;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < sources.length; i++) {
      try {
        if (tokenizeOnly) tokenize(sources[i], files[i]);
        else parseModule(sources[i], files[i]);
      } catch {
        errors++;
      }
    }
    rounds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { files: files.length, errors, lines, bytes, seconds: Math.min(...rounds), rounds };
}
