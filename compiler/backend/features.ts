// The wasm features a Molt core module may use. Every tool that reads or
// writes core modules (backend, driver rewrites) must agree on this set:
// binaryen's `Features.All` would also turn on encodings (e.g. compact
// imports) that jco and wasm2c reject.
import binaryen from 'binaryen';

export const CORE_FEATURES: number =
  binaryen.Features.MVP |
  binaryen.Features.MutableGlobals |
  binaryen.Features.BulkMemory |
  binaryen.Features.BulkMemoryOpt |
  binaryen.Features.SignExt |
  binaryen.Features.NontrappingFPToInt;
