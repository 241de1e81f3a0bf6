// Reading a prebuilt component for `molt run app.wasm`: the header is checked
// up front so that a text file, a core module or a truncated download gets a
// one-line explanation instead of a jco stack trace.
import { UserError } from '../util/errors.js';
import { readInputFile } from './source-file.js';

const MAGIC = [0x00, 0x61, 0x73, 0x6d]; // "\0asm"

/** Throws a UserError unless the bytes start like a WebAssembly component. */
export function checkComponentHeader(path: string, bytes: Uint8Array): void {
  if (bytes.length < 8 || !MAGIC.every((b, i) => bytes[i] === b)) {
    throw new UserError(`${path} is not a WebAssembly file`);
  }
  // Bytes 6-7 are the layer: 0 for a core module, 1 for a component.
  if (bytes[6] === 0 && bytes[7] === 0) {
    throw new UserError(`${path} is a core WebAssembly module, not a component (molt runs WASI 0.2 components)`);
  }
}

export function readComponentFile(path: string): Uint8Array {
  const bytes = readInputFile(path);
  checkComponentHeader(path, bytes);
  return bytes;
}
