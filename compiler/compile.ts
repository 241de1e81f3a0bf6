// The compiler pipeline for one program: analyze (parse, symtable, compile checks) -> scopes -> Molt IR ->
// wasm functions linked into the runtime core module -> optimize.
// The driver (compiler/driver/build.ts) componentizes the result.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeModule } from './frontend/analyze.js';
import { lowerModule } from './lower/module.js';
import { linkProgram } from './backend/module.js';
import { moltRoot } from './driver/build-identity.js';
import { UserError } from './util/errors.js';

export interface CompileOptions {
  optimize: boolean;
}

/** The runtime core module built by scripts/build-runtime.mjs. */
export function runtimeWasmPath(): string {
  return process.env.MOLT_RUNTIME_WASM ?? join(moltRoot(), 'build', 'runtime', 'molt-runtime.wasm');
}

export async function compileToCoreModule(sourcePath: string, opts: CompileOptions): Promise<Uint8Array> {
  const bytes = readFileSync(sourcePath);
  const text = new TextDecoder().decode(bytes);
  // parse, symbol tables and CPython's compile-stage checks (SyntaxError like python3)
  const { module: mod, symtable } = analyzeModule(bytes, sourcePath);
  const ir = lowerModule(mod, sourcePath, text, symtable);
  const rtPath = runtimeWasmPath();
  if (!existsSync(rtPath)) throw new UserError(`the Molt runtime is not built (${rtPath} missing): run node scripts/build-runtime.mjs`);
  return linkProgram(ir, readFileSync(rtPath), {
    optimize: opts.optimize,
    onMissing: (names) => {
      if (process.env.MOLT_DEBUG_RUNTIME) process.stderr.write(`molt: runtime lacks intrinsics (stubbed with a trap): ${names.join(', ')}\n`);
    },
  });
}
