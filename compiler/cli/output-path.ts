// Guarding `molt build -o PATH`: the output is checked before compiling, so a
// bad path fails fast, and the build never replaces the user's source, a
// directory or device, or an existing file that is not a WebAssembly binary
// (e.g. `-o app.py`, or a typo naming another source file).
import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../util/errors.js';
import { fsReason } from '../util/fs-errors.js';

/** stat that treats any failure (ENOENT, ENOTDIR, EACCES...) as "nothing there". */
function statOrNull(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

function startsWithWasmMagic(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.equals(Buffer.from([0x00, 0x61, 0x73, 0x6d]));
  } finally {
    closeSync(fd);
  }
}

/** Throws a UserError when writing `output` could destroy data or cannot work. */
export function checkOutputPath(output: string, inputs: readonly string[]): void {
  if (output === '') throw new UserError('empty output file name', 2);
  const inputStats = inputs.map((p) => statOrNull(p));
  const st = statOrNull(output);
  if (inputs.some((p, i) => resolve(p) === resolve(output) || (st && inputStats[i] && sameFile(st, inputStats[i]!)))) {
    throw new UserError(`refusing to write ${output}: it is the input file`, 2);
  }
  if (st) {
    if (st.isDirectory()) throw new UserError(`cannot write ${output}: is a directory`);
    if (!st.isFile()) throw new UserError(`refusing to write ${output}: not a regular file`);
    let wasm: boolean;
    try {
      wasm = st.size === 0 || startsWithWasmMagic(output);
    } catch (err) {
      throw new UserError(`cannot write ${output}: ${fsReason(err)}`);
    }
    if (!wasm) throw new UserError(`refusing to overwrite ${output}: it exists and is not a WebAssembly file`);
    return;
  }
  // Find the nearest existing ancestor: it must be a directory (missing ones are created).
  for (let dir = dirname(resolve(output)); ; dir = dirname(dir)) {
    const d = statOrNull(dir);
    if (d) {
      if (!d.isDirectory()) throw new UserError(`cannot write ${output}: ${dir} is not a directory`);
      return;
    }
    if (dirname(dir) === dir) return;
  }
}
