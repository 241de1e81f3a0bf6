// The warm-cache fast path for `molt run FILE.py [-- args]` and
// `molt run FILE.wasm [-- args]`: bin/molt.js tries it before loading yargs
// and the full CLI. It handles only the plain forms whose outcome it can
// reproduce exactly (no flags, a build-cache hit); everything else returns
// false before any side effect that matters, and the full CLI takes over, so
// usage errors, build errors and cache misses read exactly as before.
// Its imports are deliberately small: the build key and cache (no compiler),
// and the host (jco is loaded only on a transpile-cache miss).
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildKey } from '../driver/build.js';
import { BlobCache } from '../driver/cache.js';
import { InvalidComponentError, preferLinked, runComponent } from '../../host/index.js';
import { readComponentFile } from './component-file.js';

interface RunRequest {
  file: string;
  args: string[];
}

/** `run FILE` or `run FILE -- args...`, FILE a .py or .wasm path; null for anything else. */
function plainRunRequest(argv: readonly string[]): RunRequest | null {
  if (argv[0] !== 'run' || argv.length < 2) return null;
  const file = argv[1];
  if (file.startsWith('-') || !(file.endsWith('.py') || file.endsWith('.wasm'))) return null;
  if (argv.length > 2 && argv[2] !== '--') return null;
  // Taken verbatim: the full CLI also keeps program arguments as strings
  // (no number parsing), so both paths hand the guest the same argv.
  return { file, args: argv.slice(3) };
}

/** The cached component for a Python source, or null (not a plain file, or a build-cache miss). */
function cachedBuild(file: string): Uint8Array | null {
  try {
    if (!statSync(file).isFile()) return null;
    // Same key as buildProgram(file, { optimize: true }) computes.
    return new BlobCache('builds').get(buildKey(resolve(file), readFileSync(file), true));
  } catch {
    return null;
  }
}

function prebuiltComponent(file: string): Uint8Array | null {
  try {
    return readComponentFile(preferLinked(file));
  } catch {
    return null; // the full CLI reports it
  }
}

/** Runs the request and returns true, or returns false for the full CLI to handle. */
export async function fastRun(argv: readonly string[]): Promise<boolean> {
  const req = plainRunRequest(argv);
  if (!req) return false;
  const component = req.file.endsWith('.wasm') ? prebuiltComponent(req.file) : cachedBuild(req.file);
  if (!component) return false;
  try {
    const result = await runComponent(component, { args: [req.file, ...req.args] });
    process.exitCode = result.status;
    return true;
  } catch (err) {
    // Raised before the guest starts (nothing printed, no input read): the full CLI words it.
    if (err instanceof InvalidComponentError) return false;
    const { reportAndExit } = await import('./main.js');
    return reportAndExit(err, false);
  }
}
