// Reading user input files with clear errors instead of Node stack traces.
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../util/errors.js';
import { fsReason } from '../util/fs-errors.js';

/** The bytes of a regular file or pipe; a one-line UserError for anything else. */
export function readInputFile(path: string): Uint8Array {
  if (path === '') throw new UserError('empty file name');
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : fsReason(err)}`);
  }
  if (st.isDirectory()) throw new UserError(`cannot read ${path}: is a directory`);
  // Devices such as /dev/zero never end; pipes (/dev/stdin, <(...)) are fine.
  if (!st.isFile() && !st.isFIFO()) throw new UserError(`cannot read ${path}: not a regular file`);
  try {
    return readFileSync(path);
  } catch (err) {
    throw new UserError(`cannot read ${path}: ${fsReason(err)}`);
  }
}

/** A Python source file (same rules; kept as the name the compiler driver uses). */
export const readSourceFile = readInputFile;
