// TEMPORARY STUB — owned by the compiler engineer, who replaces this file's
// body with the real pipeline (parse -> IR -> wasm codegen -> link with the
// runtime). Keep the signature: the driver (compiler/driver/build.ts) calls it.
//
// Until then it produces a tiny valid core module so the driver, componentizer
// and host can be tested end to end: it exports `memory` and `_start`, imports
// WASI preview 1 `fd_write`, and prints one fixed line.
import binaryen from 'binaryen';
import { readFileSync } from 'node:fs';

export interface CompileOptions {
  optimize: boolean;
}

const STUB_LINE = 'molt: compiler stub (the real compiler has not landed yet)\n';

export async function compileToCoreModule(sourcePath: string, opts: CompileOptions): Promise<Uint8Array> {
  readFileSync(sourcePath); // surface unreadable files the same way the real compiler will
  const m = new binaryen.Module();
  try {
    const text = new TextEncoder().encode(STUB_LINE);
    // layout: iovec {ptr=16, len} at 0, nwritten at 8, text at 16
    const iov = new Uint8Array(8);
    new DataView(iov.buffer).setUint32(0, 16, true);
    new DataView(iov.buffer).setUint32(4, text.length, true);
    m.setMemory(1, 65536, 'memory', [
      { offset: m.i32.const(0), data: iov, passive: false },
      { offset: m.i32.const(16), data: text, passive: false },
    ]);
    m.addFunctionImport(
      'fd_write', 'wasi_snapshot_preview1', 'fd_write',
      binaryen.createType([binaryen.i32, binaryen.i32, binaryen.i32, binaryen.i32]), binaryen.i32,
    );
    m.addFunction('_start', binaryen.none, binaryen.none, [],
      m.drop(m.call('fd_write', [m.i32.const(1), m.i32.const(0), m.i32.const(1), m.i32.const(8)], binaryen.i32)));
    m.addFunctionExport('_start', '_start');
    if (!m.validate()) throw new Error('compile stub produced an invalid module');
    if (opts.optimize) m.optimize();
    return m.emitBinary();
  } finally {
    m.dispose();
  }
}
