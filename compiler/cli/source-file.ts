// Reading user source files with clear errors instead of Node stack traces.
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../util/errors.js';

export function readSourceFile(path: string): Uint8Array {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UserError(`cannot read ${path}: no such file`);
  }
  if (st.isDirectory()) throw new UserError(`cannot read ${path}: is a directory`);
  try {
    return readFileSync(path);
  } catch (err) {
    throw new UserError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? 'I/O error'}`);
  }
}
